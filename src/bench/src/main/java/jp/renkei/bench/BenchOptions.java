package jp.renkei.bench;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Command-line options of one bench run. {@link #parse} rejects bad input with an
 * {@link IllegalArgumentException} whose message is meant for the user as is.
 *
 * @param searchSeconds 0 when the search mix runs for {@code searchCount} queries instead of a duration
 */
public record BenchOptions(
		String base,
		BenchMode mode,
		int bundles,
		int clients,
		int warmup,
		int searchCount,
		int searchSeconds,
		int searchWarmup,
		long seed,
		String runId,
		Path out) {

	static final int DEFAULT_BUNDLES = 200;
	static final int DEFAULT_CLIENTS = 4;
	static final int DEFAULT_SEARCH_COUNT = 1000;
	static final long DEFAULT_SEED = 42L;
	/** More threads than this measures the client machine rather than the server. */
	static final int MAX_CLIENTS = 512;
	/** A warm-up shorter than this leaves JIT, connection pools and server caches cold. */
	static final int MIN_DEFAULT_WARMUP = 20;

	private static final Set<String> HELP = Set.of("--help", "-h", "-?");
	private static final Set<String> KNOWN = Set.of(
			"--base", "--mode", "--bundles", "--clients", "--warmup", "--search-count",
			"--search-seconds", "--search-warmup", "--seed", "--run-id", "--out");
	/** The run id goes into identifier values, so keep it short and URL-safe. */
	private static final Pattern RUN_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
	private static final DateTimeFormatter FILE_STAMP =
			DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

	public BenchOptions {
		if (clients < 1 || clients > MAX_CLIENTS) {
			throw new IllegalArgumentException("--clients must be between 1 and " + MAX_CLIENTS + " (got " + clients + ")");
		}
		if (bundles < 1) {
			throw new IllegalArgumentException("--bundles must be at least 1 (got " + bundles + ")");
		}
		if (warmup < 0 || searchWarmup < 0) {
			throw new IllegalArgumentException("--warmup and --search-warmup must not be negative");
		}
		if (searchCount < 1 || searchSeconds < 0) {
			throw new IllegalArgumentException("--search-count must be at least 1 and --search-seconds at least 1");
		}
	}

	public static boolean isHelpRequested(String... args) {
		return Arrays.stream(args).anyMatch(HELP::contains);
	}

	public static BenchOptions parse(String... args) {
		return parse(Instant.now(), args);
	}

	/** @param now start of the run; names the default run id and output file */
	public static BenchOptions parse(Instant now, String... args) {
		Map<String, String> given = toMap(args);
		if (!given.containsKey("--base")) {
			throw new IllegalArgumentException("--base is required, e.g. --base http://localhost:8080/fhir");
		}
		if (given.containsKey("--search-count") && given.containsKey("--search-seconds")) {
			throw new IllegalArgumentException("Give either --search-count or --search-seconds, not both");
		}
		int bundles = positiveInt(given, "--bundles", DEFAULT_BUNDLES);
		int searchCount = positiveInt(given, "--search-count", DEFAULT_SEARCH_COUNT);
		String runId = given.getOrDefault("--run-id", "r" + Long.toString(now.toEpochMilli(), 36));
		if (!RUN_ID.matcher(runId).matches()) {
			throw new IllegalArgumentException("--run-id must be 1-32 letters, digits or '-' (got '" + runId + "')");
		}
		return new BenchOptions(
				baseUrl(given.get("--base")),
				BenchMode.parse(given.getOrDefault("--mode", "all")),
				bundles,
				positiveInt(given, "--clients", DEFAULT_CLIENTS),
				nonNegativeInt(given, "--warmup", Math.max(MIN_DEFAULT_WARMUP, bundles / 10)),
				searchCount,
				given.containsKey("--search-seconds") ? positiveInt(given, "--search-seconds", 0) : 0,
				nonNegativeInt(given, "--search-warmup", Math.max(MIN_DEFAULT_WARMUP, searchCount / 10)),
				longValue(given, "--seed", DEFAULT_SEED),
				runId,
				Path.of(given.getOrDefault("--out", "target/bench-" + FILE_STAMP.format(now) + ".json")));
	}

	public boolean searchByDuration() {
		return searchSeconds > 0;
	}

	public static String usage() {
		return """
				Usage: java -jar renkei-bench.jar --base <FHIR base URL> [options]

				Posts generated Japanese patient transaction Bundles (ingest), then runs a
				read/search mix, and writes all figures to a JSON file.

				Options:
				  --base URL             FHIR base URL, e.g. http://localhost:8080/fhir (required)
				  --mode M               ingest | search | all (default all)
				  --bundles N            measured transaction Bundles to post (default %d)
				  --clients C            concurrent clients (default %d, at most %d)
				  --warmup W             un-measured Bundles posted first (default max(%d, N/10))
				  --search-count Q       measured search queries (default %d)
				  --search-seconds S     run the search mix for S seconds instead of a count
				  --search-warmup QW     un-measured queries first (default max(%d, Q/10))
				  --seed S               seed of the generated content (default %d)
				  --run-id ID            prefix of patient identifiers (default from start time)
				  --out FILE             JSON result (default target/bench-<UTC timestamp>.json)
				  --help                 print this text

				The access token goes in the environment: RENKEI_TOKEN=<token> (see Renkei's README).
				""".formatted(DEFAULT_BUNDLES, DEFAULT_CLIENTS, MAX_CLIENTS, MIN_DEFAULT_WARMUP,
				DEFAULT_SEARCH_COUNT, MIN_DEFAULT_WARMUP, DEFAULT_SEED);
	}

	/** Accepts {@code --name value} and {@code --name=value}. */
	private static Map<String, String> toMap(String[] args) {
		Map<String, String> given = new HashMap<>();
		List<String> list = Arrays.asList(args);
		for (int i = 0; i < list.size(); i++) {
			String arg = list.get(i);
			String name = arg;
			String value;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				name = arg.substring(0, eq);
				value = arg.substring(eq + 1);
			} else if (i + 1 < list.size() && !list.get(i + 1).startsWith("--")) {
				value = list.get(++i);
			} else {
				value = null;
			}
			if (!KNOWN.contains(name)) {
				throw new IllegalArgumentException("Unknown option '" + arg + "'; run with --help for the list");
			}
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			if (given.put(name, value) != null) {
				throw new IllegalArgumentException(name + " is given more than once");
			}
		}
		return given;
	}

	private static String baseUrl(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			if (!("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) || uri.getHost() == null) {
				throw new IllegalArgumentException("--base must be an http(s) URL with a host (got '" + text + "')");
			}
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("--base is not a valid URL: " + e.getMessage());
		}
		// HAPI joins "base/Resource"; a trailing slash would double it.
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	private static int positiveInt(Map<String, String> given, String name, int fallback) {
		int value = intValue(given, name, fallback);
		if (value < 1) {
			throw new IllegalArgumentException(name + " must be at least 1 (got " + value + ")");
		}
		return value;
	}

	private static int nonNegativeInt(Map<String, String> given, String name, int fallback) {
		int value = intValue(given, name, fallback);
		if (value < 0) {
			throw new IllegalArgumentException(name + " must not be negative (got " + value + ")");
		}
		return value;
	}

	private static int intValue(Map<String, String> given, String name, int fallback) {
		String text = given.get(name);
		if (text == null) {
			return fallback;
		}
		try {
			return Integer.parseInt(text.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " must be a whole number (got '" + text + "')");
		}
	}

	private static long longValue(Map<String, String> given, String name, long fallback) {
		String text = given.get(name);
		if (text == null) {
			return fallback;
		}
		try {
			return Long.parseLong(text.trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(name + " must be a whole number (got '" + text + "')");
		}
	}
}
