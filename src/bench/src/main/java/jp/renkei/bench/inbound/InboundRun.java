package jp.renkei.bench.inbound;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import jp.renkei.bench.LatencyRecorder;
import jp.renkei.bench.LatencySummary;
import jp.renkei.bench.WorkerPool;

/**
 * Posts units of inbound work (a patient's SS-MIX2 files, or one document) with C concurrent clients and reports
 * requests per second and latency per request. A unit's requests go in order on one client; units run side by side.
 */
final class InboundRun {

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;
	private final Optional<String> bearerToken;
	private final WorkerPool pool;
	private final PrintStream out;

	InboundRun(String base, Optional<String> bearerToken, WorkerPool pool, PrintStream out) {
		this.base = base;
		this.bearerToken = bearerToken;
		this.pool = pool;
		this.out = out;
	}

	/**
	 * Runs units {@code first} … {@code first + units - 1} and prints one line of figures labelled {@code phase}. The
	 * request bodies are made before the clock starts: the bench shares the machine with the server, and making them
	 * (re-encoding and zipping messages, serializing documents) would take CPU from the server while it is measured.
	 */
	void run(String phase, int first, int units, IntFunction<List<InboundRequest>> unit) {
		List<List<InboundRequest>> prepared = IntStream.range(first, first + units).mapToObj(unit).toList();
		LatencyRecorder latency = new LatencyRecorder();
		WorkerPool.Timing timing = pool.runCount(0, units, i -> prepared.get(i).forEach(request -> post(request, latency)));
		LatencySummary summary = latency.summary();
		out.printf(Locale.ROOT, "%-34s %6d requests in %6.1f s = %7.1f/s  p50 %6.1f ms  p95 %6.1f ms  errors %d%s%n",
				phase, summary.count(), timing.seconds(), timing.perSecond(summary.count()), summary.p50Ms(),
				summary.p95Ms(), summary.errors(), summary.errorSamples().isEmpty() ? "" : " " + summary.errorSamples());
	}

	private void post(InboundRequest request, LatencyRecorder latency) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
				.header("Content-Type", request.contentType())
				.header("Accept", "application/fhir+json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(request.body()));
		bearerToken.ifPresent(token -> builder.header("Authorization", "Bearer " + token));
		long start = System.nanoTime();
		try {
			HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() / 100 == 2) {
				latency.record(System.nanoTime() - start);
			} else {
				latency.recordError(new IllegalStateException("HTTP " + response.statusCode() + " "
						+ response.body().substring(0, Math.min(300, response.body().length()))));
			}
		} catch (IOException e) {
			latency.recordError(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			latency.recordError(e);
		}
	}
}
