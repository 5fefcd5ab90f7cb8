package jp.renkei.bench.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import jp.renkei.profiles.DeclaredProfileValidator;
import jp.renkei.profiles.FhirPackage;
import jp.renkei.profiles.ValidationSupportFactory;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.utilities.npm.NpmPackage;

/**
 * Measures Renkei's profile validation in process, on one thread: the time to build the validator and run the first
 * validation (what a server pays after start), then the steady-state time per validated resource of a support plan
 * and of the JP-CLINS referral Bundle, as wall and CPU time (CPU time is robust to a busy machine).
 *
 * <p>usage: {@code java -cp src/bench/target/renkei-bench.jar jp.renkei.bench.validation.ValidationBenchMain
 * [warm-up seconds, default 20] [measured seconds per sample, default 20]}
 */
public final class ValidationBenchMain {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private ValidationBenchMain() {}

	public static void main(String[] args) throws IOException {
		int warmUpSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
		int measuredSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
		FhirContext fhir = FhirContext.forR4();
		List<ValidationSample> samples = List.of(
				new ValidationSample("support plan (RenkeiSupportPlan)", supportPlan(fhir)),
				new ValidationSample("JP-CLINS referral Bundle (JP_Bundle_eReferral)", referralBundle(fhir)));

		long start = System.nanoTime();
		DeclaredProfileValidator validator =
				new DeclaredProfileValidator(fhir, new ValidationSupportFactory(fhir).create());
		long built = System.nanoTime();
		for (ValidationSample sample : samples) {
			long before = System.nanoTime();
			int errors = errors(validator.validate(sample.resource()));
			print("first validation of %s: %.0f ms (%d errors)", sample.name(), millis(System.nanoTime() - before), errors);
		}
		print("validator built in %.0f ms; first validation after start (build + first support plan) within %.0f ms",
				millis(built - start), millis(System.nanoTime() - start));

		long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
		while (System.nanoTime() < warmUpEnd) {
			samples.forEach(sample -> validator.validate(sample.resource()));
		}
		for (ValidationSample sample : samples) {
			measure(validator, sample, measuredSeconds);
		}
		Runtime runtime = Runtime.getRuntime();
		System.gc();
		print("heap used after GC with the validator loaded: %.0f MB", (runtime.totalMemory() - runtime.freeMemory()) / 1e6);
	}

	private static void measure(DeclaredProfileValidator validator, ValidationSample sample, int seconds) {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		long wallStart = System.nanoTime();
		long cpuStart = THREADS.getCurrentThreadCpuTime();
		int runs = 0;
		while (System.nanoTime() < end) {
			validator.validate(sample.resource());
			runs++;
		}
		double wallPerRun = millis(System.nanoTime() - wallStart) / runs;
		double cpuPerRun = millis(THREADS.getCurrentThreadCpuTime() - cpuStart) / runs;
		int resources = sample.resourceCount();
		print("steady state, %s, %d resources, %d runs: %.1f ms per validation, %.2f ms per resource (CPU %.2f ms)",
				sample.name(), resources, runs, wallPerRun, wallPerRun / resources, cpuPerRun / resources);
	}

	private static int errors(ValidationResult result) {
		return (int) result.getMessages().stream()
				.filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
				.count();
	}

	private static CarePlan supportPlan(FhirContext fhir) throws IOException {
		try (InputStream tgz = resource(FhirPackage.RENKEI.classpathLocation());
				InputStream json = NpmPackage.fromPackage(tgz).load("package", "CarePlan-renkei-support-plan-example.json")) {
			return fhir.newJsonParser().parseResource(CarePlan.class, json);
		}
	}

	private static Bundle referralBundle(FhirContext fhir) throws IOException {
		try (InputStream json = resource("fixtures/Bundle-Bundle-CLINS-Referral-Example-01.json")) {
			return fhir.newJsonParser().parseResource(Bundle.class, json);
		}
	}

	private static InputStream resource(String path) {
		InputStream in = ValidationBenchMain.class.getClassLoader().getResourceAsStream(path);
		if (in == null) {
			throw new IllegalStateException("missing from the classpath: " + path);
		}
		return in;
	}

	private static double millis(long nanos) {
		return nanos / 1e6;
	}

	private static void print(String format, Object... args) {
		System.out.println(String.format(Locale.ROOT, format, args));
	}
}
