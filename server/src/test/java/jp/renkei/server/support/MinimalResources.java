package jp.renkei.server.support;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.hl7.fhir.r4.model.*;

/**
 * One small but valid instance of each resource type Renkei must store, all about one patient of one hospital.
 * References point to resources that exist on the server (referential integrity is enforced on write).
 */
public record MinimalResources(Reference patient, Reference hospital, Reference doctor) {

    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

    public List<Resource> all() {
        return List.of(practitionerRole(), encounter(), condition(), allergy(), medicationRequest(),
                medicationAdministration(), observation(), diagnosticReport(), carePlan(), careTeam(), goal(),
                serviceRequest(), task(), communication(), documentReference(), composition(), documentBundle(),
                consent(), provenance(), subscription(), binary(), coverage());
    }

    private PractitionerRole practitionerRole() {
        return new PractitionerRole().setPractitioner(doctor).setOrganization(hospital);
    }

    private Encounter encounter() {
        return new Encounter().setStatus(Encounter.EncounterStatus.INPROGRESS)
                .setClass_(new Coding(ACT_CODE, "IMP", "inpatient encounter")).setSubject(patient);
    }

    private Condition condition() {
        Condition condition = new Condition().setSubject(patient);
        condition.getCode().setText("誤嚥性肺炎");
        return condition;
    }

    private AllergyIntolerance allergy() {
        AllergyIntolerance allergy = new AllergyIntolerance().setPatient(patient);
        allergy.getCode().setText("ペニシリン");
        return allergy;
    }

    private MedicationRequest medicationRequest() {
        return new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
                .setIntent(MedicationRequest.MedicationRequestIntent.ORDER)
                .setMedication(new CodeableConcept().setText("アムロジピン錠5mg")).setSubject(patient);
    }

    private MedicationAdministration medicationAdministration() {
        return new MedicationAdministration()
                .setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED)
                .setMedication(new CodeableConcept().setText("セファゾリン注1g")).setSubject(patient)
                .setEffective(new DateTimeType(new Date()));
    }

    private Observation observation() {
        Observation observation = new Observation().setStatus(Observation.ObservationStatus.FINAL).setSubject(patient);
        observation.getCode().setText("血清カリウム");
        return observation.setValue(new Quantity(4.1).setUnit("mmol/L"));
    }

    private DiagnosticReport diagnosticReport() {
        DiagnosticReport report = new DiagnosticReport().setStatus(DiagnosticReport.DiagnosticReportStatus.FINAL)
                .setSubject(patient);
        report.getCode().setText("血液検査");
        return report;
    }

    private CarePlan carePlan() {
        return new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE).setIntent(CarePlan.CarePlanIntent.PLAN)
                .setTitle("支援計画書").setSubject(patient);
    }

    private CareTeam careTeam() {
        CareTeam team = new CareTeam().setName("退院支援チーム").setSubject(patient);
        team.addParticipant().setMember(hospital);
        return team;
    }

    private Goal goal() {
        Goal goal = new Goal().setLifecycleStatus(Goal.GoalLifecycleStatus.ACTIVE).setSubject(patient);
        goal.getDescription().setText("自宅で安全に生活できる");
        return goal;
    }

    private ServiceRequest serviceRequest() {
        ServiceRequest referral = new ServiceRequest().setStatus(ServiceRequest.ServiceRequestStatus.ACTIVE)
                .setIntent(ServiceRequest.ServiceRequestIntent.ORDER).setSubject(patient).setRequester(doctor);
        referral.addCategory().addCoding().setSystem("http://snomed.info/sct").setCode("3457005").setDisplay("Patient referral");
        referral.addPerformer(hospital);
        return referral;
    }

    private Task task() {
        return new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER).setFor(patient)
                .setOwner(hospital);
    }

    private Communication communication() {
        Communication message = new Communication().setStatus(Communication.CommunicationStatus.COMPLETED)
                .setSubject(patient).setSender(hospital);
        message.addPayload().setContent(new StringType("退院日が決まりました"));
        return message;
    }

    private DocumentReference documentReference() {
        DocumentReference reference = new DocumentReference()
                .setStatus(Enumerations.DocumentReferenceStatus.CURRENT).setSubject(patient);
        reference.addContent().getAttachment().setContentType("text/plain").setData("連携シート".getBytes(StandardCharsets.UTF_8));
        return reference;
    }

    private Composition composition() {
        Composition composition = new Composition().setStatus(Composition.CompositionStatus.FINAL)
                .setDate(new Date()).setTitle("連携シート").setSubject(patient);
        composition.getType().setText("連携シート");
        composition.addAuthor(doctor);
        return composition;
    }

    private Bundle documentBundle() {
        Bundle document = new Bundle().setType(Bundle.BundleType.DOCUMENT).setTimestamp(new Date());
        document.getIdentifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + java.util.UUID.randomUUID());
        Composition composition = composition();
        composition.setSubject(new Reference("urn:uuid:0a4b0a5e-0000-4000-8000-000000000002"));
        composition.setAuthor(List.of(new Reference("urn:uuid:0a4b0a5e-0000-4000-8000-000000000003")));
        document.addEntry().setFullUrl("urn:uuid:0a4b0a5e-0000-4000-8000-000000000001").setResource(composition);
        document.addEntry().setFullUrl("urn:uuid:0a4b0a5e-0000-4000-8000-000000000002")
                .setResource(TestPatients.yamadaTaro(TestPatients.newPatientId()));
        document.addEntry().setFullUrl("urn:uuid:0a4b0a5e-0000-4000-8000-000000000003")
                .setResource(new Practitioner().addName(new HumanName().setFamily("佐藤")));
        return document;
    }

    private Consent consent() {
        Consent consent = new Consent().setStatus(Consent.ConsentState.ACTIVE).setPatient(patient);
        consent.getScope().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/consentscope").setCode("patient-privacy");
        consent.addCategory().addCoding().setSystem("http://loinc.org").setCode("59284-0");
        consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT).addActor()
                .setReference(hospital).getRole().addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/v3-ParticipationType").setCode("IRCP");
        return consent;
    }

    private Provenance provenance() {
        Provenance provenance = new Provenance().setRecorded(new Date());
        provenance.addTarget(patient);
        provenance.addAgent().setWho(doctor);
        return provenance;
    }

    private Subscription subscription() {
        Subscription subscription = new Subscription().setStatus(Subscription.SubscriptionStatus.OFF)
                .setReason("紹介状の到着を知らせる").setCriteria("Task?status=requested");
        subscription.getChannel().setType(Subscription.SubscriptionChannelType.RESTHOOK)
                .setEndpoint("https://clinic.example.jp/fhir-notify").setPayload("application/fhir+json");
        return subscription;
    }

    private Binary binary() {
        return new Binary().setContentType("application/pdf").setData("%PDF-1.4 demo".getBytes(StandardCharsets.US_ASCII));
    }

    private Coverage coverage() {
        Coverage coverage = new Coverage().setStatus(Coverage.CoverageStatus.ACTIVE).setBeneficiary(patient);
        coverage.addPayor(hospital);
        return coverage;
    }
}
