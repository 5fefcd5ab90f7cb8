package jp.renkei.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;

/** Posts generated patient transaction Bundles with C concurrent clients: warm-up first, then measured. */
final class IngestRun {

	/** Figures plus the patients the server created, which the search mix queries by. */
	record Outcome(IngestFigures figures, List<IngestedPatient> patients) {
	}

	private final IGenericClient client;
	private final SyntheticPatientBundle generator;
	private final WorkerPool pool;
	private final PrintStream out;

	IngestRun(IGenericClient client, SyntheticPatientBundle generator, WorkerPool pool, PrintStream out) {
		this.client = client;
		this.generator = generator;
		this.pool = pool;
		this.out = out;
	}

	Outcome run(int warmup, int bundles) {
		// Keyed by bundle index so the patient list does not depend on thread timing.
		Map<Integer, IngestedPatient> patients = new ConcurrentSkipListMap<>();

		LatencyRecorder warmupLatency = new LatencyRecorder();
		if (warmup > 0) {
			out.printf("ingest warm-up: %d bundles%n", warmup);
			Progress progress = new Progress("ingest warm-up", out);
			pool.runCount(0, warmup, i -> post(i, warmupLatency, new AtomicLong(), patients, progress));
		}

		out.printf("ingest: %d bundles%n", bundles);
		LatencyRecorder latency = new LatencyRecorder();
		AtomicLong resources = new AtomicLong();
		Progress progress = new Progress("ingest", out);
		Instant started = Instant.now();
		// Warm-up used indexes 0..warmup-1; measured bundles continue so identifiers stay unique.
		WorkerPool.Timing timing = pool.runCount(warmup, bundles, i -> post(i, latency, resources, patients, progress));
		Instant finished = Instant.now();

		IngestFigures figures = new IngestFigures(
				started.toString(),
				finished.toString(),
				warmup,
				warmupLatency.errors(),
				bundles,
				latency.count(),
				latency.errors(),
				resources.get(),
				timing.seconds(),
				timing.perSecond(resources.get()),
				timing.perSecond(latency.count()),
				latency.summary());
		return new Outcome(figures, List.copyOf(patients.values()));
	}

	private void post(int index, LatencyRecorder latency, AtomicLong resources,
			Map<Integer, IngestedPatient> patients, Progress progress) {
		// Generated before the clock starts: the figure is the server's (and the wire's), not the generator's.
		GeneratedBundle generated = generator.build(index);
		long start = System.nanoTime();
		try {
			Bundle response = client.transaction().withBundle(generated.bundle()).execute();
			latency.record(System.nanoTime() - start);
			resources.addAndGet(generated.resourceCount());
			patientId(response).ifPresent(id -> patients.put(index, new IngestedPatient(
					id, generated.identifier(), generated.familyKanji(), generated.familyKana())));
		} catch (RuntimeException e) {
			latency.recordError(e);
		}
		progress.step();
	}

	/** The server's id of the Patient, from the first response entry (responses keep request order). */
	static Optional<String> patientId(Bundle response) {
		if (response == null || response.getEntry().isEmpty()) {
			return Optional.empty();
		}
		String location = response.getEntryFirstRep().getResponse().getLocation();
		if (location == null || location.isBlank()) {
			return Optional.empty();
		}
		IdType id = new IdType(location).toUnqualifiedVersionless();
		return "Patient".equals(id.getResourceType()) ? Optional.of(id.getValue()) : Optional.empty();
	}
}
