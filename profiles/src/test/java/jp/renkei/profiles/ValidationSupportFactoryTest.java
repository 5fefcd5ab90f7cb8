package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ValidationSupportFactoryTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static ValidationSupportChain chain;

    @BeforeAll
    static void buildChain() {
        chain = SharedValidation.CHAIN;
    }

    @Test
    void resolvesJpCoreAndJpClinsProfilesFromTheBundledPackages() {
        StructureDefinition jpPatient = (StructureDefinition)
                chain.fetchStructureDefinition("http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient");
        StructureDefinition eReferral = (StructureDefinition) chain.fetchStructureDefinition(
                "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eReferral");

        assertThat(jpPatient).isNotNull();
        assertThat(jpPatient.getType()).isEqualTo("Patient");
        assertThat(eReferral).isNotNull();
        assertThat(eReferral.getType()).isEqualTo("Bundle");
    }

    @Test
    void acceptsTheJpCorePatientExampleAndRejectsOneBreakingAnInvariant() throws IOException {
        FhirValidator validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        Patient example = readExample();

        ValidationResult good = validator.validateWithResult(example);
        Patient broken = example.copy();
        broken.addContact().addRelationship().setText("家族"); // pat-1: a contact needs details or an organization
        ValidationResult bad = validator.validateWithResult(broken);

        assertThat(good.getMessages()).noneMatch(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal());
        assertThat(bad.getMessages()).anyMatch(m -> m.getSeverity() == ResultSeverityEnum.ERROR
                && m.getMessage().contains("pat-1"));
    }

    private static Patient readExample() throws IOException {
        try (InputStream in = ValidationSupportFactoryTest.class.getResourceAsStream("/Patient-jp-patient-example-1.json")) {
            return FHIR.newJsonParser().parseResource(Patient.class, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
