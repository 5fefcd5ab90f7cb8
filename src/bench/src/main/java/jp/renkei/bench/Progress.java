package jp.renkei.bench;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/** Prints a line every few seconds during a long phase, so a stalled run is noticed. */
final class Progress {

	private static final long INTERVAL_NANOS = 10_000_000_000L;

	private final String label;
	private final PrintStream out;
	private final long start = System.nanoTime();
	private final AtomicLong done = new AtomicLong();
	private final AtomicLong nextPrint = new AtomicLong(start + INTERVAL_NANOS);

	Progress(String label, PrintStream out) {
		this.label = label;
		this.out = out;
	}

	void step() {
		long count = done.incrementAndGet();
		long now = System.nanoTime();
		long due = nextPrint.get();
		// Only the thread that wins the update prints, so lines are not repeated.
		if (now >= due && nextPrint.compareAndSet(due, now + INTERVAL_NANOS)) {
			double seconds = (now - start) / 1e9;
			out.printf("  %s: %d done in %.0f s (%.1f/s)%n", label, count, seconds, count / seconds);
		}
	}
}
