package jp.renkei.bench;

import java.io.PrintStream;
import java.util.Map;

/** Human-readable phase summaries; the JSON report carries the same figures. */
final class ConsoleSummary {

	private ConsoleSummary() {
	}

	static void printIngest(PrintStream out, IngestFigures f, int clients) {
		LatencySummary l = f.bundleLatency();
		out.printf("ingest: %d of %d bundles ok, %d resources in %.1f s with %d clients%n",
				f.bundlesOk(), f.bundles(), f.resources(), f.elapsedSeconds(), clients);
		out.printf("  %.1f resources/s, %.2f bundles/s, errors %d (warm-up errors %d)%n",
				f.resourcesPerSecond(), f.bundlesPerSecond(), f.errors(), f.warmupErrors());
		out.printf("  bundle latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
				l.p50Ms(), l.p95Ms(), l.p99Ms(), l.maxMs());
		printFirstError(out, "  ", l);
	}

	static void printSearch(PrintStream out, SearchFigures f, int clients) {
		out.printf("search: %d queries in %.1f s with %d clients: %.1f queries/s, errors %d (targets %s)%n",
				f.queries(), f.elapsedSeconds(), clients, f.queriesPerSecond(), f.errors(), f.targetsSource());
		out.printf("  %-24s %8s %9s %9s %9s %9s %8s %7s%n",
				"kind", "queries", "q/s", "p50 ms", "p95 ms", "p99 ms", "results", "errors");
		for (Map.Entry<String, QueryKindFigures> e : f.kinds().entrySet()) {
			QueryKindFigures k = e.getValue();
			LatencySummary l = k.latency();
			out.printf("  %-24s %8d %9.1f %9.1f %9.1f %9.1f %8.1f %7d%n", e.getKey(), k.queries(),
					k.queriesPerSecond(), l.p50Ms(), l.p95Ms(), l.p99Ms(), k.meanResults(), k.errors());
			printFirstError(out, "    ", l);
		}
	}

	/** One line is enough on the console; the JSON keeps a few distinct samples. */
	private static void printFirstError(PrintStream out, String indent, LatencySummary latency) {
		if (!latency.errorSamples().isEmpty()) {
			out.println(indent + "first error: " + latency.errorSamples().get(0));
		}
	}
}
