package jp.renkei.bench.overhead;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints Renkei's figures as a ratio to a stock HAPI FHIR JPA server measured in the same run: issue 2's throughput
 * targets are stated against "a stock HAPI JPA server on this machine", and machines differ from session to session.
 * Per variant, summed over its bench runs ({@link PhaseTotals}): ingest resources/s, search-mix queries/s, the server's
 * CPU milliseconds per Bundle and per query; and the p95 latencies (of a Bundle, and of each query kind), the worst
 * of the variant's runs. Each line ends with {@code renkei/stock}: above 1 is better for throughput, below 1 is better
 * for CPU and latency. Run by {@code measure-against-stock-hapi.sh}:
 *
 * <pre>java -cp renkei-bench.jar jp.renkei.bench.overhead.StockHapiComparison stock=a.json@12.5 renkei=b.json@10.1 …</pre>
 *
 * (report file {@code @} the server's CPU seconds during that bench run).
 */
public final class StockHapiComparison {

	private StockHapiComparison() {
	}

	public static void main(String[] args) throws IOException {
		ObjectMapper json = new ObjectMapper();
		Variant stock = new Variant();
		Variant renkei = new Variant();
		for (String arg : args) {
			String[] variantAndRun = arg.split("=", 2);
			String[] fileAndCpu = variantAndRun[1].split("@", 2);
			JsonNode report = json.readTree(Path.of(fileAndCpu[0]).toFile());
			double cpu = fileAndCpu.length > 1 ? Double.parseDouble(fileAndCpu[1]) : 0;
			switch (variantAndRun[0]) {
				case "stock" -> stock.add(report, cpu);
				case "renkei" -> renkei.add(report, cpu);
				default -> throw new IllegalArgumentException("stock=<report>@<cpu s> or renkei=…, not " + arg);
			}
		}
		print(stock, renkei, System.out);
	}

	static void print(Variant stock, Variant renkei, PrintStream out) {
		out.printf(Locale.ROOT, "%-38s %10s %10s %14s%n", "", "stock HAPI", "Renkei", "renkei/stock");
		line(out, "ingest (resources/s)", stock.totals.resourcesPerSecond(), renkei.totals.resourcesPerSecond());
		line(out, "search mix (queries/s)", stock.totals.queriesPerSecond(), renkei.totals.queriesPerSecond());
		line(out, "ingest (server CPU ms/bundle)", stock.totals.cpuMillisPerBundle(), renkei.totals.cpuMillisPerBundle());
		line(out, "search (server CPU ms/query)", stock.totals.cpuMillisPerQuery(), renkei.totals.cpuMillisPerQuery());
		Map<String, Double> labels = new LinkedHashMap<>(stock.p95s);
		renkei.p95s.keySet().forEach(label -> labels.putIfAbsent(label, Double.NaN));
		for (String label : labels.keySet()) {
			line(out, label + " p95 (ms)", stock.p95s.getOrDefault(label, Double.NaN),
					renkei.p95s.getOrDefault(label, Double.NaN));
		}
	}

	private static void line(PrintStream out, String label, double stock, double renkei) {
		out.printf(Locale.ROOT, "%-38s %10.1f %10.1f %14.3f%n", label, stock, renkei, ratio(renkei, stock));
	}

	static double ratio(double renkei, double stock) {
		return stock == 0 || Double.isNaN(stock) ? Double.NaN : renkei / stock;
	}

	/** One server's runs: the summed work and CPU time, and the worst p95 of each phase or query kind. */
	static final class Variant {

		PhaseTotals totals = PhaseTotals.NONE;
		final Map<String, Double> p95s = new LinkedHashMap<>();

		void add(JsonNode report, double serverCpuSeconds) {
			totals = totals.plus(PhaseTotals.of(report, serverCpuSeconds));
			JsonNode bundle = report.path("ingest").path("bundleLatency").path("p95Ms");
			if (bundle.isNumber()) {
				worst("ingest Bundle", bundle.asDouble());
			}
			report.path("search").path("kinds").fields().forEachRemaining(kind -> {
				JsonNode p95 = kind.getValue().path("latency").path("p95Ms");
				if (p95.isNumber()) {
					worst(kind.getKey(), p95.asDouble());
				}
			});
		}

		private void worst(String label, double p95) {
			p95s.merge(label, p95, Math::max);
		}
	}
}
