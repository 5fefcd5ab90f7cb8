package jp.renkei.bench.overhead;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints what security and audit cost: ingest and search-mix throughput of the secured server and of the unsecured
 * benchmark server, from the bench reports of alternating phases, and the overhead {@code 1 - secured / unsecured}
 * against issue 5's target (at most 25 %). Run by {@code measure-security-overhead.sh}:
 *
 * <pre>java -cp renkei-bench.jar jp.renkei.bench.overhead.SecurityOverheadSummary secured=a.json unsecured=b.json …</pre>
 */
public final class SecurityOverheadSummary {

	/** Issue 5: security plus audit may cost at most this share of throughput. */
	static final double TARGET = 0.25;

	private SecurityOverheadSummary() {
	}

	public static void main(String[] args) throws IOException {
		ObjectMapper json = new ObjectMapper();
		PhaseTotals secured = PhaseTotals.NONE;
		PhaseTotals unsecured = PhaseTotals.NONE;
		for (String arg : args) {
			String[] variantAndFile = arg.split("=", 2);
			PhaseTotals report = PhaseTotals.of(json.readTree(Path.of(variantAndFile[1]).toFile()));
			switch (variantAndFile[0]) {
				case "secured" -> secured = secured.plus(report);
				case "unsecured" -> unsecured = unsecured.plus(report);
				default -> throw new IllegalArgumentException("secured=<report> or unsecured=<report>, not " + arg);
			}
		}
		print(secured, unsecured, System.out);
	}

	static void print(PhaseTotals secured, PhaseTotals unsecured, PrintStream out) {
		out.println("                     secured   unsecured   secured/unsecured   overhead (target <= 25 %)");
		line(out, "ingest (resources/s)", secured.resourcesPerSecond(), unsecured.resourcesPerSecond());
		line(out, "search (queries/s)  ", secured.queriesPerSecond(), unsecured.queriesPerSecond());
	}

	private static void line(PrintStream out, String label, double secured, double unsecured) {
		double ratio = unsecured == 0 ? Double.NaN : secured / unsecured;
		double overhead = overhead(secured, unsecured);
		out.printf(Locale.ROOT, "%s %9.1f %11.1f %19.3f %10.1f %% %s%n", label, secured, unsecured, ratio,
				overhead * 100, overhead <= TARGET ? "ok" : "ABOVE TARGET");
	}

	/** The share of the unsecured throughput that security and audit take away. */
	static double overhead(double secured, double unsecured) {
		return unsecured == 0 ? Double.NaN : 1 - secured / unsecured;
	}
}
