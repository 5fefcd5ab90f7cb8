package jp.renkei.server.security;

import static jp.renkei.server.support.PartnerNetwork.HOSPITAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.net.URI;
import java.util.UUID;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SecondHospital;
import jp.renkei.server.support.TestPatients;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two hospitals in one network: each writes only its own patients' records (Patient.managingOrganization), whatever
 * its scopes; both still read everything. Each refusal is shown with the owner doing the same thing.
 */
@RenkeiServerTest
class PatientOwnershipIT {

    private static final String OTHER_ORGANIZATION = "belongs to another organization";

    private final IGenericClient first;
    private final IGenericClient second;

    @Autowired
    private DaoRegistry daos;

    PatientOwnershipIT(IGenericClient hospital) {
        this.first = hospital;
        int port = URI.create(hospital.getServerBase()).getPort();
        this.second = FhirClients.as(port, SecondHospital.backend(port));
    }

    @Test
    void aPatientPostedWithoutManagingOrganizationBelongsToTheHospitalThatPostedIt() {
        assertThat(owner(first, create(first, newPatient()))).isEqualTo(HOSPITAL);
        assertThat(owner(second, create(second, newPatient()))).isEqualTo(SecondHospital.ORGANIZATION);
    }

    @Test
    void aHospitalCreatesPatientsOnlyForItself() {
        Patient forTheFirst = newPatient();
        forTheFirst.setManagingOrganization(new Reference(HOSPITAL));

        assertRefused(() -> create(second, forTheFirst), "Patient.managingOrganization names " + HOSPITAL);
        assertThat(owner(first, create(first, forTheFirst))).isEqualTo(HOSPITAL);
    }

    @Test
    void aTransactionNamesNoOtherManagingOrganizationThroughAnEntry() {
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String organizationUrl = "urn:uuid:" + UUID.randomUUID();
        post(transaction, new Organization().setName("別の病院"), organizationUrl);
        post(transaction, newPatient().setManagingOrganization(new Reference(organizationUrl)), null);

        assertRefused(() -> second.transaction().withBundle(transaction).execute(),
                "Patient.managingOrganization names Organization/");
    }

    @Test
    void anotherHospitalWritesNoClinicalDataAboutThePatient() {
        IdType patient = create(first, newPatient());

        assertRefused(() -> create(second, condition(patient)), patient.getValue() + " " + OTHER_ORGANIZATION);
        assertRefused(() -> create(second, observation(patient)), OTHER_ORGANIZATION);

        create(first, condition(patient));
        IdType observation = create(first, observation(patient));
        Observation stored = first.read().resource(Observation.class).withId(observation).execute();
        assertRefused(() -> second.update().resource(stored.setStatus(Observation.ObservationStatus.AMENDED))
                .execute(), OTHER_ORGANIZATION);
        assertRefused(() -> second.delete().resourceById(observation).execute(), OTHER_ORGANIZATION);
        first.update().resource(stored).execute();
        first.delete().resourceById(observation).execute();
    }

    @Test
    void anUpdateMovesNoRecordBetweenTheHospitalsPatients() {
        IdType theirs = create(first, newPatient());
        IdType mine = create(second, newPatient());
        IdType observation = create(first, observation(theirs));
        Observation stored = first.read().resource(Observation.class).withId(observation).execute();

        assertRefused(() -> second.update().resource(stored.setSubject(new Reference(mine))).execute(),
                OTHER_ORGANIZATION);
    }

    @Test
    void anotherHospitalNeitherUpdatesNorDeletesThePatient() {
        IdType id = create(first, newPatient());
        Patient stored = first.read().resource(Patient.class).withId(id).execute();
        stored.getBirthDateElement().setValueAsString("1940-07-02");

        assertRefused(() -> second.update().resource(stored).execute(), OTHER_ORGANIZATION);
        assertRefused(() -> second.delete().resourceById(id).execute(), OTHER_ORGANIZATION);
        Patient takenOver = stored.copy().setManagingOrganization(new Reference(SecondHospital.ORGANIZATION));
        assertRefused(() -> second.update().resource(takenOver).execute(), OTHER_ORGANIZATION);

        first.update().resource(stored).execute();
        first.delete().resourceById(id).execute();
    }

    @Test
    void anUnownedPatientOfOlderDataBecomesTheWritersPatient() {
        // Stored as the server's own work does (no caller): no owner is set.
        IdType id = (IdType) daos.getResourceDao(Patient.class)
                .create(newPatient(), new SystemRequestDetails()).getId().toUnqualifiedVersionless();
        Patient stored = second.read().resource(Patient.class).withId(id).execute();
        assertThat(stored.hasManagingOrganization()).isFalse();

        create(second, observation(id));
        second.update().resource(stored).execute();

        assertThat(owner(first, id)).isEqualTo(SecondHospital.ORGANIZATION);
        assertRefused(() -> create(first, observation(id)), OTHER_ORGANIZATION);
    }

    @Test
    void aTransactionAboutAnotherHospitalsPatientIsRefusedWhole() {
        IdType theirs = create(first, newPatient());
        IdType mine = create(second, newPatient());
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        post(transaction, observation(mine), null);
        post(transaction, observation(theirs), null);

        assertRefused(() -> second.transaction().withBundle(transaction).execute(), OTHER_ORGANIZATION);
        assertThat(observationsOf(mine)).as("rolled back").isZero();
        first.transaction().withBundle(transaction(theirs)).execute();
    }

    @Test
    void aTransactionCannotReachAnotherHospitalsPatientThroughAConditionalCreate() {
        Patient patient = newPatient();
        IdType theirs = create(first, patient);
        // As the SS-MIX2 ingest and the bench send them: the patient by its hospital ID, the rest by urn:uuid.
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String patientUrl = "urn:uuid:" + UUID.randomUUID();
        transaction.addEntry().setFullUrl(patientUrl).setResource(patient.copy()).getRequest()
                .setMethod(Bundle.HTTPVerb.POST).setUrl("Patient")
                .setIfNoneExist("identifier=" + TestPatients.HOSPITAL_PATIENT_ID_SYSTEM + "|"
                        + patient.getIdentifierFirstRep().getValue());
        post(transaction, observation(new IdType(patientUrl)), null);

        assertRefused(() -> second.transaction().withBundle(transaction).execute(), OTHER_ORGANIZATION);
        assertThat(observationsOf(theirs)).isZero();
        first.transaction().withBundle(transaction).execute();
        assertThat(observationsOf(theirs)).isOne();
    }

    @Test
    void aTransactionCreatingAPatientWritesItsRecordsInOneGo() {
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String patientUrl = "urn:uuid:" + UUID.randomUUID();
        post(transaction, newPatient(), patientUrl);
        for (int i = 0; i < 20; i++) {
            post(transaction, observation(new IdType(patientUrl)), null);
        }

        Bundle response = second.transaction().withBundle(transaction).execute();

        IdType patient = new IdType(response.getEntryFirstRep().getResponse().getLocation()).toUnqualifiedVersionless();
        assertThat(owner(first, patient)).isEqualTo(SecondHospital.ORGANIZATION);
        assertThat(observationsOf(patient)).isEqualTo(20);
    }

    @Test
    void batchEntriesAboutAnotherHospitalsPatientFailEachOnItsOwn() {
        IdType theirs = create(first, newPatient());
        IdType mine = create(second, newPatient());
        Patient theirsChanged = first.read().resource(Patient.class).withId(theirs).execute();
        theirsChanged.getBirthDateElement().setValueAsString("1940-07-03");
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        post(batch, observation(theirs), null);
        post(batch, observation(mine), null);
        batch.addEntry().setResource(theirsChanged).getRequest().setMethod(Bundle.HTTPVerb.PUT)
                .setUrl("Patient/" + theirs.getIdPart());
        batch.addEntry().getRequest().setMethod(Bundle.HTTPVerb.DELETE).setUrl("Patient/" + theirs.getIdPart());

        Bundle response = second.transaction().withBundle(batch).execute();

        assertThat(response.getEntry()).extracting(entry -> entry.getResponse().getStatus().substring(0, 3))
                .containsExactly("403", "201", "403", "403");
        assertThat(first.read().resource(Patient.class).withId(theirs).execute().getBirthDateElement()
                .getValueAsString()).isEqualTo("1940-07-01");
    }

    @Test
    void theSameConditionalUpdateAgainChangesNothing() {
        Patient patient = newPatient();
        String match = "Patient?identifier=" + TestPatients.HOSPITAL_PATIENT_ID_SYSTEM + "|"
                + patient.getIdentifierFirstRep().getValue();

        // The first update after a create writes a second version even when nothing changed (seen with
        // managingOrganization sent as well, so not the stamp's doing): the third delivery is the one to compare.
        first.update().resource(patient.copy()).conditionalByUrl(match).execute();
        IdType delivered = (IdType) first.update().resource(patient.copy()).conditionalByUrl(match).execute().getId();
        IdType again = (IdType) first.update().resource(patient.copy()).conditionalByUrl(match).execute().getId();

        assertThat(again.getVersionIdPart()).as("unchanged: no new version").isEqualTo(delivered.getVersionIdPart());
        assertThat(owner(first, again.toUnqualifiedVersionless())).isEqualTo(HOSPITAL);
        assertRefused(() -> second.update().resource(patient.copy()).conditionalByUrl(match).execute(),
                OTHER_ORGANIZATION);
    }

    private static Patient newPatient() {
        return TestPatients.yamadaTaro(TestPatients.newPatientId());
    }

    private static Condition condition(IdType patient) {
        Condition condition = new Condition().setSubject(new Reference(patient));
        condition.getCode().setText("2型糖尿病");
        return condition;
    }

    private static Observation observation(IdType patient) {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setSubject(new Reference(patient.getValue()));
        observation.getCode().setText("血清カリウム");
        return observation;
    }

    private static Bundle transaction(IdType patient) {
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        post(transaction, observation(patient), null);
        return transaction;
    }

    private static void post(Bundle bundle, Resource resource, String fullUrl) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest().setMethod(Bundle.HTTPVerb.POST)
                .setUrl(resource.fhirType());
    }

    private static IdType create(IGenericClient client, Resource resource) {
        return ((IdType) client.create().resource(resource).execute().getId()).toUnqualifiedVersionless();
    }

    private static String owner(IGenericClient client, IdType patient) {
        return client.read().resource(Patient.class).withId(patient.getIdPart()).execute().getManagingOrganization()
                .getReference();
    }

    private int observationsOf(IdType patient) {
        return first.search().byUrl("Observation?patient=" + patient.getIdPart() + "&_count=100")
                .returnBundle(Bundle.class).execute().getEntry().size();
    }

    private static void assertRefused(ThrowingCallable request, String why) {
        assertThatThrownBy(request).isInstanceOf(ForbiddenOperationException.class).hasMessageContaining(why);
    }
}
