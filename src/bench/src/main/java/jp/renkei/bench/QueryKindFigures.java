package jp.renkei.bench;

/**
 * Measured figures of one query kind.
 *
 * @param meanResults mean number of entries per response (matches plus includes); 0 means the
 *        query found nothing, which makes its latency less telling
 */
public record QueryKindFigures(
		String query,
		long queries,
		long errors,
		double queriesPerSecond,
		double meanResults,
		LatencySummary latency) {
}
