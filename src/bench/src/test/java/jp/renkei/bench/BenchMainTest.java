package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchMainTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void helpPrintsUsageAndSucceeds() {
		int code = run("--help");

		assertThat(code).isEqualTo(BenchMain.EXIT_OK);
		assertThat(text(out)).startsWith("Usage: java -jar renkei-bench.jar --base");
	}

	@Test
	void badOptionsExitWithUsageCodeAndSayWhy() {
		int code = run("--base", "http://localhost/fhir", "--clients", "many");

		assertThat(code).isEqualTo(BenchMain.EXIT_USAGE);
		assertThat(text(err)).contains("--clients must be a whole number (got 'many')", "--help");
	}

	private int run(String... args) {
		return BenchMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String text(ByteArrayOutputStream stream) {
		return stream.toString(StandardCharsets.UTF_8);
	}
}
