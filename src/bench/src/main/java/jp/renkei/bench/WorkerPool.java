package jp.renkei.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * C client threads that share one work counter: each thread takes the next index as soon as its
 * previous call returns (closed-loop load), so C is the number of requests in flight.
 */
public final class WorkerPool implements AutoCloseable {

	/** How many operations a phase ran and how long it took from first start to last finish. */
	public record Timing(int operations, Duration elapsed) {

		/** Rounded to 0.01: more digits are noise between runs and clutter the report. */
		public double perSecond(long items) {
			double seconds = elapsed.toNanos() / 1e9;
			return seconds > 0 ? Math.round(items / seconds * 100) / 100.0 : 0;
		}

		public double seconds() {
			return Math.round(elapsed.toNanos() / 1e6) / 1000.0;
		}
	}

	private final int threads;
	private final ExecutorService executor;

	public WorkerPool(int threads) {
		this.threads = threads;
		AtomicInteger number = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "bench-client-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Runs {@code operation} for indexes {@code first} to {@code first + count - 1}. */
	public Timing runCount(int first, int count, IntConsumer operation) {
		AtomicInteger next = new AtomicInteger();
		return runWhile(System.nanoTime(), () -> {
			int i = next.getAndIncrement();
			return i < count ? first + i : -1;
		}, operation);
	}

	/** Runs {@code operation} for indexes from {@code first} up until {@code budget} has passed. */
	Timing runFor(int first, Duration budget, IntConsumer operation) {
		AtomicInteger next = new AtomicInteger(first);
		long start = System.nanoTime();
		long deadline = start + budget.toNanos();
		return runWhile(start, () -> System.nanoTime() < deadline ? next.getAndIncrement() : -1, operation);
	}

	/** @param start when the phase began: elapsed time and any deadline count from the same instant */
	private Timing runWhile(long start, IndexSource source, IntConsumer operation) {
		AtomicInteger done = new AtomicInteger();
		List<Future<?>> futures = new ArrayList<>(threads);
		for (int t = 0; t < threads; t++) {
			futures.add(executor.submit(() -> {
				for (int i = source.next(); i >= 0; i = source.next()) {
					operation.accept(i);
					done.incrementAndGet();
				}
			}));
		}
		for (Future<?> future : futures) {
			try {
				future.get();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for client threads", e);
			} catch (ExecutionException e) {
				// Operations record their own errors; reaching here is a bug in the bench itself.
				throw new IllegalStateException("A client thread failed", e.getCause());
			}
		}
		return new Timing(done.get(), Duration.ofNanos(System.nanoTime() - start));
	}

	@Override
	public void close() {
		executor.shutdownNow();
	}

	/** Next index to run, or -1 when the phase is over. */
	@FunctionalInterface
	private interface IndexSource {
		int next();
	}
}
