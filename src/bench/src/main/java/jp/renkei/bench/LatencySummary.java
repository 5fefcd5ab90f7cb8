package jp.renkei.bench;

import java.util.List;

/**
 * Latency figures of one kind of call, in milliseconds. Failed calls count in {@code errors}
 * only, so a fast-failing server does not look fast.
 *
 * @param count successful calls measured
 * @param errorSamples the first few distinct error messages, to tell what went wrong
 */
public record LatencySummary(
		long count,
		long errors,
		double meanMs,
		double p50Ms,
		double p95Ms,
		double p99Ms,
		double maxMs,
		List<String> errorSamples) {

	public LatencySummary {
		errorSamples = List.copyOf(errorSamples);
	}
}
