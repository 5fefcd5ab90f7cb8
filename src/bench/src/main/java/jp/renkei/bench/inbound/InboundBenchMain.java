package jp.renkei.bench.inbound;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.util.Optional;
import jp.renkei.bench.WorkerPool;

/**
 * Measures inbound ingest through a running server with C clients: SS-MIX2 messages ({@code $ingest-ssmix2}, one
 * request per file), first as new patients, then the same files again (a re-delivery, which must change nothing);
 * then JP-CLINS referral documents ({@code $ingest-document}), new ones, then re-posted. Warm-up units are sent first
 * and not measured. A bearer token is taken from {@code RENKEI_TOKEN} when set.
 *
 * <p>usage: {@code java -cp src/bench/target/renkei-bench.jar jp.renkei.bench.inbound.InboundBenchMain <FHIR base URL>
 * <SS-MIX2 storage folder of one patient> [clients=4] [warm-up units=60] [measured units=200] [all|ssmix2|ssmix2-zip|documents]}
 */
public final class InboundBenchMain {

	private InboundBenchMain() {
	}

	public static void main(String[] args) {
		if (args.length < 2) {
			System.err.println("usage: InboundBenchMain <FHIR base URL> <SS-MIX2 storage folder of one patient> "
					+ "[clients=4] [warm-up units=60] [measured units=200] [all|ssmix2|ssmix2-zip|documents]");
			System.exit(2);
		}
		String base = args[0];
		int clients = argument(args, 2, 4);
		int warmUp = argument(args, 3, 60);
		int measured = argument(args, 4, 200);
		String what = args.length > 5 ? args[5] : "all";
		// Patient IDs unique per run, so that a run on a used database still creates what it measures.
		long firstPatient = 100_000_000L + (System.currentTimeMillis() / 1000 % 9_000) * 100_000L;
		Ssmix2Workload ssmix2 = new Ssmix2Workload(Path.of(args[1]), firstPatient);
		System.out.printf("SS-MIX2: %d files per patient, %d clients, warm-up %d patients/documents, measured %d%n",
				ssmix2.messagesPerPatient(), clients, warmUp, measured);
		try (WorkerPool pool = new WorkerPool(clients)) {
			InboundRun run = new InboundRun(base, Optional.ofNullable(System.getenv("RENKEI_TOKEN")), pool, System.out);
			if (what.equals("ssmix2-zip")) {
				String perRequest = " (zip of " + ssmix2.messagesPerPatient() + ")";
				run.run("ssmix2 warm-up" + perRequest, 0, warmUp, ssmix2::patientArchive);
				run.run("ssmix2 new patients" + perRequest, warmUp, measured, ssmix2::patientArchive);
				run.run("ssmix2 re-delivery" + perRequest, warmUp, measured, ssmix2::patientArchive);
				return;
			}
			if (!what.equals("documents")) {
				run.run("ssmix2 warm-up", 0, warmUp, ssmix2::patient);
				run.run("ssmix2 new patients", warmUp, measured, ssmix2::patient);
				run.run("ssmix2 re-delivery (unchanged)", warmUp, measured, ssmix2::patient);
			}
			if (what.equals("ssmix2")) {
				return;
			}
			DocumentWorkload documents = new DocumentWorkload(FhirContext.forR4(), Long.toString(firstPatient, 36));
			run.run("document warm-up", 0, warmUp, documents::document);
			run.run("documents new", warmUp, measured, documents::document);
			run.run("documents re-posted (unchanged)", warmUp, measured, documents::document);
		}
	}

	private static int argument(String[] args, int index, int otherwise) {
		return args.length > index ? Integer.parseInt(args[index]) : otherwise;
	}
}
