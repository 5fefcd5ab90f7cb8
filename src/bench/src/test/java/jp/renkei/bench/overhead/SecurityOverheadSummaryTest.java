package jp.renkei.bench.overhead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SecurityOverheadSummaryTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void reportsAreAddedUpBeforeThroughputIsComputed() throws Exception {
		PhaseTotals first = PhaseTotals.of(json.readTree(
				"{\"ingest\":{\"resources\":1000,\"elapsedSeconds\":10,\"bundles\":20,\"warmupBundles\":5}}"), 5);
		PhaseTotals second = PhaseTotals.of(json.readTree(
				"{\"ingest\":{\"resources\":1000,\"elapsedSeconds\":30,\"bundles\":20,\"warmupBundles\":5}}"), 15);
		PhaseTotals search = PhaseTotals.of(json.readTree(
				"{\"search\":{\"queries\":300,\"elapsedSeconds\":6,\"warmupQueries\":100}}"), 2);

		PhaseTotals all = first.plus(second).plus(search);

		assertThat(all.resourcesPerSecond()).isEqualTo(50.0);
		assertThat(all.cpuMillisPerBundle()).as("CPU over all Bundles sent, warm-up included").isEqualTo(400.0);
		assertThat(all.queriesPerSecond()).isEqualTo(50.0);
		assertThat(all.cpuMillisPerQuery()).isEqualTo(5.0);
	}

	@Test
	void aReportOfBothPhasesIsRefusedSinceItsCpuTimeCannotBeSplit() {
		assertThatThrownBy(() -> PhaseTotals.of(json.readTree("{\"ingest\":{},\"search\":{}}"), 1))
				.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void overheadIsTheShareOfUnsecuredThroughputLost() {
		assertThat(SecurityOverheadSummary.overhead(75, 100)).isCloseTo(0.25, within(1e-9));
		assertThat(SecurityOverheadSummary.overhead(100, 100)).isZero();
	}

	@Test
	void anOverheadAboveTheTargetIsFlagged() {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		SecurityOverheadSummary.print(new PhaseTotals(700, 10, 10, 20, 500, 10, 100, 4),
				new PhaseTotals(1000, 10, 10, 16, 600, 10, 100, 2), new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(printed.toString(StandardCharsets.UTF_8))
				.containsPattern("ingest \\(resources/s\\) .* 0\\.700 +30\\.0 % ABOVE TARGET")
				.containsPattern("search \\(queries/s\\) .* 0\\.833 +16\\.7 % ok")
				.containsPattern("ingest \\(server CPU ms/bundle\\) +2000\\.0 +1600\\.0 +0\\.800 +20\\.0 % ok")
				.containsPattern("search \\(server CPU ms/query\\) +40\\.0 +20\\.0 +0\\.500 +50\\.0 % ABOVE TARGET");
	}
}
