package jp.renkei.bench;

import java.util.Locale;

/** Which phases a run performs. */
public enum BenchMode {
	INGEST,
	SEARCH,
	ALL;

	boolean ingests() {
		return this != SEARCH;
	}

	boolean searches() {
		return this != INGEST;
	}

	static BenchMode parse(String text) {
		for (BenchMode mode : values()) {
			if (mode.name().equalsIgnoreCase(text)) {
				return mode;
			}
		}
		throw new IllegalArgumentException(
				"--mode must be one of ingest, search, all (got '" + text + "')");
	}

	String cliName() {
		return name().toLowerCase(Locale.ROOT);
	}
}
