package jp.renkei.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.IQuery;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.LongAdder;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Task;

/** Runs the read/search mix with C concurrent clients: warm-up first, then a count or a duration. */
final class SearchMixRun {

	/** Keeps query choices independent of the ingest content drawn from the same seed. */
	private static final long SEARCH_SALT = 0x5EA7C4L;

	/** Latency and result counts of one query kind. */
	private record KindStats(LatencyRecorder latency, LongAdder results) {
		KindStats() {
			this(new LatencyRecorder(), new LongAdder());
		}
	}

	private final IGenericClient client;
	private final WorkerPool pool;
	private final long seed;
	private final PrintStream out;

	SearchMixRun(IGenericClient client, WorkerPool pool, long seed, PrintStream out) {
		this.client = client;
		this.pool = pool;
		this.seed = seed;
		this.out = out;
	}

	/** @param seconds run for this long if positive, else run {@code count} queries */
	SearchFigures run(SearchTargets targets, int warmup, int count, int seconds) {
		List<QueryKind> kinds = List.of(QueryKind.values()).stream()
				.filter(k -> !targets.valuesFor(k).isEmpty()).toList();
		List<String> skipped = List.of(QueryKind.values()).stream()
				.filter(k -> !kinds.contains(k)).map(QueryKind::name).toList();
		if (kinds.isEmpty()) {
			throw new IllegalStateException("Nothing to search: the server has no Patient to query by");
		}
		if (!skipped.isEmpty()) {
			out.printf("search: skipping %s (no values to query with)%n", skipped);
		}

		Map<QueryKind, KindStats> warmupStats = stats(kinds);
		if (warmup > 0) {
			out.printf("search warm-up: %d queries%n", warmup);
			Progress progress = new Progress("search warm-up", out);
			pool.runCount(0, warmup, i -> query(i, kinds, targets, warmupStats, progress));
		}

		Map<QueryKind, KindStats> stats = stats(kinds);
		out.printf(seconds > 0 ? "search: %2$d s%n" : "search: %1$d queries%n", count, seconds);
		Progress progress = new Progress("search", out);
		Instant started = Instant.now();
		// Measured indexes continue after the warm-up's, so they draw different targets.
		WorkerPool.Timing timing = seconds > 0
				? pool.runFor(warmup, Duration.ofSeconds(seconds), i -> query(i, kinds, targets, stats, progress))
				: pool.runCount(warmup, count, i -> query(i, kinds, targets, stats, progress));
		Instant finished = Instant.now();

		Map<String, QueryKindFigures> perKind = new LinkedHashMap<>();
		long ok = 0;
		long errors = 0;
		for (QueryKind kind : kinds) {
			KindStats s = stats.get(kind);
			long n = s.latency().count();
			ok += n;
			errors += s.latency().errors();
			perKind.put(kind.name(), new QueryKindFigures(kind.template(), n, s.latency().errors(),
					timing.perSecond(n), n == 0 ? 0 : Math.round(s.results().doubleValue() / n * 10) / 10.0, s.latency().summary()));
		}
		long warmupErrors = warmupStats.values().stream().mapToLong(s -> s.latency().errors()).sum();
		return new SearchFigures(started.toString(), finished.toString(), targets.source(), warmup, warmupErrors,
				ok, errors, timing.seconds(), timing.perSecond(ok), perKind, skipped);
	}

	private void query(int index, List<QueryKind> kinds, SearchTargets targets, Map<QueryKind, KindStats> stats,
			Progress progress) {
		QueryKind kind = kinds.get(index % kinds.size());
		List<String> values = targets.valuesFor(kind);
		// Seeded per index: the same seed asks the same questions whatever the thread timing.
		Random rnd = new Random(Seeds.forIndex(seed ^ SEARCH_SALT, index));
		IQuery<Bundle> query = build(kind, values.get(rnd.nextInt(values.size())));
		KindStats s = stats.get(kind);
		long start = System.nanoTime();
		try {
			Bundle result = query.execute();
			s.latency().record(System.nanoTime() - start);
			s.results().add(result.getEntry().size());
		} catch (RuntimeException e) {
			s.latency().recordError(e);
		}
		progress.step();
	}

	private IQuery<Bundle> build(QueryKind kind, String value) {
		return switch (kind) {
			case PATIENT_BY_NAME -> client.search().forResource(Patient.class)
					.where(Patient.FAMILY.matches().value(value))
					.count(20).returnBundle(Bundle.class);
			case PATIENT_BY_IDENTIFIER -> client.search().forResource(Patient.class)
					.where(Patient.IDENTIFIER.exactly().systemAndCode(SyntheticPatientBundle.PATIENT_ID_SYSTEM, value))
					.returnBundle(Bundle.class);
			case OBSERVATION_BY_PATIENT -> client.search().forResource(Observation.class)
					.where(Observation.SUBJECT.hasId(value))
					.count(50).returnBundle(Bundle.class);
			case CAREPLAN_BY_PATIENT -> client.search().forResource(CarePlan.class)
					.where(CarePlan.SUBJECT.hasId(value))
					.include(CarePlan.INCLUDE_CARE_TEAM).returnBundle(Bundle.class);
			case TASK_BY_OWNER_STATUS -> client.search().forResource(Task.class)
					.where(Task.OWNER.hasId(value))
					.and(Task.STATUS.exactly().code("requested")).returnBundle(Bundle.class);
		};
	}

	private static Map<QueryKind, KindStats> stats(List<QueryKind> kinds) {
		Map<QueryKind, KindStats> stats = new EnumMap<>(QueryKind.class);
		kinds.forEach(k -> stats.put(k, new KindStats()));
		return stats;
	}
}
