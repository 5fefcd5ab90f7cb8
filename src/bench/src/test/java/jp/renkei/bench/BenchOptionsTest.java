package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

	private static final Instant NOW = Instant.parse("2025-06-01T03:04:05Z");

	@Test
	void defaultsFollowTheBundleAndQueryCounts() {
		BenchOptions options = BenchOptions.parse(NOW, "--base", "http://localhost:8080/fhir/");

		assertThat(options.base()).isEqualTo("http://localhost:8080/fhir");
		assertThat(options.mode()).isEqualTo(BenchMode.ALL);
		assertThat(options.bundles()).isEqualTo(200);
		assertThat(options.clients()).isEqualTo(4);
		assertThat(options.warmup()).as("at least 20").isEqualTo(20);
		assertThat(options.searchCount()).isEqualTo(1000);
		assertThat(options.searchByDuration()).isFalse();
		assertThat(options.searchWarmup()).isEqualTo(100);
		assertThat(options.seed()).isEqualTo(42L);
		assertThat(options.runId()).isEqualTo("r" + Long.toString(NOW.toEpochMilli(), 36));
		assertThat(options.out()).isEqualTo(Path.of("target/bench-20250601T030405Z.json"));
	}

	@Test
	void warmupDefaultsToTenPercentOfLargeRuns() {
		assertThat(BenchOptions.parse(NOW, "--base", "http://h/fhir", "--bundles", "5000").warmup()).isEqualTo(500);
	}

	@Test
	void acceptsEveryOptionInBothSpellings() {
		BenchOptions options = BenchOptions.parse(NOW, "--base=https://fhir.example.jp/r4", "--mode", "search",
				"--bundles", "10", "--clients=16", "--warmup", "0", "--search-seconds", "30", "--search-warmup=5",
				"--seed", "-7", "--run-id", "nightly-1", "--out", "x/result.json");

		assertThat(options.mode()).isEqualTo(BenchMode.SEARCH);
		assertThat(options.clients()).isEqualTo(16);
		assertThat(options.warmup()).isZero();
		assertThat(options.searchByDuration()).isTrue();
		assertThat(options.searchSeconds()).isEqualTo(30);
		assertThat(options.searchWarmup()).isEqualTo(5);
		assertThat(options.seed()).isEqualTo(-7L);
		assertThat(options.runId()).isEqualTo("nightly-1");
		assertThat(options.out()).isEqualTo(Path.of("x/result.json"));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"--bundles 200                                      | --base is required",
			"--base localhost:8080                              | --base must be an http(s) URL",
			"--base ftp://h/fhir                                | --base must be an http(s) URL",
			"--base http://h/fhir --bundles 0                   | --bundles must be at least 1",
			"--base http://h/fhir --bundles ten                 | --bundles must be a whole number (got 'ten')",
			"--base http://h/fhir --clients 0                   | --clients must be at least 1",
			"--base http://h/fhir --clients 1000                | --clients must be between 1 and 512",
			"--base http://h/fhir --warmup -1                   | --warmup must not be negative",
			"--base http://h/fhir --mode load                   | --mode must be one of ingest, search, all",
			"--base http://h/fhir --search-count 5 --search-seconds 5 | not both",
			"--base http://h/fhir --search-seconds 0            | --search-seconds must be at least 1",
			"--base http://h/fhir --seed 1.5                    | --seed must be a whole number",
			"--base http://h/fhir --run-id a/b                  | --run-id must be 1-32 letters",
			"--base http://h/fhir --bundles                     | --bundles needs a value",
			"--base http://h/fhir --bundels 5                   | Unknown option '--bundels'",
			"--base http://h/fhir --base http://g/fhir          | --base is given more than once",
	})
	void rejectsBadInputWithAClearMessage(String args, String message) {
		assertThatThrownBy(() -> BenchOptions.parse(NOW, args.trim().split("\\s+")))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining(message.trim());
	}

	@Test
	void helpIsRecognisedAnywhere() {
		assertThat(BenchOptions.isHelpRequested("--base", "http://h", "--help")).isTrue();
		assertThat(BenchOptions.isHelpRequested("-h")).isTrue();
		assertThat(BenchOptions.isHelpRequested("--base", "http://h")).isFalse();
		assertThat(BenchOptions.usage()).contains("--base", "--bundles", "--clients", "--warmup", "--mode",
				"--search-count", "--search-seconds", "--seed", "--out");
	}
}
