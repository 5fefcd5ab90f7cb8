package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

	@TempDir
	Path dir;

	@Test
	void writesParametersAndPhaseFiguresAndLeavesOutPhasesThatDidNotRun() throws IOException {
		BenchOptions options = BenchOptions.parse(Instant.parse("2025-06-01T00:00:00Z"),
				"--base", "http://h/fhir", "--mode", "search", "--search-seconds", "60", "--run-id", "r1");
		LatencySummary latency = new LatencySummary(10, 1, 5.0, 4.0, 9.0, 9.9, 10.0, List.of("boom"));
		SearchFigures search = new SearchFigures("2025-06-01T00:00:01Z", "2025-06-01T00:01:01Z", "discovered",
				100, 0, 10, 1, 60.0, 0.17,
				Map.of("PATIENT_BY_NAME", new QueryKindFigures(QueryKind.PATIENT_BY_NAME.template(), 10, 1, 0.17, 3.0, latency)),
				List.of("TASK_BY_OWNER_STATUS"));
		BenchReport report = new BenchReport("renkei-bench", "r1", options.base(), "HAPI FHIR Server 8.8.0",
				"2025-06-01T00:00:00Z", "2025-06-01T00:01:02Z", BenchReport.Parameters.of(options),
				BenchReport.Environment.current(), null, null, search);
		Path file = dir.resolve("nested/result.json");

		report.writeTo(file);

		JsonNode json = new ObjectMapper().readTree(file.toFile());
		assertThat(json.path("baseUrl").asText()).isEqualTo("http://h/fhir");
		assertThat(json.path("parameters").path("mode").asText()).isEqualTo("search");
		assertThat(json.path("parameters").path("searchSeconds").asInt()).isEqualTo(60);
		assertThat(json.path("parameters").has("searchCount")).isFalse();
		assertThat(json.has("ingest")).isFalse();
		assertThat(json.path("search").path("queriesPerSecond").asDouble()).isEqualTo(0.17);
		JsonNode kind = json.path("search").path("kinds").path("PATIENT_BY_NAME");
		assertThat(kind.path("latency").path("p95Ms").asDouble()).isEqualTo(9.0);
		assertThat(kind.path("latency").path("errorSamples").get(0).asText()).isEqualTo("boom");
		assertThat(json.path("environment").path("availableProcessors").asInt()).isPositive();
	}
}
