package jp.renkei.server.security;

import static jp.renkei.server.support.PartnerNetwork.CARE_MANAGER;
import static jp.renkei.server.support.PartnerNetwork.CLINIC;
import static jp.renkei.server.support.PartnerNetwork.NURSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.net.URI;
import java.util.List;
import jp.renkei.server.support.PartnerNetwork;
import jp.renkei.server.support.RenkeiServerTest;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/** What each partner organization may see and do: the rules, each with its allowed and its refused side. */
@RenkeiServerTest
class PartnerAccessIT {

    private final IGenericClient hospital;
    private final PartnerNetwork network;

    PartnerAccessIT(IGenericClient hospital) {
        this.hospital = hospital;
        this.network = new PartnerNetwork(URI.create(hospital.getServerBase()).getPort(), hospital);
    }

    @Test
    void aPartnerReadsAPatientOnlyWhileAConsentNamesIt() {
        IdType consented = network.newPatient();
        IdType consent = network.consent(consented, CLINIC);
        IdType stranger = network.newPatient();
        network.consent(stranger, NURSING);
        IGenericClient clinic = network.as("clinic-aoba");

        assertThat(clinic.read().resource(Patient.class).withId(consented).execute().getIdPart())
                .isEqualTo(consented.getIdPart());
        assertThatThrownBy(() -> clinic.read().resource(Patient.class).withId(stranger).execute())
                .isInstanceOf(ResourceNotFoundException.class);

        network.withdraw(consent);
        assertThatThrownBy(() -> clinic.read().resource(Patient.class).withId(consented).execute())
                .as("withdrawn: cut at once").isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aPartnerSearchesOnlyItsPatientsData() {
        IdType consented = network.newPatient();
        network.consent(consented, CLINIC);
        IdType mine = network.observation(consented);
        IdType stranger = network.newPatient();
        network.observation(stranger);

        Bundle found = network.as("clinic-aoba").search().byUrl("Observation?patient=" + consented.getIdPart() + ","
                + stranger.getIdPart()).returnBundle(Bundle.class).execute();

        assertThat(ids(found)).containsExactly(mine.getIdPart());
    }

    @Test
    void aCareTeamMemberSeesThePlanAndThePatientWhoConsentedToShare() {
        IdType patient = network.newPatient();
        network.consent(patient, CLINIC);
        IdType plan = network.carePlan(patient, NURSING);
        IGenericClient nursing = network.as("visiting-nursing");
        IGenericClient careManager = network.as("care-manager");

        assertThat(nursing.read().resource(CarePlan.class).withId(plan).execute().getIdPart())
                .isEqualTo(plan.getIdPart());
        assertThat(nursing.read().resource(Patient.class).withId(patient).execute().getIdPart())
                .isEqualTo(patient.getIdPart());
        assertThatThrownBy(() -> careManager.read().resource(CarePlan.class).withId(plan).execute())
                .as("not on the care team").isInstanceOf(ResourceNotFoundException.class);
        assertThatThrownBy(() -> network.as("clinic-aoba").read().resource(CarePlan.class).withId(plan).execute())
                .as("consented, but not on the care team").isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void aPartnerSeesTheReferralsAddressedToItEvenBeforeConsent() {
        IdType patient = network.newPatient();
        IdType task = network.referral(patient, CLINIC);
        Task stored = hospital.read().resource(Task.class).withId(task).execute();
        IGenericClient clinic = network.as("clinic-aoba");

        assertThat(clinic.read().resource(Task.class).withId(task).execute().getIdPart()).isEqualTo(task.getIdPart());
        assertThat(clinic.read().resource(ServiceRequest.class).withId(stored.getFocus().getReferenceElement())
                .execute().getPerformerFirstRep().getReference()).isEqualTo(CLINIC);
        assertThatThrownBy(() -> network.as("visiting-nursing").read().resource(Task.class).withId(task).execute())
                .isInstanceOf(ResourceNotFoundException.class);
        assertThat(ids(clinic.search().byUrl("Task?owner=" + CLINIC + "&status=requested&_count=200")
                .returnBundle(Bundle.class).execute())).contains(task.getIdPart());
    }

    @Test
    void theOwnerAcceptsAReferralButCannotHandItOn() {
        IdType task = network.referral(network.newPatient(), CLINIC);
        IGenericClient clinic = network.as("clinic-aoba");

        Task accepted = clinic.read().resource(Task.class).withId(task).execute().setStatus(Task.TaskStatus.ACCEPTED);
        clinic.update().resource(accepted).execute();
        assertThat(hospital.read().resource(Task.class).withId(task).execute().getStatus())
                .isEqualTo(Task.TaskStatus.ACCEPTED);

        Task handedOn = clinic.read().resource(Task.class).withId(task).execute().setOwner(new Reference(NURSING));
        assertThatThrownBy(() -> clinic.update().resource(handedOn).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("owner may change only");
    }

    @Test
    void theVisitingNursingStationReportsObservationsAboutPatientsInItsCareOnly() {
        IdType inCare = network.newPatient();
        network.consent(inCare, NURSING);
        IdType other = network.newPatient();
        IGenericClient nursing = network.as("visiting-nursing");

        assertThat(nursing.create().resource(vitalSign(inCare)).execute().getCreated()).isTrue();
        assertThatThrownBy(() -> nursing.create().resource(vitalSign(other)).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("patients in the care of");
    }

    @Test
    void aPartnerSendsCommunicationsInItsOwnNameOnly() {
        IdType patient = network.newPatient();
        network.consent(patient, CLINIC);
        IGenericClient clinic = network.as("clinic-aoba");

        assertThat(clinic.create().resource(message(patient, CLINIC)).execute().getCreated()).isTrue();
        assertThatThrownBy(() -> clinic.create().resource(message(patient, PartnerNetwork.HOSPITAL)).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("sender");
    }

    @Test
    void theCareManagerDoesNotRewriteTheHospitalsPlan() {
        IdType patient = network.newPatient();
        network.consent(patient, CARE_MANAGER);
        IdType plan = network.carePlan(patient, CARE_MANAGER);
        IGenericClient careManager = network.as("care-manager");

        CarePlan read = careManager.read().resource(CarePlan.class).withId(plan).execute();
        assertThatThrownBy(() -> careManager.update().resource(read.setTitle("書き換え")).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("only the Tasks it owns");
    }

    @Test
    void onlyTheAuditorAndTheHospitalReadTheAuditTrail() {
        assertThat(network.as("auditor").search().forResource(AuditEvent.class).returnBundle(Bundle.class)
                .execute()).isNotNull();
        Bundle clinicView = network.as("clinic-aoba").search().forResource(AuditEvent.class)
                .returnBundle(Bundle.class).execute();
        assertThat(clinicView.getEntry()).isEmpty();
        assertThat(clinicView.getLink(Bundle.LINK_NEXT)).isNull();
    }

    @Test
    void theHospitalStillReadsEveryPatient() {
        IdType stranger = network.newPatient();

        assertThat(hospital.read().resource(Patient.class).withId(stranger).execute().getIdPart())
                .isEqualTo(stranger.getIdPart());
    }

    static Observation vitalSign(IdType patient) {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setSubject(new Reference(patient));
        observation.getCode().setText("体温");
        return observation.setValue(new Quantity(36.8).setUnit("Cel"));
    }

    static Communication message(IdType patient, String sender) {
        Communication message = new Communication().setStatus(Communication.CommunicationStatus.COMPLETED)
                .setSubject(new Reference(patient)).setSender(new Reference(sender));
        message.addPayload().setContent(new StringType("受診予約を取りました"));
        return message;
    }

    static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .map(Resource::getIdElement).map(IdType::getIdPart).toList();
    }
}
