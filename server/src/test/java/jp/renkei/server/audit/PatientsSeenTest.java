package jp.renkei.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class PatientsSeenTest {

    private final PatientsSeen compartment = new PatientsSeen(FhirContext.forR4Cached());

    @Test
    void aResourceBelongsToThePatientsItsCompartmentReferencesName() {
        assertThat(compartment.patientsOf(new Condition().setSubject(new Reference("Patient/7")))).containsExactly("Patient/7");
        assertThat(compartment.patientsOf((Patient) new Patient().setId("Patient/8/_history/2"))).containsExactly("Patient/8");
        assertThat(compartment.patientsOf(new Organization())).isEmpty();
        assertThat(compartment.patientsOf(new Patient())).as("a patient inside a document, without id").isEmpty();
    }

    @Test
    void aBundleBelongsToThePatientsOfItsEntriesButAuditEventsDoNotCount() {
        Bundle page = new Bundle();
        page.addEntry().setResource(new CarePlan().setSubject(new Reference("Patient/1")));
        page.addEntry().setResource(new Condition().setSubject(new Reference("Patient/2")));
        AuditEvent trail = new AuditEvent();
        trail.addEntity().setWhat(new Reference("Patient/3"));
        page.addEntry().setResource(trail);

        assertThat(compartment.patientsIn(page)).containsExactly("Patient/1", "Patient/2");
    }
}
