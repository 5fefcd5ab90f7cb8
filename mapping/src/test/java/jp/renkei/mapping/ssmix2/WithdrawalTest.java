package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.junit.jupiter.api.Test;

class WithdrawalTest {

    private static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    @Test
    void withdrawsAnActiveDrugByItsStatusAndLeavesTheStoredOneAsItWas() {
        MedicationRequest stored = new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE);
        stored.setId("MedicationRequest/12/_history/3");

        Resource withdrawn = Withdrawal.of(stored).orElseThrow();

        assertThat(((MedicationRequest) withdrawn).getStatus())
                .isEqualTo(MedicationRequest.MedicationRequestStatus.ENTEREDINERROR);
        assertThat(withdrawn.getIdElement().getIdPart()).isEqualTo("12");
        assertThat(stored.getStatus()).isEqualTo(MedicationRequest.MedicationRequestStatus.ACTIVE);
    }

    @Test
    void withdrawsEveryStatusTypeTheMappingWrites() {
        assertThat(Withdrawal.of(new Observation().setStatus(Observation.ObservationStatus.FINAL)).orElseThrow())
                .extracting(resource -> ((Observation) resource).getStatus())
                .isEqualTo(Observation.ObservationStatus.ENTEREDINERROR);
        assertThat(Withdrawal.of(new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL))
                .orElseThrow()).extracting(resource -> ((DiagnosticReport) resource).getStatus())
                .isEqualTo(DiagnosticReport.DiagnosticReportStatus.ENTEREDINERROR);
        assertThat(Withdrawal.of(new Specimen()).orElseThrow())
                .extracting(resource -> ((Specimen) resource).getStatus())
                .isEqualTo(Specimen.SpecimenStatus.ENTEREDINERROR);
    }

    @Test
    void withdrawsAProblemByItsVerificationStatusWithoutAClinicalStatus() {
        Condition stored = new Condition()
                .setClinicalStatus(concept("http://terminology.hl7.org/CodeSystem/condition-clinical", "active"))
                .setVerificationStatus(concept(CONDITION_VERIFICATION, "confirmed"));

        Condition withdrawn = (Condition) Withdrawal.of(stored).orElseThrow();

        assertThat(withdrawn.getVerificationStatus().hasCoding(CONDITION_VERIFICATION, "entered-in-error")).isTrue();
        assertThat(withdrawn.getVerificationStatus().getCoding()).hasSize(1);
        assertThat(withdrawn.hasClinicalStatus()).isFalse();
    }

    @Test
    void withdrawsAnAllergyByItsVerificationStatusWithoutAClinicalStatus() {
        String verification = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
        AllergyIntolerance stored = new AllergyIntolerance()
                .setClinicalStatus(concept("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active"));

        AllergyIntolerance withdrawn = (AllergyIntolerance) Withdrawal.of(stored).orElseThrow();

        assertThat(withdrawn.getVerificationStatus().hasCoding(verification, "entered-in-error")).isTrue();
        assertThat(withdrawn.hasClinicalStatus()).isFalse();
    }

    @Test
    void leavesWhatIsWithdrawnAlreadyAlone() {
        assertThat(Withdrawal.of(new MedicationRequest()
                .setStatus(MedicationRequest.MedicationRequestStatus.ENTEREDINERROR))).isEmpty();
        assertThat(Withdrawal.of(new Condition()
                .setVerificationStatus(concept(CONDITION_VERIFICATION, "entered-in-error")))).isEmpty();
    }

    @Test
    void refusesAResourceWithoutAStatus() {
        assertThatThrownBy(() -> Withdrawal.of(new Patient()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Patient");
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept().addCoding(new Coding(system, code, null));
    }
}
