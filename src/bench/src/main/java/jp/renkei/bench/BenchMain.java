package jp.renkei.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * Entry point: parses options, runs the ingest and/or search phases against one FHIR base URL,
 * prints the figures and writes them as JSON.
 *
 * <p>Exit codes: 0 all calls succeeded, 3 the run completed but some calls failed,
 * 1 the run could not be carried out, 2 bad options.
 */
public final class BenchMain {

	static final int EXIT_OK = 0;
	static final int EXIT_FAILED = 1;
	static final int EXIT_USAGE = 2;
	static final int EXIT_CALL_ERRORS = 3;

	private final BenchOptions options;
	private final PrintStream out;

	private BenchMain(BenchOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (BenchOptions.isHelpRequested(args)) {
			out.print(BenchOptions.usage());
			return EXIT_OK;
		}
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		} catch (IllegalArgumentException e) {
			err.println("renkei-bench: " + e.getMessage());
			err.println("Run with --help for usage.");
			return EXIT_USAGE;
		}
		try {
			return new BenchMain(options, out).execute();
		} catch (RuntimeException | IOException e) {
			err.println("renkei-bench: " + e.getMessage());
			return EXIT_FAILED;
		}
	}

	private int execute() throws IOException {
		Instant started = Instant.now();
		FhirContext context = FhirContext.forR4();
		IGenericClient client = FhirClients.create(context, options.base(), options.clients());
		String server = serverSoftware(client);
		out.printf("renkei-bench run %s against %s (%s), %d clients, seed %d%n",
				options.runId(), options.base(), server, options.clients(), options.seed());

		IngestFigures ingest = null;
		CareSeedFigures careSeed = null;
		SearchFigures search = null;
		try (WorkerPool pool = new WorkerPool(options.clients())) {
			SearchTargets targets = null;
			if (options.mode().ingests()) {
				SyntheticPatientBundle generator = new SyntheticPatientBundle(options.seed(), options.runId());
				IngestRun.Outcome outcome = new IngestRun(client, generator, pool, out)
						.run(options.warmup(), options.bundles());
				ingest = outcome.figures();
				ConsoleSummary.printIngest(out, ingest, options.clients());
				CareSeedRun.Outcome care = new CareSeedRun(client, out).run(options.runId(), outcome.patients());
				careSeed = care.figures();
				if (!outcome.patients().isEmpty()) {
					targets = SearchTargets.fromIngest(outcome.patients(), care);
				}
			}
			if (options.mode().searches()) {
				if (targets == null) {
					out.println("search: discovering query values on the server");
					targets = new SearchTargetDiscovery(client).discover();
				}
				search = new SearchMixRun(client, pool, options.seed(), out).run(targets, options.searchWarmup(),
						options.searchCount(), options.searchSeconds());
				ConsoleSummary.printSearch(out, search, options.clients());
			}
		}

		BenchReport report = new BenchReport("renkei-bench", options.runId(), options.base(), server,
				started.toString(), Instant.now().toString(), BenchReport.Parameters.of(options),
				BenchReport.Environment.current(), ingest, careSeed, search);
		report.writeTo(options.out());
		out.printf("results written to %s%n", options.out().toAbsolutePath().normalize());
		long errors = (ingest == null ? 0 : ingest.errors()) + (search == null ? 0 : search.errors());
		return errors == 0 ? EXIT_OK : EXIT_CALL_ERRORS;
	}

	/** Reads the CapabilityStatement: fails fast on a wrong URL and names the server in the report. */
	private String serverSoftware(IGenericClient client) {
		try {
			CapabilityStatement statement = client.capabilities().ofType(CapabilityStatement.class).execute();
			String name = statement.getSoftware().getName();
			String version = statement.getSoftware().getVersion();
			return String.join(" ", List.of(name == null ? "unknown server" : name, version == null ? "" : version)).trim();
		} catch (RuntimeException e) {
			throw new IllegalStateException("cannot read " + options.base() + "/metadata: " + e.getMessage(), e);
		}
	}
}
