package jp.renkei.bench.overhead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecurityOverheadSummaryTest {

	@Test
	void reportsAreAddedUpBeforeThroughputIsComputed() throws Exception {
		ObjectMapper json = new ObjectMapper();
		PhaseTotals first = PhaseTotals.of(json.readTree(
				"{\"ingest\":{\"resources\":1000,\"elapsedSeconds\":10},\"search\":{\"queries\":100,\"elapsedSeconds\":1}}"));
		PhaseTotals second = PhaseTotals.of(json.readTree(
				"{\"ingest\":{\"resources\":1000,\"elapsedSeconds\":30},\"search\":{\"queries\":300,\"elapsedSeconds\":5}}"));

		PhaseTotals both = first.plus(second);

		assertThat(both.resourcesPerSecond()).isEqualTo(50.0);
		assertThat(both.queriesPerSecond()).isEqualTo(400.0 / 6);
	}

	@Test
	void overheadIsTheShareOfUnsecuredThroughputLost() {
		assertThat(SecurityOverheadSummary.overhead(75, 100)).isCloseTo(0.25, within(1e-9));
		assertThat(SecurityOverheadSummary.overhead(100, 100)).isZero();
	}

	@Test
	void anOverheadAboveTheTargetIsFlagged() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		SecurityOverheadSummary.print(new PhaseTotals(700, 10, 500, 10), new PhaseTotals(1000, 10, 600, 10),
				new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(printed.toString(StandardCharsets.UTF_8))
				.containsPattern("ingest .* 0\\.700 +30\\.0 % ABOVE TARGET")
				.containsPattern("search .* 0\\.833 +16\\.7 % ok");
	}
}
