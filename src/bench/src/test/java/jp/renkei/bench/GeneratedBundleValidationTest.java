package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The generated bundles must be valid base R4, or the server would measure rejections. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // the validator takes seconds to build; share it
class GeneratedBundleValidationTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();
	private FhirValidator validator;

	@BeforeAll
	void createValidator() {
		ValidationSupportChain support = new ValidationSupportChain(
				new DefaultProfileValidationSupport(FHIR),
				new CommonCodeSystemsTerminologyService(FHIR),
				new InMemoryTerminologyServerValidationSupport(FHIR),
				new SnapshotGeneratingValidationSupport(FHIR));
		validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
	}

	@Test
	void patientBundleIsValidR4() {
		assertThat(errors(new SyntheticPatientBundle(42L, "rvalid").build(0).bundle())).isEmpty();
	}

	@Test
	void validatorWouldCatchABrokenBundle() {
		Bundle bundle = new SyntheticPatientBundle(42L, "rvalid").build(0).bundle();
		bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Observation.class::isInstance).map(Observation.class::cast)
				.findFirst().orElseThrow().setStatus(null);

		assertThat(errors(bundle)).anySatisfy(e -> assertThat(e).contains("Observation.status"));
	}

	@Test
	void careBundlesAreValidR4() {
		List<IngestedPatient> patients = List.of(
				new IngestedPatient("Patient/1", "rvalid-0000000", "山田", "ヤマダ"),
				new IngestedPatient("Patient/2", "rvalid-0000001", "佐藤", "サトウ"));

		assertThat(errors(SyntheticCareBundle.organizations("rvalid"))).isEmpty();
		assertThat(errors(SyntheticCareBundle.carePlans("rvalid", patients, List.of("Organization/9"), 0))).isEmpty();
	}

	private List<String> errors(Bundle bundle) {
		return validator.validateWithResult(bundle).getMessages().stream()
				.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
				.map(GeneratedBundleValidationTest::describe)
				.toList();
	}

	private static String describe(SingleValidationMessage message) {
		return message.getLocationString() + ": " + message.getMessage();
	}
}
