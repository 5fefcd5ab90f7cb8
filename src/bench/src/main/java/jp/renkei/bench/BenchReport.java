package jp.renkei.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Everything one run measured, written as JSON so runs can be compared. Phases that did not run
 * are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BenchReport(
		String tool,
		String runId,
		String baseUrl,
		String serverSoftware,
		String startedAt,
		String finishedAt,
		Parameters parameters,
		Environment environment,
		IngestFigures ingest,
		CareSeedFigures careSeed,
		SearchFigures search) {

	/** The options as used, defaults filled in. {@code searchSeconds} is null in count mode and vice versa. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Parameters(
			String mode,
			int bundles,
			int clients,
			int warmup,
			Integer searchCount,
			Integer searchSeconds,
			int searchWarmup,
			long seed) {

		static Parameters of(BenchOptions options) {
			return new Parameters(
					options.mode().cliName(),
					options.bundles(),
					options.clients(),
					options.warmup(),
					options.searchByDuration() ? null : options.searchCount(),
					options.searchByDuration() ? options.searchSeconds() : null,
					options.searchWarmup(),
					options.seed());
		}
	}

	/** The client side matters too: a small client machine caps what it can measure. */
	public record Environment(String javaVersion, int availableProcessors, long maxHeapMb) {

		static Environment current() {
			Runtime runtime = Runtime.getRuntime();
			return new Environment(System.getProperty("java.version"), runtime.availableProcessors(),
					runtime.maxMemory() / (1024 * 1024));
		}
	}

	public void writeTo(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), this);
	}
}
