package jp.renkei.bench.outbound;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.renkei.bench.LatencyRecorder;
import jp.renkei.bench.LatencySummary;
import jp.renkei.bench.WorkerPool;

/**
 * Measures {@code Patient/{id}/$liaison-sheet} through a running server with C concurrent clients, in each form a
 * partner gets it (FHIR document, HTML page, PDF): warm-up requests first (not measured), then the measured ones;
 * prints requests per second and p50 / p95 / p99 per form. A bearer token is taken from {@code RENKEI_TOKEN}.
 *
 * <p>usage: {@code java -cp src/bench/target/renkei-bench.jar jp.renkei.bench.outbound.LiaisonSheetBenchMain
 * <FHIR base URL> [patient=renkei-demo-patient-01] [recipient=Organization/renkei-demo-care-manager-office]
 * [kind=care-manager] [clients=4] [warm-up=1000] [measured=300] [forms=fhir,html,pdf]}
 */
public final class LiaisonSheetBenchMain {

	private static final String[][] FORMS = {{"fhir", "application/fhir+json"}, {"html", "text/html"},
			{"pdf", "application/pdf"}};

	private final HttpClient http = HttpClient.newHttpClient();
	private final Optional<String> token = Optional.ofNullable(System.getenv("RENKEI_TOKEN"));

	private LiaisonSheetBenchMain() {
	}

	public static void main(String[] args) {
		if (args.length < 1) {
			System.err.println("usage: LiaisonSheetBenchMain <FHIR base URL> [patient] [recipient] [kind] [clients=4]"
					+ " [warm-up=1000] [measured=300] [forms=fhir,html,pdf]");
			System.exit(2);
		}
		String path = args[0] + "/Patient/" + argument(args, 1, "renkei-demo-patient-01") + "/$liaison-sheet?recipient="
				+ argument(args, 2, "Organization/renkei-demo-care-manager-office") + "&kind="
				+ argument(args, 3, "care-manager");
		int clients = Integer.parseInt(argument(args, 4, "4"));
		int warmUp = Integer.parseInt(argument(args, 5, "1000"));
		int measured = Integer.parseInt(argument(args, 6, "300"));
		List<String> forms = List.of(argument(args, 7, "fhir,html,pdf").split(","));
		System.out.printf("%s%n%d clients, warm-up %d, measured %d requests per form%n", path, clients, warmUp, measured);
		new LiaisonSheetBenchMain().run(URI.create(path), clients, warmUp, measured, forms);
	}

	private void run(URI sheet, int clients, int warmUp, int measured, List<String> names) {
		List<String[]> forms = Arrays.stream(FORMS).filter(form -> names.contains(form[0])).toList();
		try (WorkerPool pool = new WorkerPool(clients)) {
			for (String[] form : forms) {
				pool.runCount(0, warmUp, i -> get(sheet, form[1], new LatencyRecorder()));
			}
			for (String[] form : forms) {
				LatencyRecorder latency = new LatencyRecorder();
				WorkerPool.Timing timing = pool.runCount(0, measured, i -> get(sheet, form[1], latency));
				LatencySummary summary = latency.summary();
				System.out.printf(Locale.ROOT,
						"%-5s %5d requests in %6.1f s = %6.1f/s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  errors %d%s%n",
						form[0], summary.count(), timing.seconds(), timing.perSecond(summary.count()), summary.p50Ms(),
						summary.p95Ms(), summary.p99Ms(), summary.errors(),
						summary.errorSamples().isEmpty() ? "" : " " + summary.errorSamples());
			}
		}
	}

	private void get(URI sheet, String accept, LatencyRecorder latency) {
		HttpRequest.Builder request = HttpRequest.newBuilder(sheet).header("Accept", accept).GET();
		token.ifPresent(bearer -> request.header("Authorization", "Bearer " + bearer));
		long start = System.nanoTime();
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() == 200) {
				latency.record(System.nanoTime() - start);
			} else {
				String body = new String(response.body(), StandardCharsets.UTF_8);
				latency.recordError(new IllegalStateException("HTTP " + response.statusCode() + " "
						+ body.substring(0, Math.min(300, body.length()))));
			}
		} catch (IOException e) {
			latency.recordError(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			latency.recordError(e);
		}
	}

	private static String argument(String[] args, int index, String otherwise) {
		return args.length > index ? args[index] : otherwise;
	}
}
