package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

	@Test
	void runCountRunsEachIndexExactlyOnceAcrossThreads() {
		Set<Integer> seen = ConcurrentHashMap.newKeySet();
		Set<String> threads = ConcurrentHashMap.newKeySet();
		try (WorkerPool pool = new WorkerPool(4)) {
			WorkerPool.Timing timing = pool.runCount(10, 500, i -> {
				assertThat(seen.add(i)).as("index %d ran twice", i).isTrue();
				threads.add(Thread.currentThread().getName());
				sleepQuietly(1);
			});
			assertThat(timing.operations()).isEqualTo(500);
		}
		assertThat(seen).containsExactlyInAnyOrderElementsOf(IntStream.range(10, 510).boxed().toList());
		assertThat(threads).hasSizeGreaterThan(1);
	}

	@Test
	void runForStopsAfterTheBudget() {
		try (WorkerPool pool = new WorkerPool(2)) {
			WorkerPool.Timing timing = pool.runFor(0, Duration.ofMillis(200), i -> sleepQuietly(5));
			assertThat(timing.elapsed()).isBetween(Duration.ofMillis(200), Duration.ofSeconds(5));
			assertThat(timing.operations()).isPositive();
		}
	}

	@Test
	void throughputIsItemsPerElapsedSecond() {
		WorkerPool.Timing timing = new WorkerPool.Timing(10, Duration.ofMillis(2500));
		assertThat(timing.perSecond(500)).isEqualTo(200.0);
		assertThat(new WorkerPool.Timing(0, Duration.ZERO).perSecond(5)).isZero();
	}

	private static void sleepQuietly(long ms) {
		try {
			Thread.sleep(ms);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
