package jp.renkei.bench.overhead;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints what security and audit cost: ingest and search-mix throughput of the secured server and of the unsecured
 * benchmark server, from the bench reports of alternating phases, with the overhead {@code 1 - secured / unsecured}
 * against issue 5's target (at most 25 %); and the same for the server's CPU time per unit of work, where the overhead
 * is {@code 1 - unsecured / secured} (the share of the secured server's CPU that security and audit take), the figure
 * to trust on a busy machine. Run by {@code measure-security-overhead.sh}:
 *
 * <pre>java -cp renkei-bench.jar jp.renkei.bench.overhead.SecurityOverheadSummary secured=a.json@12.5 unsecured=b.json@10.1 …</pre>
 *
 * (report file {@code @} the server's CPU seconds during that bench run).
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
			String[] variantAndRun = arg.split("=", 2);
			String[] fileAndCpu = variantAndRun[1].split("@", 2);
			PhaseTotals report = PhaseTotals.of(json.readTree(Path.of(fileAndCpu[0]).toFile()),
					fileAndCpu.length > 1 ? Double.parseDouble(fileAndCpu[1]) : 0);
			switch (variantAndRun[0]) {
				case "secured" -> secured = secured.plus(report);
				case "unsecured" -> unsecured = unsecured.plus(report);
				default -> throw new IllegalArgumentException("secured=<report>@<cpu s> or unsecured=…, not " + arg);
			}
		}
		print(secured, unsecured, System.out);
	}

	static void print(PhaseTotals secured, PhaseTotals unsecured, PrintStream out) {
		out.printf(Locale.ROOT, "%-29s %9s %11s %19s   %s%n", "", "secured", "unsecured", "kept", "overhead (target <= 25 %)");
		line(out, "ingest (resources/s)", secured.resourcesPerSecond(), unsecured.resourcesPerSecond());
		line(out, "search (queries/s)", secured.queriesPerSecond(), unsecured.queriesPerSecond());
		// CPU per unit of work: less is better, so the ratio is turned round to read like throughput.
		line(out, "ingest (server CPU ms/bundle)", secured.cpuMillisPerBundle(), unsecured.cpuMillisPerBundle(),
				unsecured.cpuMillisPerBundle(), secured.cpuMillisPerBundle());
		line(out, "search (server CPU ms/query)", secured.cpuMillisPerQuery(), unsecured.cpuMillisPerQuery(),
				unsecured.cpuMillisPerQuery(), secured.cpuMillisPerQuery());
	}

	private static void line(PrintStream out, String label, double secured, double unsecured) {
		line(out, label, secured, unsecured, secured, unsecured);
	}

	/** {@code kept / whole}: the share of the unsecured server's throughput the secured one keeps. */
	private static void line(PrintStream out, String label, double secured, double unsecured, double kept, double whole) {
		double overhead = overhead(kept, whole);
		out.printf(Locale.ROOT, "%-29s %9.1f %11.1f %19.3f %10.1f %% %s%n", label, secured, unsecured,
				whole == 0 ? Double.NaN : kept / whole, overhead * 100,
				Double.isNaN(overhead) ? "no data" : overhead <= TARGET ? "ok" : "ABOVE TARGET");
	}

	/** The share of the unsecured throughput that security and audit take away. */
	static double overhead(double secured, double unsecured) {
		return unsecured == 0 ? Double.NaN : 1 - secured / unsecured;
	}
}
