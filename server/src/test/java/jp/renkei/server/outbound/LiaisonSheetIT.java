package jp.renkei.server.outbound;

import static jp.renkei.server.support.PartnerNetwork.CARE_MANAGER;
import static jp.renkei.server.support.PartnerNetwork.CLINIC;
import static jp.renkei.server.support.PartnerNetwork.NURSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.renkei.profiles.LiaisonSectionTable;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.PartnerNetwork;
import jp.renkei.server.support.PlainRequests;
import jp.renkei.server.support.PlainRequests.Fetched;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code Patient/{id}/$liaison-sheet} over HTTP as the hospital and as partners: the sections each kind of partner
 * gets, the three forms, filing for the recipient, and the consent rule (a recipient without consent gets nothing).
 */
@RenkeiServerTest
class LiaisonSheetIT {

    private static final String PROFILE = "http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet";
    private static final LiaisonSectionTable SECTIONS = LiaisonSectionTable.fromRenkeiPackage(FhirClients.FHIR);

    private final IGenericClient hospital;
    private final PartnerNetwork network;
    private final int port;
    private final String supportCenter;

    LiaisonSheetIT(IGenericClient hospital) {
        this.hospital = hospital;
        this.port = URI.create(hospital.getServerBase()).getPort();
        this.network = new PartnerNetwork(port, hospital);
        this.supportCenter = "Organization/" + network.create(new Organization().setName("青葉地域包括支援センター"))
                .getIdPart();
    }

    @ParameterizedTest
    @CsvSource({"clinic", "care-manager", "visiting-nursing", "community-support-center"})
    void eachKindOfPartnerGetsExactlyItsSectionsInAValidDocument(String kind) {
        IdType patient = patientWithARecord();
        network.consent(patient, CLINIC, CARE_MANAGER, NURSING, supportCenter);

        Bundle sheet = sheet(patient, recipientOf(kind), kind);

        Composition composition = (Composition) sheet.getEntryFirstRep().getResource();
        assertThat(sheet.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(composition.getSection().stream().map(section -> section.getCode().getCodingFirstRep().getCode()))
                .containsExactlyInAnyOrderElementsOf(SECTIONS.sectionsFor(kind));
        assertThat(errorsValidating(sheet)).isEmpty();
        Set<String> types = sheet.getEntry().stream().map(entry -> entry.getResource().fhirType())
                .collect(Collectors.toSet());
        if (kind.equals("community-support-center")) {
            assertThat(types).as("no medical detail for a community support center")
                    .doesNotContain("Condition", "MedicationRequest", "AllergyIntolerance");
        } else {
            assertThat(FhirClients.FHIR.newJsonParser().encodeResourceToString(sheet))
                    .contains("慢性心不全", "フロセミド錠20mg").doesNotContain("急性虫垂炎");
            assertThat(sheet.getEntry().stream().map(entry -> entry.getResource()).filter(Encounter.class::isInstance)
                    .map(admission -> ((Encounter) admission).getPeriod().getStartElement().getValueAsString()))
                    .as("the latest admission").containsExactly("2025-04-01");
        }
    }

    @Test
    void theSheetIsAnHtmlPageOrAPdfByFormatOrAccept() throws IOException {
        IdType patient = patientWithARecord();
        network.consent(patient, CLINIC);
        String path = "Patient/" + patient.getIdPart() + "/$liaison-sheet?recipient=" + CLINIC + "&kind=clinic";

        Fetched html = get(path + "&_format=html", "*/*");
        Fetched browser = get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        Fetched pdf = get(path, "application/pdf");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).contains("山田", "太郎", "慢性心不全", "フロセミド錠20mg");
        assertThat(browser.contentType()).as("a browser gets the page").startsWith("text/html");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("山田", "慢性心不全", "フロセミド錠20mg");
        }
    }

    @Test
    void aRecipientWithoutConsentGetsNothing() {
        IdType patient = patientWithARecord();
        IdType consent = network.consent(patient, CLINIC);

        Fetched noConsent = get(sheetPath(patient, NURSING, "visiting-nursing"), "application/fhir+json");
        network.withdraw(consent);
        Fetched withdrawn = get(sheetPath(patient, CLINIC, "clinic"), "application/pdf");

        assertThat(noConsent.status()).isEqualTo(403);
        assertThat(noConsent.text()).contains("OperationOutcome", NURSING, "no consent in force");
        assertThat(withdrawn.status()).isEqualTo(403);
        assertThat(withdrawn.text()).doesNotContain("慢性心不全");
    }

    @Test
    void aRecipientOnTheCareTeamOfThePatientsPlanMayReceiveIt() {
        IdType patient = patientWithARecord();
        network.consent(patient, CLINIC);
        network.carePlan(patient, NURSING);

        assertThat(get(sheetPath(patient, NURSING, "visiting-nursing"), "text/html").status()).isEqualTo(200);
        assertThat(get(sheetPath(patient, CARE_MANAGER, "care-manager"), "text/html").status()).isEqualTo(403);
    }

    @Test
    void badParametersAreNamed() {
        IdType patient = patientWithARecord();
        network.consent(patient, CLINIC);

        Fetched unknownKind = get(sheetPath(patient, CLINIC, "doctor"), "application/fhir+json");
        Fetched notAnOrganization = get(sheetPath(patient, "Patient/" + patient.getIdPart(), "clinic"),
                "application/fhir+json");
        Fetched noRecipient = get(sheetPath(patient, "Organization/renkei-test-nowhere", "clinic"),
                "application/fhir+json");
        Fetched noPatient = get(sheetPath(new IdType("Patient/renkei-test-nobody"), CLINIC, "clinic"),
                "application/fhir+json");

        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.text()).contains("kind", "care-manager", "visiting-nursing");
        assertThat(notAnOrganization.status()).isEqualTo(400);
        assertThat(notAnOrganization.text()).contains("recipient must be Organization/<id>");
        assertThat(noRecipient.status()).isEqualTo(400);
        assertThat(noRecipient.text()).contains("Organization/renkei-test-nowhere does not exist");
        assertThat(noPatient.status()).isEqualTo(404);
    }

    @Test
    void partnersPullTheSheetsFiledForThemAndNotAnotherPartners() {
        IdType patient = patientWithARecord();
        network.consent(patient, CLINIC, CARE_MANAGER);
        Fetched refused = PlainRequests.get(network.backend("clinic-aoba"), hospital.getServerBase(),
                sheetPath(patient, CLINIC, "clinic"), "application/fhir+json");

        Bundle filed = hospital.operation().onInstance(patient).named("$liaison-sheet")
                .withParameter(Parameters.class, "recipient",
                        new StringType(CARE_MANAGER))
                .andParameter("kind", new CodeType("care-manager"))
                .andParameter("persist", new BooleanType(true))
                .useHttpGet().returnResourceType(Bundle.class).execute();

        IGenericClient careManager = network.as("care-manager");
        List<DocumentReference> sheets = resources(careManager.search()
                .byUrl("DocumentReference?patient=" + patient.getIdPart()).returnBundle(Bundle.class).execute(),
                DocumentReference.class);
        assertThat(refused.status()).as("partners do not make sheets").isEqualTo(403);
        assertThat(sheets).hasSize(1);
        DocumentReference sheet = sheets.get(0);
        assertThat(sheet.getContent().get(0).getAttachment().getContentType()).isEqualTo("application/pdf");
        assertThat(new String(sheet.getContent().get(0).getAttachment().getData(), 0, 5)).isEqualTo("%PDF-");
        assertThat(sheet.getContent().get(1).getAttachment().getUrl()).isEqualTo("Bundle/" + filed.getIdPart());
        assertThat(hospital.read().resource(Bundle.class).withId(filed.getIdPart()).execute().getIdentifier()
                .getValue()).isEqualTo(filed.getIdentifier().getValue());
        List<Communication> announced = resources(careManager.search()
                .byUrl("Communication?recipient=" + CARE_MANAGER + "&subject=" + patient.getIdPart())
                .returnBundle(Bundle.class).execute(), Communication.class);
        assertThat(announced).extracting(message -> message.getPayloadFirstRep().getContentReference().getReference())
                .containsExactly("DocumentReference/" + sheet.getIdElement().getIdPart());
        assertThat(network.as("clinic-aoba").search().byUrl("DocumentReference?patient=" + patient.getIdPart())
                .returnBundle(Bundle.class).execute().getEntry())
                .as("another partner of the same patient does not get the care manager's sheet").isEmpty();
    }

    @Test
    void aNewSheetReplacesTheOneFiledEarlierForTheSameRecipient() throws InterruptedException {
        IdType patient = patientWithARecord();
        network.consent(patient, CLINIC, CARE_MANAGER);
        String forClinic = file(patient, CLINIC, "clinic").getIdPart();
        String first = file(patient, CARE_MANAGER, "care-manager").getIdPart();
        String second = first;
        while (second.equals(first)) { // a sheet's id depends on when it was issued, to the second
            Thread.sleep(200);
            second = file(patient, CARE_MANAGER, "care-manager").getIdPart();
        }
        String again = file(patient, CARE_MANAGER, "care-manager").getIdPart();

        IGenericClient careManager = network.as("care-manager");
        List<DocumentReference> current = resources(careManager.search()
                .byUrl("DocumentReference?status=current&patient=" + patient.getIdPart())
                .returnBundle(Bundle.class).execute(), DocumentReference.class);
        DocumentReference replaced = careManager.read().resource(DocumentReference.class).withId(first).execute();
        assertThat(current).extracting(sheet -> sheet.getIdElement().getIdPart())
                .as("only the latest sheet is current").containsExactly(again);
        assertThat(current.get(0).getRelatesTo()).extracting(relation -> relation.getCode().toCode(),
                        relation -> relation.getTarget().getReference())
                .as("the latest replaces the one before it, which replaced the first")
                .containsExactly(tuple("replaces", "DocumentReference/"
                        + (again.equals(second) ? first : second)));
        assertThat(replaced.getStatus()).isEqualTo(DocumentReferenceStatus.SUPERSEDED);
        assertThat(network.as("clinic-aoba").read().resource(DocumentReference.class).withId(forClinic).execute()
                .getStatus()).as("another recipient's sheet stays current")
                .isEqualTo(DocumentReferenceStatus.CURRENT);
    }

    private IdType file(IdType patient, String recipient, String kind) {
        return hospital.operation().onInstance(patient).named("$liaison-sheet")
                .withParameter(Parameters.class, "recipient", new StringType(recipient))
                .andParameter("kind", new CodeType(kind))
                .andParameter("persist", new BooleanType(true))
                .useHttpGet().returnResourceType(Bundle.class).execute().getIdElement();
    }

    @Test
    void theAuditTrailNamesThePatientOfTheSheet() {
        IdType patient = patientWithARecord();
        network.consent(patient, CLINIC);
        assertThat(get(sheetPath(patient, CLINIC, "clinic"), "text/html").status()).isEqualTo(200);

        IGenericClient auditor = FhirClients.as(port,
                SmartBackend.of(port, SmartBackend.TEST_KEY_DIR, "auditor", "system/AuditEvent.rs"));
        List<AuditEvent> events = resources(auditor.search()
                .byUrl("AuditEvent?patient=" + patient.getIdPart() + "&subtype=operation")
                .returnBundle(Bundle.class).execute(), AuditEvent.class);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
    }

    private IdType patientWithARecord() {
        IdType patient = network.newPatient();
        Reference subject = new Reference(patient);
        Condition heartFailure = new Condition().setSubject(subject);
        heartFailure.getClinicalStatus().addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/condition-clinical").setCode("active");
        heartFailure.getVerificationStatus().addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/condition-ver-status").setCode("confirmed");
        heartFailure.getCode().setText("慢性心不全");
        network.create(heartFailure);
        Condition healed = new Condition().setSubject(subject);
        healed.getClinicalStatus().addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/condition-clinical").setCode("resolved");
        healed.getCode().setText("急性虫垂炎");
        network.create(healed); // the record is read whole; what is over stays out of the sheet
        MedicationRequest diuretic = new MedicationRequest().setStatus(MedicationRequest.MedicationRequestStatus.ACTIVE)
                .setIntent(MedicationRequest.MedicationRequestIntent.ORDER).setSubject(subject);
        diuretic.getMedicationCodeableConcept().setText("フロセミド錠20mg");
        diuretic.addDosageInstruction().setText("1回1錠 1日1回 朝食後");
        network.create(diuretic);
        for (String day : new String[] {"2025-01-10", "2025-04-01"}) {
            Encounter admission = new Encounter().setStatus(Encounter.EncounterStatus.FINISHED).setSubject(subject);
            admission.getClass_().setSystem("http://terminology.hl7.org/CodeSystem/v3-ActCode").setCode("IMP");
            admission.getPeriod().setStartElement(new DateTimeType(day));
            network.create(admission); // two: the sheet takes the latest (a search limited by _count)
        }
        AllergyIntolerance allergy = new AllergyIntolerance().setPatient(subject);
        allergy.getClinicalStatus().addCoding()
                .setSystem("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical").setCode("active");
        allergy.getCode().setText("ペニシリン系抗菌薬");
        network.create(allergy);
        return patient;
    }

    private String recipientOf(String kind) {
        return switch (kind) {
            case "clinic" -> CLINIC;
            case "care-manager" -> CARE_MANAGER;
            case "visiting-nursing" -> NURSING;
            default -> supportCenter;
        };
    }

    private Bundle sheet(IdType patient, String recipient, String kind) {
        Fetched answer = get(sheetPath(patient, recipient, kind), "application/fhir+json");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        return FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, answer.text());
    }

    private List<String> errorsValidating(Bundle sheet) {
        PlainRequests.Answer answer = PlainRequests.post(hospital, "Bundle/$validate?profile=" + PROFILE,
                "application/fhir+json", FhirClients.FHIR.newJsonParser().encodeResourceToString(sheet));
        OperationOutcome outcome = FhirClients.FHIR.newJsonParser().parseResource(OperationOutcome.class,
                answer.body());
        return outcome.getIssue().stream()
                .filter(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR
                        || issue.getSeverity() == OperationOutcome.IssueSeverity.FATAL)
                .map(issue -> issue.getExpression() + ": " + issue.getDiagnostics()).toList();
    }

    private static String sheetPath(IdType patient, String recipient, String kind) {
        return "Patient/" + patient.getIdPart() + "/$liaison-sheet?recipient=" + recipient + "&kind=" + kind;
    }

    private Fetched get(String path, String accept) {
        return PlainRequests.get(SmartBackend.hospitalEhr(port), hospital.getServerBase(), path, accept);
    }

    private static <T> List<T> resources(Bundle bundle, Class<T> type) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).filter(type::isInstance)
                .map(type::cast).toList();
    }
}
