package jp.renkei.server.fhir;

import static jp.renkei.server.support.TestPatients.HOSPITAL_PATIENT_ID_SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

@RenkeiServerTest
class CrudIT {

    private final IGenericClient client;

    CrudIT(IGenericClient client) {
        this.client = client;
    }

    @Test
    void createsReadsAndReadsAnEarlierVersion() {
        IdType id = create(TestPatients.yamadaTaro(TestPatients.newPatientId()));
        Patient stored = client.read().resource(Patient.class).withId(id.toUnqualifiedVersionless()).execute();
        stored.getNameFirstRep().setFamily("山本");
        client.update().resource(stored).execute();

        Patient current = client.read().resource(Patient.class).withId(id.toUnqualifiedVersionless()).execute();
        Patient first = client.read().resource(Patient.class).withId(id.withVersion("1")).execute();

        assertThat(current.getMeta().getVersionId()).isEqualTo("2");
        assertThat(current.getNameFirstRep().getFamily()).isEqualTo("山本");
        assertThat(first.getNameFirstRep().getFamily()).isEqualTo("山田");
        assertThat(first.getName().get(1).getFamily()).isEqualTo("ヤマダ");
    }

    @Test
    void updateWithTheCurrentVersionInIfMatchSucceedsAndWithAStaleOneIsRefused() {
        IdType id = create(TestPatients.yamadaTaro(TestPatients.newPatientId()));
        Patient patient = client.read().resource(Patient.class).withId(id.toUnqualifiedVersionless()).execute();
        patient.setActive(true);

        MethodOutcome updated = client.update().resource(patient)
                .withAdditionalHeader("If-Match", "W/\"1\"").execute();
        patient.setActive(false);

        assertThat(updated.getId().getVersionIdPart()).isEqualTo("2");
        assertThatThrownBy(() -> client.update().resource(patient)
                        .withAdditionalHeader("If-Match", "W/\"1\"").execute())
                .isInstanceOf(PreconditionFailedException.class);
        assertThat(client.read().resource(Patient.class).withId(id.toUnqualifiedVersionless()).execute().getActive())
                .isTrue();
    }

    @Test
    void deleteLeavesATombstoneInTheHistory() {
        IdType id = create(TestPatients.yamadaTaro(TestPatients.newPatientId())).toUnqualifiedVersionless();
        Patient patient = client.read().resource(Patient.class).withId(id).execute();
        patient.setActive(true);
        client.update().resource(patient).execute();

        client.delete().resourceById(id).execute();

        assertThatThrownBy(() -> client.read().resource(Patient.class).withId(id).execute())
                .isInstanceOf(ResourceGoneException.class);
        Bundle history = client.history().onInstance(id).returnBundle(Bundle.class).execute();
        assertThat(history.getEntry()).hasSize(3);
        assertThat(history.getEntry().get(0).getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.DELETE);
    }

    @Test
    void conditionalCreateWithIfNoneExistDoesNotDuplicate() {
        String patientId = TestPatients.newPatientId();
        String condition = "identifier=" + HOSPITAL_PATIENT_ID_SYSTEM + "|" + patientId;

        MethodOutcome first = client.create().resource(TestPatients.yamadaTaro(patientId))
                .conditionalByUrl("Patient?" + condition).execute();
        MethodOutcome again = client.create().resource(TestPatients.yamadaTaro(patientId))
                .conditionalByUrl("Patient?" + condition).execute();

        assertThat(first.getCreated()).isTrue();
        assertThat(again.getCreated()).isNotEqualTo(Boolean.TRUE);
        assertThat(again.getId().getIdPart()).isEqualTo(first.getId().getIdPart());
        Bundle found = client.search().byUrl("Patient?" + condition).returnBundle(Bundle.class).execute();
        assertThat(found.getEntry()).hasSize(1);
    }

    private IdType create(Patient patient) {
        return (IdType) client.create().resource(patient).execute().getId();
    }
}
