package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

	/** HdrHistogram with 3 significant digits is accurate to 0.1%. */
	private static final double TOLERANCE = 0.001;

	@Test
	void percentilesOfOneToHundredMilliseconds() {
		LatencyRecorder recorder = new LatencyRecorder();
		// Shuffled order must not matter.
		IntStream.of(37, 100, 1, 64, 50, 95, 99, 2).forEach(ms -> recorder.record(millis(ms)));
		IntStream.rangeClosed(1, 100).filter(ms -> !IntStream.of(37, 100, 1, 64, 50, 95, 99, 2).anyMatch(x -> x == ms))
				.forEach(ms -> recorder.record(millis(ms)));

		LatencySummary summary = recorder.summary();

		assertThat(summary.count()).isEqualTo(100);
		assertThat(summary.errors()).isZero();
		assertThat(summary.p50Ms()).isCloseTo(50.0, within(50 * TOLERANCE));
		assertThat(summary.p95Ms()).isCloseTo(95.0, within(95 * TOLERANCE));
		assertThat(summary.p99Ms()).isCloseTo(99.0, within(99 * TOLERANCE));
		assertThat(summary.maxMs()).isCloseTo(100.0, within(100 * TOLERANCE));
		assertThat(summary.meanMs()).isCloseTo(50.5, within(50.5 * TOLERANCE));
	}

	@Test
	void aFewSlowCallsShowInTheTailOnly() {
		LatencyRecorder recorder = new LatencyRecorder();
		for (int i = 0; i < 980; i++) {
			recorder.record(millis(10));
		}
		for (int i = 0; i < 20; i++) {
			recorder.record(millis(2000));
		}

		LatencySummary summary = recorder.summary();

		assertThat(summary.p50Ms()).isCloseTo(10.0, within(10 * TOLERANCE));
		assertThat(summary.p95Ms()).isCloseTo(10.0, within(10 * TOLERANCE));
		assertThat(summary.p99Ms()).isCloseTo(2000.0, within(2000 * TOLERANCE));
	}

	@Test
	void errorsAreCountedApartFromLatencies() {
		LatencyRecorder recorder = new LatencyRecorder();
		recorder.record(millis(5));
		for (int i = 0; i < 10; i++) {
			recorder.recordError(new IllegalStateException("HTTP 500 number " + i));
		}
		recorder.recordError(new IllegalStateException("HTTP 500 number 0"));

		LatencySummary summary = recorder.summary();

		assertThat(summary.count()).isEqualTo(1);
		assertThat(summary.errors()).isEqualTo(11);
		assertThat(summary.p99Ms()).isCloseTo(5.0, within(5 * TOLERANCE));
		assertThat(summary.errorSamples()).hasSize(LatencyRecorder.MAX_ERROR_SAMPLES)
				.first().isEqualTo("IllegalStateException: HTTP 500 number 0");
	}

	@Test
	void emptyRecorderGivesZerosNotNaN() {
		LatencySummary summary = new LatencyRecorder().summary();

		assertThat(summary.count()).isZero();
		assertThat(summary.meanMs()).isZero();
		assertThat(summary.p99Ms()).isZero();
	}

	@Test
	void concurrentRecordingLosesNothing() throws InterruptedException {
		LatencyRecorder recorder = new LatencyRecorder();
		ExecutorService executor = Executors.newFixedThreadPool(8);
		for (int t = 0; t < 8; t++) {
			executor.submit(() -> IntStream.rangeClosed(1, 10_000).forEach(i -> recorder.record(TimeUnit.MICROSECONDS.toNanos(i))));
		}
		executor.shutdown();
		assertThat(executor.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

		assertThat(recorder.count()).isEqualTo(80_000);
		assertThat(recorder.summary().p50Ms()).isCloseTo(5.0, within(5 * TOLERANCE));
	}

	private static long millis(long ms) {
		return TimeUnit.MILLISECONDS.toNanos(ms);
	}
}
