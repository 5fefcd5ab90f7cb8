package jp.renkei.bench.overhead;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The measured work and wall time of one server variant, and the server's CPU seconds for it, summed over its bench
 * reports: several short runs are added up, not averaged, so a run that took longer weighs more, as it would in one
 * long run. CPU seconds cover a report's warm-up too (the script reads the server's CPU time around each bench run),
 * so CPU is divided by all Bundles or queries sent, warm-up included; on a shared machine CPU per unit of work is
 * the steadier figure, since other people's load changes wall time far more than the server's own CPU time.
 */
record PhaseTotals(double resources, double ingestSeconds, double bundlesSent, double ingestCpuSeconds,
		double queries, double searchSeconds, double queriesSent, double searchCpuSeconds) {

	static final PhaseTotals NONE = new PhaseTotals(0, 0, 0, 0, 0, 0, 0, 0);

	/** The figures of one renkei-bench JSON report and the server's CPU seconds during its run. */
	static PhaseTotals of(JsonNode report, double serverCpuSeconds) {
		JsonNode ingest = report.path("ingest");
		JsonNode search = report.path("search");
		boolean ingested = !ingest.isMissingNode();
		boolean searched = !search.isMissingNode();
		if (ingested && searched) {
			throw new IllegalArgumentException("one report per phase (--mode ingest or --mode search), not --mode all:"
					+ " the server's CPU time could not be told apart");
		}
		return new PhaseTotals(ingest.path("resources").asDouble(), ingest.path("elapsedSeconds").asDouble(),
				ingest.path("bundles").asDouble() + ingest.path("warmupBundles").asDouble(),
				ingested ? serverCpuSeconds : 0,
				search.path("queries").asDouble(), search.path("elapsedSeconds").asDouble(),
				search.path("queries").asDouble() + search.path("warmupQueries").asDouble(),
				searched ? serverCpuSeconds : 0);
	}

	PhaseTotals plus(PhaseTotals other) {
		return new PhaseTotals(resources + other.resources, ingestSeconds + other.ingestSeconds,
				bundlesSent + other.bundlesSent, ingestCpuSeconds + other.ingestCpuSeconds,
				queries + other.queries, searchSeconds + other.searchSeconds,
				queriesSent + other.queriesSent, searchCpuSeconds + other.searchCpuSeconds);
	}

	double resourcesPerSecond() {
		return ingestSeconds == 0 ? 0 : resources / ingestSeconds;
	}

	double queriesPerSecond() {
		return searchSeconds == 0 ? 0 : queries / searchSeconds;
	}

	/** Server CPU milliseconds per Bundle (about 50 resources). */
	double cpuMillisPerBundle() {
		return bundlesSent == 0 ? 0 : 1000 * ingestCpuSeconds / bundlesSent;
	}

	double cpuMillisPerQuery() {
		return queriesSent == 0 ? 0 : 1000 * searchCpuSeconds / queriesSent;
	}
}
