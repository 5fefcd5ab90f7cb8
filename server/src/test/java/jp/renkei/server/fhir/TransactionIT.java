package jp.renkei.server.fhir;

import static jp.renkei.server.support.TestPatients.HOSPITAL_PATIENT_ID_SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

@RenkeiServerTest
class TransactionIT {

    private final IGenericClient client;

    TransactionIT(IGenericClient client) {
        this.client = client;
    }

    @Test
    void storesEveryEntryAndResolvesReferencesBetweenThem() {
        String patientId = TestPatients.newPatientId();
        Bundle transaction = patientWithCondition(patientId, "urn:uuid:9f1c2c7e-7b0a-4f7e-9a51-3f1d1d0a0001");

        Bundle response = client.transaction().withBundle(transaction).execute();

        assertThat(response.getEntry()).allSatisfy(e -> assertThat(e.getResponse().getStatus()).startsWith("201"));
        Bundle conditions = client.search()
                .byUrl("Condition?patient.identifier=" + HOSPITAL_PATIENT_ID_SYSTEM + "|" + patientId)
                .returnBundle(Bundle.class).execute();
        assertThat(conditions.getEntry()).hasSize(1);
    }

    @Test
    void anInvalidEntryRollsBackEveryEntry() {
        String patientId = TestPatients.newPatientId();
        Bundle transaction = patientWithCondition(patientId, "urn:uuid:9f1c2c7e-7b0a-4f7e-9a51-3f1d1d0a0002");
        Condition orphan = new Condition().setSubject(new Reference("Patient/no-such-patient-" + patientId));
        orphan.getCode().setText("心不全");
        transaction.addEntry().setResource(orphan).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Condition");

        assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
                .isInstanceOf(BaseServerResponseException.class)
                .satisfies(e -> assertThat(((BaseServerResponseException) e).getStatusCode()).isBetween(400, 499))
                .hasMessageContaining("no-such-patient-" + patientId);
        Bundle patients = client.search().byUrl("Patient?identifier=" + HOSPITAL_PATIENT_ID_SYSTEM + "|" + patientId)
                .returnBundle(Bundle.class).execute();
        assertThat(patients.getEntry()).isEmpty();
    }

    private static Bundle patientWithCondition(String patientId, String patientFullUrl) {
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Patient patient = TestPatients.yamadaTaro(patientId);
        transaction.addEntry().setFullUrl(patientFullUrl).setResource(patient)
                .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");
        Condition heartFailure = new Condition().setSubject(new Reference(patientFullUrl));
        heartFailure.getCode().addCoding().setSystem("http://jpfhir.jp/fhir/core/CodeSystem/JP_ICD10").setCode("I50.0");
        heartFailure.getCode().setText("うっ血性心不全");
        transaction.addEntry().setResource(heartFailure).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Condition");
        return transaction;
    }
}
