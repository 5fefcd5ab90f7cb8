package jp.renkei.server.security.access;

import ca.uhn.fhir.context.FhirContext;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import jp.renkei.profiles.LiaisonSectionTable;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Binary;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/** The clinic sees patient "a" (consent) and works in care team "t"; patient "b" is someone else's. */
class PartnerAccessTest {

    static final String CLINIC = "Organization/clinic";
    static final PatientCompartment COMPARTMENT = new PatientCompartment(FhirContext.forR4Cached());
    static final CareRelations RELATIONS = new CareRelations(CLINIC, Set.of(CLINIC, "PractitionerRole/doctor"),
            Set.of("Patient/a"), Set.of("CareTeam/t"));

    final PartnerAccess clinic = new PartnerAccess(RELATIONS, COMPARTMENT, false);

    @Test
    void readsItsPatientsAndTheirDataOnly() {
        assertThat(clinic.mayRead(patient("a"))).isTrue();
        assertThat(clinic.mayRead(patient("b"))).isFalse();
        assertThat(clinic.mayRead(condition("Patient/a"))).isTrue();
        assertThat(clinic.mayRead(condition("Patient/b"))).isFalse();
        assertThat(clinic.mayRead(condition("http://other.example/fhir/Patient/a/_history/3")))
                .as("absolute, versioned").isTrue();
    }

    @Test
    void dataNamingNoPatientOrOnlyByIdentifierIsNotShown() {
        assertThat(clinic.mayRead(new Condition())).isFalse();
        Condition byIdentifier = new Condition().setSubject(new Reference()
                .setIdentifier(new Identifier().setSystem("urn:oid:1.2.392.100495.20.3.51.11119900018").setValue("1")));
        assertThat(clinic.mayRead(byIdentifier)).isFalse();
    }

    @Test
    void readsTasksAndReferralsAddressedToIt() {
        assertThat(clinic.mayRead(new Task().setOwner(new Reference(CLINIC)).setFor(new Reference("Patient/b"))))
                .isTrue();
        assertThat(clinic.mayRead(new Task().setOwner(new Reference("Organization/other"))
                .setFor(new Reference("Patient/a")))).isFalse();
        assertThat(clinic.mayRead(new ServiceRequest().addPerformer(new Reference("PractitionerRole/doctor"))))
                .isTrue();
        assertThat(clinic.mayRead(new ServiceRequest().setSubject(new Reference("Patient/a")))).isFalse();
    }

    @Test
    void readsPlansAndTeamsOfItsCareTeamsAboutPatientsItSees() {
        CarePlan plan = new CarePlan().setSubject(new Reference("Patient/a"));
        plan.addCareTeam(new Reference("CareTeam/t"));
        assertThat(clinic.mayRead(plan)).isTrue();
        assertThat(clinic.mayRead(new CarePlan().setSubject(new Reference("Patient/a")))).as("not its team").isFalse();

        CareTeam team = new CareTeam().setSubject(new Reference("Patient/a"));
        team.setId("CareTeam/t");
        assertThat(clinic.mayRead(team)).isTrue();
        team.setSubject(new Reference("Patient/b"));
        assertThat(clinic.mayRead(team)).as("a patient it does not see").isFalse();
    }

    @Test
    void readsDocumentsAddressedToItAboutItsPatientsButNotThoseAddressedToAnotherPartner() {
        assertThat(clinic.mayRead(addressed("PractitionerRole/doctor", "Patient/a"))).isTrue();
        assertThat(clinic.mayRead(addressed("Organization/care-manager", "Patient/a"))).isFalse();
        assertThat(clinic.mayRead(addressed(CLINIC, "Patient/b"))).as("consent gone: not even its own").isFalse();
        assertThat(clinic.mayRead(new DocumentReference().setSubject(new Reference("Patient/a"))))
                .as("a report addressed to no one: the patient's data").isTrue();
    }

    private static DocumentReference addressed(String recipient, String patient) {
        DocumentReference document = new DocumentReference().setSubject(new Reference(patient));
        document.addExtension(LiaisonSectionTable.RECIPIENT_EXTENSION, new Reference(recipient));
        return document;
    }

    @Test
    void readsDirectoryDataButNotTheAuditTrailOrBinaries() {
        assertThat(clinic.mayRead(new Organization())).isTrue();
        assertThat(clinic.mayRead(new AuditEvent())).isFalse();
        assertThat(new PartnerAccess(RELATIONS, COMPARTMENT, true).mayRead(new AuditEvent())).isTrue();
        assertThat(clinic.mayRead(new Binary())).isFalse();
    }

    @Test
    void createsCommunicationsItSendsAndReportsAboutItsPatients() {
        assertThat(clinic.refusalToCreate(new Communication().setSender(new Reference(CLINIC))
                .setSubject(new Reference("Patient/a")))).isEmpty();
        assertThat(clinic.refusalToCreate(new Communication().setSender(new Reference("Organization/hospital"))))
                .get().asString().contains("sender");
        assertThat(clinic.refusalToCreate(new Communication().setSender(new Reference(CLINIC))
                .setSubject(new Reference("Patient/b")))).isPresent();
        assertThat(clinic.refusalToCreate(new Observation().setSubject(new Reference("Patient/a")))).isEmpty();
        assertThat(clinic.refusalToCreate(new Observation().setSubject(new Reference("Patient/b")))).isPresent();
        assertThat(clinic.refusalToCreate(new Observation().setSubject(
                new Reference("Patient?identifier=urn:x|1")))).as("match URL").isPresent();
        assertThat(clinic.refusalToCreate(patient("c"))).get().asString().contains("not Patient");
    }

    @Test
    void updatesOnlyTasksItOwns() {
        Task owned = new Task().setStatus(Task.TaskStatus.REQUESTED).setOwner(new Reference(CLINIC));
        Task accepted = owned.copy().setStatus(Task.TaskStatus.ACCEPTED);
        assertThat(clinic.refusalToUpdate(owned, accepted)).isEmpty();

        Task others = owned.copy().setOwner(new Reference("Organization/other"));
        assertThat(clinic.refusalToUpdate(others, others.copy().setStatus(Task.TaskStatus.ACCEPTED))).isPresent();
        assertThat(clinic.refusalToUpdate(patient("a"), patient("a"))).isPresent();
    }

    @Test
    void searchesAreNarrowedToWhatItMaySee() {
        assertThat(clinic.narrowing("Patient")).contains(new SearchNarrowing("_id", List.of("a")));
        assertThat(clinic.narrowing("Observation")).contains(new SearchNarrowing("patient",
                List.of("Patient/a")));
        assertThat(clinic.narrowing("Task").orElseThrow().values()).contains(CLINIC, "PractitionerRole/doctor");
        assertThat(clinic.narrowing("Organization")).isEmpty();
        assertThat(new PartnerAccess(CareRelations.none(CLINIC), COMPARTMENT, false).narrowing("Condition"))
                .contains(new SearchNarrowing("patient", List.of("Patient/" + SearchNarrowing.NOTHING)));
    }

    private static Patient patient(String id) {
        Patient patient = new Patient();
        patient.setId("Patient/" + id);
        return patient;
    }

    private static Condition condition(String patient) {
        return new Condition().setSubject(new Reference(patient));
    }
}
