package jp.renkei.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jp.renkei.mapping.document.DocumentTransactionBuilder;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.PlainRequests;
import jp.renkei.server.support.PlainRequests.Answer;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

/** {@code POST $ingest-document}: JP-CLINS documents filed whole, indexed, their entries in the patient's record. */
@RenkeiServerTest
class DocumentIngestIT {

    private final IGenericClient client;

    DocumentIngestIT(IGenericClient client) {
        this.client = client;
    }

    @Test
    void filesTheClinsReferralAsReceivedIndexedAndItsEntriesInThePatientsRecord() {
        TestDocument referral = TestDocument.fresh(TestDocument.CLINS_REFERRAL);

        Parameters summary = ingested(referral);

        assertThat(count(summary, "created")).isEqualTo(1 + 1 + 16 + 1);
        assertThat(outcome(summary).getIssueFirstRep().getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.INFORMATION);
        Bundle stored = client.read().resource(Bundle.class).withId(reference(summary, "bundle")).execute();
        assertThat(json(withoutServerMetadata(stored))).isEqualTo(json(withoutServerMetadata(referral.bundle())));
        String patient = patientId(referral);
        DocumentReference index = single(search("DocumentReference?patient=" + patient + "&type=57133-1"), DocumentReference.class);
        assertThat(index.getIdElement().toUnqualifiedVersionless().getValue()).isEqualTo(reference(summary, "documentReference"));
        assertThat(index.getContentFirstRep().getAttachment().getUrl()).isEqualTo(reference(summary, "bundle"));
        assertThat(index.getMasterIdentifier().getValue()).isEqualTo(referral.bundle().getIdentifier().getValue());
        assertThat(index.getStatus().toCode()).isEqualTo("current");
        assertThat(index.getAuthor()).extracting(Reference::getReference).allMatch(r -> r.startsWith("Practitioner/") || r.startsWith("Organization/"));
        assertThat(search("Condition?patient=" + patient).getEntry()).hasSize(5);
        assertThat(search("AllergyIntolerance?patient=" + patient).getEntry()).hasSize(3);
        assertThat(search("Observation?patient=" + patient).getEntry()).hasSize(1);
    }

    @Test
    void filesTheDischargeSummaryWithItsAdmissionPrescriptionAndResults() {
        TestDocument summary = TestDocument.fresh(TestDocument.DISCHARGE_SUMMARY);

        ingested(summary);

        String patient = patientId(summary);
        assertThat(search("DocumentReference?patient=" + patient + "&type=18842-5").getEntry()).hasSize(1);
        assertThat(search("Encounter?patient=" + patient).getEntry()).hasSize(1);
        assertThat(search("Condition?patient=" + patient).getEntry()).hasSize(1);
        assertThat(search("AllergyIntolerance?patient=" + patient).getEntry()).hasSize(1);
        assertThat(search("MedicationRequest?patient=" + patient).getEntry()).hasSize(1);
        assertThat(search("Observation?patient=" + patient).getEntry()).hasSize(1);
    }

    @Test
    void postingTheSameDocumentTwiceChangesNothing() {
        TestDocument referral = TestDocument.fresh(TestDocument.STANDALONE_REFERRAL);

        Parameters first = ingested(referral);
        Parameters again = ingested(referral);

        assertThat(count(again, "created")).isZero();
        assertThat(count(again, "updated")).isZero();
        assertThat(count(again, "unchanged")).isEqualTo(count(first, "created")).isPositive();
        String patient = patientId(referral);
        assertThat(search("Condition?patient=" + patient).getEntry()).hasSize(5);
        assertThat(search("AllergyIntolerance?patient=" + patient).getEntry()).hasSize(2);
        assertThat(search("DocumentReference?patient=" + patient + "&type=57133-1").getEntry()).hasSize(1);
    }

    @Test
    void aReDeliveryIsAnsweredWithTheOutcomeKeptWhenItWasFiledAndRewritesNothing() {
        TestDocument referral = TestDocument.fresh(TestDocument.STANDALONE_REFERRAL);

        Parameters first = ingested(referral);
        Parameters again = ingested(referral);

        assertThat(json(outcome(again))).isEqualTo(json(outcome(first)));
        assertThat(reference(again, "bundle")).isEqualTo(reference(first, "bundle"));
        assertThat(reference(again, "documentReference")).isEqualTo(reference(first, "documentReference"));
        assertThat(client.read().resource(Bundle.class).withId(reference(again, "bundle")).execute()
                .getMeta().getVersionId()).isEqualTo("1");
        assertThat(client.read().resource(DocumentReference.class).withId(reference(again, "documentReference"))
                .execute().getMeta().getVersionId()).isEqualTo("1");
    }

    @Test
    void aDocumentChangedUnderTheSameIdentifierIsFiledAgain() {
        TestDocument referral = TestDocument.fresh(TestDocument.STANDALONE_REFERRAL);
        ingested(referral);
        referral.composition().setTitle(referral.composition().getTitle() + " (corrected)");

        Parameters again = ingested(referral);

        assertThat(count(again, "updated")).isPositive();
        Bundle filed = client.read().resource(Bundle.class).withId(reference(again, "bundle")).execute();
        assertThat(json(withoutServerMetadata(filed))).isEqualTo(json(withoutServerMetadata(referral.bundle())));
    }

    @Test
    void reusesThePatientAlreadyInTheRecord() {
        TestDocument summary = TestDocument.fresh(TestDocument.DISCHARGE_SUMMARY);
        Patient existing = TestPatients.yamadaTaro(summary.patientIdentifier().getValue());
        existing.getIdentifierFirstRep().setSystem(summary.patientIdentifier().getSystem());
        String existingId = client.create().resource(existing).execute().getId().toUnqualifiedVersionless().getValue();

        ingested(summary);

        assertThat(search("Patient?identifier=" + summary.patientIdentifierToken()).getEntry()).singleElement()
                .satisfies(entry -> assertThat(entry.getResource().getIdElement().toUnqualifiedVersionless().getValue())
                        .isEqualTo(existingId));
        assertThat(client.read().resource(Patient.class).withId(existingId).execute().getNameFirstRep().getFamily())
                .as("the record's patient is not changed by the document").isEqualTo("山田");
        assertThat(search("MedicationRequest?patient=" + existingId).getEntry()).hasSize(1);
    }

    @Test
    void aNewVersionReplacesTheIndexAndUpdatesTheEntries() {
        TestDocument first = TestDocument.fresh(TestDocument.DISCHARGE_SUMMARY);
        TestDocument second = first.nextVersion("2");
        Condition diagnosis = (Condition) second.bundle().getEntry().stream().map(e -> e.getResource())
                .filter(Condition.class::isInstance).findFirst().orElseThrow();
        diagnosis.getCode().setText("誤嚥性肺炎(再評価)");

        ingested(first);
        Parameters replaced = ingested(second);

        assertThat(count(replaced, "updated")).isEqualTo(2); // the DocumentReference and the Condition
        String patient = patientId(first);
        DocumentReference index = single(search("DocumentReference?patient=" + patient + "&type=18842-5"), DocumentReference.class);
        assertThat(index.getMasterIdentifier().getValue()).isEqualTo(second.bundle().getIdentifier().getValue());
        assertThat(index.getContentFirstRep().getAttachment().getUrl()).isEqualTo(reference(replaced, "bundle"));
        assertThat(single(search("Condition?patient=" + patient), Condition.class).getCode().getText())
                .isEqualTo("誤嚥性肺炎(再評価)");
        assertThat(search("Bundle?identifier=" + first.identifierToken()).getEntry()).as("the first version is kept").hasSize(1);
    }

    @Test
    void filesAnotherKindOfDocumentUnderTheSameCompositionIdentifierAsADocumentOfItsOwn() {
        // The JP-CLINS referral and care summary (療養計画書) examples share patient and Composition identifier.
        TestDocument referral = TestDocument.fresh(TestDocument.CLINS_REFERRAL);
        TestDocument careSummary = referral.sameIdentifiers(TestDocument.CLINS_CARE_SUMMARY);

        Parameters first = ingested(referral);
        Parameters second = ingested(careSummary);

        assertThat(reference(second, "documentReference")).isNotEqualTo(reference(first, "documentReference"));
        Bundle indexes = search("DocumentReference?patient=" + patientId(referral));
        assertThat(indexes.getEntry()).extracting(entry -> ((DocumentReference) entry.getResource())
                        .getType().getCodingFirstRep().getCode())
                .containsExactlyInAnyOrder("57133-1", careSummary.composition().getType().getCodingFirstRep().getCode());
        assertThat(indexes.getEntry()).allSatisfy(entry ->
                assertThat(((DocumentReference) entry.getResource()).getStatus().toCode()).isEqualTo("current"));
    }

    @Test
    void refusesALateEarlierVersionSoThatTheFiledOneStays() {
        TestDocument first = TestDocument.fresh(TestDocument.DISCHARGE_SUMMARY);
        TestDocument second = first.nextVersion("2");
        ingested(second);

        Answer late = post(first);

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body()).contains("Version 1 of document").contains("earlier than version 2");
        DocumentReference index = single(search("DocumentReference?patient=" + patientId(first) + "&type=18842-5"),
                DocumentReference.class);
        assertThat(index.getMasterIdentifier().getValue()).isEqualTo(second.bundle().getIdentifier().getValue());
        assertThat(search("Bundle?identifier=" + first.identifierToken()).getEntry()).isEmpty();
    }

    @Test
    void refusesADocumentWithoutCompositionFirstNamingItAndStoresNothing() {
        TestDocument referral = TestDocument.fresh(TestDocument.CLINS_REFERRAL);
        referral.bundle().getEntry().remove(0);

        assertRefused(referral, "Bundle.entry[0].resource", "the first entry must be the Composition");
    }

    @Test
    void refusesADocumentWhoseSubjectIsNotInTheBundle() {
        TestDocument referral = TestDocument.fresh(TestDocument.CLINS_REFERRAL);
        referral.composition().getSubject().setReference("urn:uuid:00000000-0000-0000-0000-000000000000");

        assertRefused(referral, "Bundle.entry[0].resource.subject", "must refer to a Patient entry");
    }

    @Test
    void refusesADocumentWithoutIdentifier() {
        TestDocument referral = TestDocument.fresh(TestDocument.DISCHARGE_SUMMARY);
        String patient = referral.patientIdentifierToken();
        referral.bundle().setIdentifier(null);

        Answer answer = post(referral);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("Bundle.identifier");
        assertThat(search("Patient?identifier=" + patient).getEntry()).isEmpty();
    }

    @Test
    void storesNothingOfADocumentWhenOneEntryCannotBeStored() {
        TestDocument summary = TestDocument.fresh(TestDocument.DISCHARGE_SUMMARY);
        // The server holds references it indexes to existing resources: this one cannot be stored.
        ((Condition) summary.bundle().getEntry().get(5).getResource()).setEncounter(new Reference("Encounter/not-on-this-server"));

        Answer answer = post(summary);

        assertThat(answer.status()).isBetween(400, 499);
        assertThat(answer.body()).contains("not-on-this-server");
        assertThat(search("Patient?identifier=" + summary.patientIdentifierToken()).getEntry()).isEmpty();
        assertThat(search("Bundle?identifier=" + summary.identifierToken()).getEntry()).isEmpty();
    }

    @Test
    void keepsAUsableDocumentThatDoesNotConformWithItsOutcomeWhileAPlainPostOfItIsStillRefused() {
        TestDocument referral = TestDocument.fresh(TestDocument.STANDALONE_REFERRAL);

        Parameters summary = ingested(referral);

        OperationOutcome returned = outcome(summary);
        assertThat(returned.getIssue()).isNotEmpty().allMatch(issue -> issue.getSeverity() == OperationOutcome.IssueSeverity.ERROR);
        DocumentReference index = client.read().resource(DocumentReference.class)
                .withId(reference(summary, "documentReference")).execute();
        Reference kept = (Reference) index.getExtensionByUrl(DocumentTransactionBuilder.VALIDATION_OUTCOME_EXTENSION).getValue();
        OperationOutcome contained = (OperationOutcome) index.getContained().stream()
                .filter(r -> kept.getReference().equals("#" + r.getIdElement().getIdPart())).findFirst().orElseThrow();
        assertThat(contained.getIssue()).hasSameSizeAs(returned.getIssue());
        assertThatThrownBy(() -> client.create().resource(TestDocument.fresh(TestDocument.STANDALONE_REFERRAL).bundle()).execute())
                .isInstanceOf(UnprocessableEntityException.class);
    }

    @Test
    void reportsAnElementTheParserDropsInTheOutcomeOfTheDocumentAsReceived() {
        TestDocument referral = TestDocument.fresh(TestDocument.CLINS_REFERRAL);
        String misspelt = referral.json().replaceFirst("\\{\"resourceType\":\"Patient\",",
                "{\"resourceType\":\"Patient\",\"gendr\":\"male\",");
        assertThat(misspelt).contains("gendr");

        Answer answer = PlainRequests.post(client, "$ingest-document", "application/fhir+json", misspelt);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Parameters summary = FhirClients.FHIR.newJsonParser().parseResource(Parameters.class, answer.body());
        assertThat(outcome(summary).getIssue()).anySatisfy(issue -> {
            assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.ERROR);
            assertThat(issue.getDiagnostics()).contains("gendr");
        });
        assertThat(search("Patient?identifier=" + referral.patientIdentifierToken()).getEntry()).hasSize(1);
    }

    private void assertRefused(TestDocument document, String location, String reason) {
        Answer answer = post(document);

        assertThat(answer.status()).isEqualTo(400);
        OperationOutcome outcome = FhirClients.FHIR.newJsonParser().parseResource(OperationOutcome.class, answer.body());
        assertThat(outcome.getIssue()).anySatisfy(issue -> {
            assertThat(issue.getExpression()).extracting(e -> e.getValue()).contains(location);
            assertThat(issue.getDiagnostics()).contains(reason);
        });
        assertThat(search("Patient?identifier=" + document.patientIdentifierToken()).getEntry()).isEmpty();
        assertThat(search("Bundle?identifier=" + document.identifierToken()).getEntry()).isEmpty();
    }

    private Parameters ingested(TestDocument document) {
        Answer answer = post(document);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return FhirClients.FHIR.newJsonParser().parseResource(Parameters.class, answer.body());
    }

    private Answer post(TestDocument document) {
        return PlainRequests.post(client, "$ingest-document", "application/fhir+json", document.json());
    }

    private String patientId(TestDocument document) {
        Bundle patients = search("Patient?identifier=" + document.patientIdentifierToken());
        return single(patients, Patient.class).getIdElement().toUnqualifiedVersionless().getValue();
    }

    private Bundle search(String query) {
        return client.search().byUrl(query).count(100).returnBundle(Bundle.class).execute();
    }

    private static <T extends Resource> T single(Bundle bundle, Class<T> type) {
        assertThat(bundle.getEntry()).hasSize(1);
        return type.cast(bundle.getEntryFirstRep().getResource());
    }

    private static int count(Parameters summary, String name) {
        return ((IntegerType) summary.getParameter(name).getValue()).getValue();
    }

    private static String reference(Parameters summary, String name) {
        return ((Reference) summary.getParameter(name).getValue()).getReference();
    }

    private static OperationOutcome outcome(Parameters summary) {
        return (OperationOutcome) summary.getParameter().stream().filter(p -> p.getName().equals("outcome"))
                .findFirst().orElseThrow().getResource();
    }

    /** The server's id and metadata, and the sender's id, are not the document's content. */
    private static Bundle withoutServerMetadata(Bundle bundle) {
        Bundle copy = bundle.copy();
        copy.setIdElement(null);
        copy.getMeta().setVersionId(null).setLastUpdated(null).setSource(null);
        return copy;
    }

    private static String json(Resource resource) {
        return FhirClients.FHIR.newJsonParser().encodeResourceToString(resource);
    }
}
