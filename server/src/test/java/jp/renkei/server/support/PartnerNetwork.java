package jp.renkei.server.support;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.Arrays;
import java.util.Date;
import jp.renkei.server.security.authserver.DemoPartners;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * The demo partners' organizations on the test server (which runs without the demo data), and the records the
 * hospital writes that open patients to them: consents, care teams with plans, referrals. Every patient is new, so
 * tests never see each other's data.
 */
public final class PartnerNetwork {

    public static final String HOSPITAL = "Organization/renkei-demo-hospital";
    public static final String CLINIC = "Organization/renkei-demo-clinic-aoba";
    public static final String CARE_MANAGER = "Organization/renkei-demo-care-manager-office";
    public static final String NURSING = "Organization/renkei-demo-visiting-nursing-station";

    private final int port;
    private final IGenericClient hospital;

    public PartnerNetwork(int port, IGenericClient hospital) {
        this.port = port;
        this.hospital = hospital;
        for (String organization : new String[] {HOSPITAL, CLINIC, CARE_MANAGER, NURSING}) {
            Organization stored = new Organization().setName(organization);
            stored.setId(organization);
            hospital.update().resource(stored).execute();
        }
    }

    /** A FHIR client acting as a demo partner ("clinic-aoba", "visiting-nursing" …) with all its scopes. */
    public IGenericClient as(String clientId) {
        String scopes = DemoPartners.DEFINITIONS.stream().filter(partner -> partner.clientId().equals(clientId))
                .findFirst().orElseThrow().scopes();
        return as(clientId, scopes);
    }

    public IGenericClient as(String clientId, String scopes) {
        return FhirClients.as(port, SmartBackend.of(port, SmartBackend.TEST_KEY_DIR, clientId, scopes));
    }

    public SmartBackend backend(String clientId) {
        String scopes = DemoPartners.DEFINITIONS.stream().filter(partner -> partner.clientId().equals(clientId))
                .findFirst().orElseThrow().scopes();
        return SmartBackend.of(port, SmartBackend.TEST_KEY_DIR, clientId, scopes);
    }

    public IdType newPatient() {
        return create(TestPatients.yamadaTaro(TestPatients.newPatientId()));
    }

    /** An active consent of the patient to share with the organizations, since yesterday. */
    public IdType consent(IdType patient, String... organizations) {
        Consent consent = new Consent().setStatus(Consent.ConsentState.ACTIVE).setPatient(new Reference(patient))
                .setDateTime(new Date());
        consent.getScope().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/consentscope")
                .setCode("patient-privacy");
        consent.addCategory().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/v3-ActCode")
                .setCode("IDSCL");
        consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT).getPeriod()
                .setStartElement(new DateTimeType(new Date(System.currentTimeMillis() - 86_400_000L)));
        Arrays.stream(organizations).forEach(organization -> consent.getProvision().addActor()
                .setReference(new Reference(organization)).getRole().addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/v3-ParticipationType").setCode("IRCP"));
        return create(consent);
    }

    /** 同意の撤回: the consent becomes inactive (the record is kept). */
    public void withdraw(IdType consent) {
        Consent stored = hospital.read().resource(Consent.class).withId(consent).execute();
        hospital.update().resource(stored.setStatus(Consent.ConsentState.INACTIVE)).execute();
    }

    /** An active support plan of the patient with an active care team of the organizations. */
    public IdType carePlan(IdType patient, String... organizations) {
        CareTeam team = new CareTeam().setStatus(CareTeam.CareTeamStatus.ACTIVE).setSubject(new Reference(patient));
        Arrays.stream(organizations).forEach(organization -> team.addParticipant()
                .setMember(new Reference(organization)));
        IdType teamId = create(team);
        CarePlan plan = new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE)
                .setIntent(CarePlan.CarePlanIntent.PLAN).setTitle("支援計画書").setSubject(new Reference(patient));
        plan.addCareTeam(new Reference(teamId));
        return create(plan);
    }

    /** A referral (ServiceRequest + Task) of the patient to the organization. */
    public IdType referral(IdType patient, String organization) {
        ServiceRequest request = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER).setSubject(new Reference(patient));
        request.addPerformer(new Reference(organization));
        IdType requestId = create(request);
        return create(new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
                .setFor(new Reference(patient)).setFocus(new Reference(requestId))
                .setRequester(new Reference(HOSPITAL)).setOwner(new Reference(organization)));
    }

    public IdType observation(IdType patient) {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setSubject(new Reference(patient));
        observation.getCode().setText("血清カリウム");
        return create(observation.setValue(new Quantity(4.1).setUnit("mmol/L")));
    }

    public IdType create(Resource resource) {
        return ((IdType) hospital.create().resource(resource).execute().getId()).toUnqualifiedVersionless();
    }
}
