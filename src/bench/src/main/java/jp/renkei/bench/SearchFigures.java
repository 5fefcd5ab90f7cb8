package jp.renkei.bench;

import java.util.List;
import java.util.Map;

/**
 * Measured figures of the search mix (warm-up excluded).
 *
 * @param targetsSource where the query values came from: {@code ingested} or {@code discovered}
 * @param kinds per query kind, in mix order
 * @param skippedKinds kinds left out because the server had nothing to fill them with
 */
public record SearchFigures(
		String startedAt,
		String finishedAt,
		String targetsSource,
		int warmupQueries,
		long warmupErrors,
		long queries,
		long errors,
		double elapsedSeconds,
		double queriesPerSecond,
		Map<String, QueryKindFigures> kinds,
		List<String> skippedKinds) {
}
