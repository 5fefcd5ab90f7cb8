package jp.renkei.bench;

/**
 * Measured figures of the ingest phase (warm-up excluded).
 *
 * @param bundlesOk transactions the server accepted
 * @param resources resources in accepted transactions
 * @param bundleLatency time from sending a transaction to having parsed its response
 */
public record IngestFigures(
		String startedAt,
		String finishedAt,
		int warmupBundles,
		long warmupErrors,
		int bundles,
		long bundlesOk,
		long errors,
		long resources,
		double elapsedSeconds,
		double resourcesPerSecond,
		double bundlesPerSecond,
		LatencySummary bundleLatency) {
}
