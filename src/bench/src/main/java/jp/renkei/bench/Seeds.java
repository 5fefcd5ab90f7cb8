package jp.renkei.bench;

/**
 * Derives an independent seed per item from the run seed, so content depends on (seed, index)
 * only and not on which client thread produced it or in what order.
 */
final class Seeds {

	private Seeds() {
	}

	/** SplitMix64 finaliser: neighbouring indexes give unrelated seeds. */
	static long forIndex(long seed, long index) {
		long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}
}
