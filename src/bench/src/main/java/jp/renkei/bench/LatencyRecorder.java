package jp.renkei.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Records the latency of calls made concurrently by many client threads.
 *
 * <p>HdrHistogram keeps every value within 0.1% (3 significant digits) in fixed memory, so
 * percentiles are exact enough without storing each sample. Values are kept in microseconds.
 */
public final class LatencyRecorder {

	/** Keeps the report readable when a server fails every call the same way. */
	static final int MAX_ERROR_SAMPLES = 5;

	private final Histogram histogram = new ConcurrentHistogram(3);
	private final AtomicLong errors = new AtomicLong();
	private final List<String> errorSamples = new ArrayList<>();

	public void record(long nanos) {
		histogram.recordValue(Math.max(0, TimeUnit.NANOSECONDS.toMicros(nanos)));
	}

	public void recordError(Throwable error) {
		errors.incrementAndGet();
		String message = error.getClass().getSimpleName() + ": " + error.getMessage();
		synchronized (errorSamples) {
			if (errorSamples.size() < MAX_ERROR_SAMPLES && !errorSamples.contains(message)) {
				errorSamples.add(message);
			}
		}
	}

	public long count() {
		return histogram.getTotalCount();
	}

	public long errors() {
		return errors.get();
	}

	public LatencySummary summary() {
		Histogram copy = histogram.copy();
		List<String> samples;
		synchronized (errorSamples) {
			samples = List.copyOf(errorSamples);
		}
		if (copy.getTotalCount() == 0) {
			// HdrHistogram's mean of nothing is NaN, which JSON cannot carry.
			return new LatencySummary(0, errors.get(), 0, 0, 0, 0, 0, samples);
		}
		return new LatencySummary(
				copy.getTotalCount(),
				errors.get(),
				millis(copy.getMean()),
				millis(copy.getValueAtPercentile(50)),
				millis(copy.getValueAtPercentile(95)),
				millis(copy.getValueAtPercentile(99)),
				millis(copy.getMaxValue()),
				samples);
	}

	/** Microseconds to milliseconds, rounded to 0.01 ms so reports stay short. */
	private static double millis(double micros) {
		return Math.round(micros / 10.0) / 100.0;
	}
}
