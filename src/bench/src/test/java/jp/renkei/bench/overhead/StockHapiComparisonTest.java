package jp.renkei.bench.overhead;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StockHapiComparisonTest {

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void renkeiIsGivenAsARatioToStockHapiWithTheWorstP95OfEachVariant() throws Exception {
		StockHapiComparison.Variant stock = new StockHapiComparison.Variant();
		stock.add(json.readTree("{\"ingest\":{\"resources\":1000,\"elapsedSeconds\":10,\"bundles\":20,"
				+ "\"warmupBundles\":5,\"bundleLatency\":{\"p95Ms\":200}}}"), 5);
		stock.add(json.readTree("{\"search\":{\"queries\":300,\"elapsedSeconds\":6,\"warmupQueries\":100,"
				+ "\"kinds\":{\"PATIENT_BY_NAME\":{\"latency\":{\"p95Ms\":20}}}}}"), 2);
		StockHapiComparison.Variant renkei = new StockHapiComparison.Variant();
		renkei.add(json.readTree("{\"ingest\":{\"resources\":800,\"elapsedSeconds\":10,\"bundles\":20,"
				+ "\"warmupBundles\":5,\"bundleLatency\":{\"p95Ms\":250}}}"), 10);
		renkei.add(json.readTree("{\"ingest\":{\"resources\":800,\"elapsedSeconds\":10,\"bundles\":20,"
				+ "\"warmupBundles\":5,\"bundleLatency\":{\"p95Ms\":300}}}"), 10);
		renkei.add(json.readTree("{\"search\":{\"queries\":300,\"elapsedSeconds\":10,\"warmupQueries\":100,"
				+ "\"kinds\":{\"PATIENT_BY_NAME\":{\"latency\":{\"p95Ms\":30}}}}}"), 4);
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		StockHapiComparison.print(stock, renkei, new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(printed.toString(StandardCharsets.UTF_8))
				.containsPattern("ingest \\(resources/s\\) +100\\.0 +80\\.0 +0\\.800")
				.containsPattern("search mix \\(queries/s\\) +50\\.0 +30\\.0 +0\\.600")
				.containsPattern("ingest \\(server CPU ms/bundle\\) +200\\.0 +400\\.0 +2\\.000")
				.containsPattern("search \\(server CPU ms/query\\) +5\\.0 +10\\.0 +2\\.000")
				.containsPattern("ingest Bundle p95 \\(ms\\) +200\\.0 +300\\.0 +1\\.500")
				.containsPattern("PATIENT_BY_NAME p95 \\(ms\\) +20\\.0 +30\\.0 +1\\.500");
	}
}
