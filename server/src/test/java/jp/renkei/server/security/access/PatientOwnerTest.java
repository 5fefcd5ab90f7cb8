package jp.renkei.server.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class PatientOwnerTest {

    private static final String HOSPITAL = "Organization/renkei-demo-hospital";
    private static final String OTHER = "Organization/renkei-test-hospital-b";

    @Test
    void aPatientBelongsToItsManagingOrganization() {
        Patient patient = new Patient().setManagingOrganization(
                new Reference("http://example.jp/fhir/" + HOSPITAL + "/_history/3"));
        patient.setId("Patient/p1/_history/2");

        PatientOwner owner = PatientOwner.of(patient);

        assertThat(owner).isEqualTo(new PatientOwner("Patient/p1", Optional.of(HOSPITAL)));
        assertThat(owner.admits(HOSPITAL)).isTrue();
        assertThat(owner.admits(OTHER)).isFalse();
        assertThat(owner.refusalFor(OTHER)).startsWith("Patient/p1 belongs to another organization (" + HOSPITAL);
    }

    @Test
    void anUnownedPatientAdmitsEveryProvider() {
        Patient identifiedOnly = new Patient().setManagingOrganization(new Reference().setDisplay("さくら野中央病院"));
        identifiedOnly.setId("p2");

        assertThat(PatientOwner.of(identifiedOnly).organization()).isEmpty();
        assertThat(PatientOwner.unowned("Patient/p3").admits(OTHER)).isTrue();
    }
}
