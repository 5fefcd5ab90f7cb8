package jp.renkei.bench.overhead;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The measured work and wall time of one server variant, summed over its bench reports: several short runs are added
 * up, not averaged, so a run that took longer weighs more, as it would in one long run.
 */
record PhaseTotals(double resources, double ingestSeconds, double queries, double searchSeconds) {

	static final PhaseTotals NONE = new PhaseTotals(0, 0, 0, 0);

	/** The figures of one renkei-bench JSON report ({@code --mode all}). */
	static PhaseTotals of(JsonNode report) {
		JsonNode ingest = report.path("ingest");
		JsonNode search = report.path("search");
		return new PhaseTotals(ingest.path("resources").asDouble(), ingest.path("elapsedSeconds").asDouble(),
				search.path("queries").asDouble(), search.path("elapsedSeconds").asDouble());
	}

	PhaseTotals plus(PhaseTotals other) {
		return new PhaseTotals(resources + other.resources, ingestSeconds + other.ingestSeconds,
				queries + other.queries, searchSeconds + other.searchSeconds);
	}

	double resourcesPerSecond() {
		return ingestSeconds == 0 ? 0 : resources / ingestSeconds;
	}

	double queriesPerSecond() {
		return searchSeconds == 0 ? 0 : queries / searchSeconds;
	}
}
