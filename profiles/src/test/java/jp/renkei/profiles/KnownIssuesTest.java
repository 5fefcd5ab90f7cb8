package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The known-issues API the server will use: only tolerated issues make an error known. */
class KnownIssuesTest {

    private final KnownIssues known = KnownIssues.load();

    @Test
    void everyIssueSaysWhatItIsAndNonRepairedOnesHowTheyShow() {
        assertThat(known.issues()).isNotEmpty().allSatisfy(i -> {
            assertThat(i.id()).isNotBlank();
            assertThat(i.packageName()).isNotBlank();
            assertThat(i.artifact()).isNotBlank();
            assertThat(i.cause()).isNotBlank();
            assertThat(i.handling()).isNotNull();
            if (i.handling() == KnownIssue.Handling.REPAIRED) {
                assertThat(i.repair()).as(i.id()).isNotBlank();
            } else {
                assertThat(i.seenIn()).as(i.id()).isNotEmpty();
            }
        });
        assertThat(known.issues().stream().map(KnownIssue::id).distinct().count()).isEqualTo(known.issues().size());
    }

    @Test
    void toleratedPackageDefectIsKnownButAnExampleDefectIsNot() {
        SingleValidationMessage missingCodeSystem = error("Terminology_PassThrough_TX_Message",
                "Practitioner.qualification[0].code",
                "CodeSystem is unknown and can't be validated: http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicalLicenseCertificate_CS for 'x#y'");
        SingleValidationMessage patientWithoutInsurance = error(
                "http://jpfhir.jp/fhir/eCS/StructureDefinition/JP_Patient_eCS#valid-system-insurance-patientIdentifier",
                "Patient", "Constraint failed: valid-system-insurance-patientIdentifier");

        assertThat(known.isKnown(missingCodeSystem)).isTrue();
        assertThat(known.explain(missingCodeSystem)).map(KnownIssue::id).contains("core-medical-license-codesystem-missing");
        assertThat(known.isKnown(patientWithoutInsurance)).isFalse();
    }

    @Test
    void toleratedMessageElsewhereIsNotKnown() {
        SingleValidationMessage sameTextOtherPlace = error("Terminology_PassThrough_TX_Message", "Patient.identifier[0]",
                "CodeSystem is unknown and can't be validated: http://jpfhir.jp/fhir/core/CodeSystem/JP_MedicalLicenseCertificate_CS");

        assertThat(known.isKnown(sameTextOtherPlace)).isFalse();
    }

    @Test
    void splitsAResultIntoKnownAndNewErrorsIgnoringWarnings() {
        SingleValidationMessage knownError = error("Terminology_PassThrough_TX_Message", "DiagnosticReport.presentedForm[0].language",
                "Code \"ja-JP\" is not in valueset: http://hl7.org/fhir/ValueSet/languages");
        SingleValidationMessage newError = error("Validation_VAL_Profile_Minimum", "Patient", "Patient.name: minimum required = 1");
        SingleValidationMessage warning = error("Any", "Patient", "just a warning");
        warning.setSeverity(ResultSeverityEnum.WARNING);

        ValidationOutcome outcome = known.split(new ca.uhn.fhir.validation.ValidationResult(
                SharedValidation.FHIR, List.of(knownError, newError, warning)));

        assertThat(outcome.knownErrors()).containsExactly(knownError);
        assertThat(outcome.newErrors()).containsExactly(newError);
        assertThat(outcome.conforms()).isFalse();
    }

    private static SingleValidationMessage error(String id, String location, String text) {
        SingleValidationMessage m = new SingleValidationMessage();
        m.setSeverity(ResultSeverityEnum.ERROR);
        m.setMessageId(id);
        m.setLocationString(location);
        m.setMessage(text);
        return m;
    }
}
