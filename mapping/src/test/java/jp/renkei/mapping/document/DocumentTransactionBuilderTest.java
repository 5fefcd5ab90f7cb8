package jp.renkei.mapping.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class DocumentTransactionBuilderTest {

    private static final OperationOutcome CONFORMS = new OperationOutcome();

    static {
        CONFORMS.addIssue().setSeverity(OperationOutcome.IssueSeverity.INFORMATION)
                .setCode(OperationOutcome.IssueType.INFORMATIONAL).setDiagnostics("conforms");
    }

    private final DocumentTransactionBuilder builder = new DocumentTransactionBuilder();

    @Test
    void storesTheBundleAsReceivedThenThePatientIfAbsentThenEveryEntryButTheCompositionThenTheIndex() {
        Bundle received = Documents.bundle(Documents.CLINS_REFERRAL);

        DocumentTransaction filed = build(received);

        List<Bundle.BundleEntryComponent> entries = filed.transaction().getEntry();
        assertThat(entries).hasSize(1 + 1 + 16 + 1);
        assertThat(entries.get(0).getRequest().getUrl()).isEqualTo("Bundle/" + filed.bundleId());
        // The Bundle's id is the server's (the sender's id means nothing here); everything else is as received.
        Resource stored = entries.get(0).getResource().copy().setIdElement(null);
        boolean asReceived = json(stored).equals(json(Documents.bundle(Documents.CLINS_REFERRAL).setIdElement(null)));
        assertThat(asReceived).as("stored Bundle equals the received one").isTrue();
        assertThat(entries.get(1).getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
        assertThat(entries.get(1).getRequest().getIfNoneExist())
                .isEqualTo("identifier=urn:oid:1.2.392.100495.20.3.51.11318814790|000999739");
        assertThat(entries.subList(2, entries.size())).allSatisfy(entry -> {
            assertThat(entry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
            assertThat(entry.getRequest().getUrl()).isEqualTo(entry.getResource().fhirType() + "/" + entry.getResource().getIdPart());
            assertThat(entry.getResource()).isNotInstanceOf(Composition.class);
        });
        assertThat(entries.get(entries.size() - 1).getResource().getIdPart()).isEqualTo(filed.documentReferenceId());
        boolean untouched = json(received).equals(json(Documents.bundle(Documents.CLINS_REFERRAL)));
        assertThat(untouched).as("the received Bundle is untouched").isTrue();
    }

    @Test
    void pointsEveryReferenceBetweenFiledEntriesAtThisTransactionsPlaceholders() {
        Bundle transaction = build(Documents.bundle(Documents.CLINS_REFERRAL)).transaction();
        Set<String> placeholders = transaction.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
                .collect(Collectors.toSet());

        List<String> references = transaction.getEntry().stream().skip(1)
                .flatMap(entry -> references(entry.getResource()).stream()).toList();

        assertThat(references).isNotEmpty().allSatisfy(reference -> assertThat(reference)
                .satisfiesAnyOf(r -> assertThat(placeholders).contains(r), r -> assertThat(r).startsWith("#")));
    }

    @Test
    void indexesTheDocumentWithItsTypePatientAuthorsBundleAndValidationOutcome() {
        DocumentTransaction filed = build(Documents.bundle(Documents.CLINS_REFERRAL));
        List<Bundle.BundleEntryComponent> entries = filed.transaction().getEntry();

        DocumentReference index = (DocumentReference) entries.get(entries.size() - 1).getResource();

        assertThat(index.getStatus().toCode()).isEqualTo("current");
        assertThat(index.getType().getCodingFirstRep().getCode()).isEqualTo("57133-1");
        assertThat(index.getMasterIdentifier().getValue()).isEqualTo("1318814790^2024^0123-Referral-203949583949");
        assertThat(index.getIdentifierFirstRep().getValue()).isEqualTo("1311234567-2021-12345678");
        assertThat(index.getSubject().getReference()).isEqualTo(entries.get(1).getFullUrl());
        assertThat(index.getAuthor()).hasSize(2);
        assertThat(index.getCustodian().getReference()).startsWith("urn:uuid:");
        assertThat(index.getContentFirstRep().getAttachment().getUrl()).isEqualTo("Bundle/" + filed.bundleId());
        assertThat(index.getContained()).singleElement().isInstanceOf(OperationOutcome.class);
        assertThat(((Reference) index.getExtensionByUrl(DocumentTransactionBuilder.VALIDATION_OUTCOME_EXTENSION).getValue())
                .getReference()).isEqualTo("#validation");
    }

    @Test
    void givesTheSameDocumentTheSameTransaction() {
        DocumentTransaction first = build(Documents.bundle(Documents.STANDALONE_REFERRAL));
        DocumentTransaction again = build(Documents.bundle(Documents.STANDALONE_REFERRAL));

        assertThat(json(again.transaction())).isEqualTo(json(first.transaction()));
    }

    @Test
    void keysEntriesThatShareAnIdentifierByTheirPlaceInTheDocument() {
        // The older eReferral example sends two different allergies with identifier 102934701.
        List<String> allergyIds = build(Documents.bundle(Documents.STANDALONE_REFERRAL)).transaction().getEntry().stream()
                .filter(entry -> entry.getResource().fhirType().equals("AllergyIntolerance"))
                .map(entry -> entry.getResource().getIdPart()).toList();

        assertThat(allergyIds).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void aNewVersionOfTheDocumentKeepsItsIndexAndEntriesButIsANewBundle() {
        Bundle version2 = Documents.bundle(Documents.DISCHARGE_SUMMARY);
        version2.getIdentifier().setValue("1119900018^2026^DS-000123-2");

        DocumentTransaction first = build(Documents.bundle(Documents.DISCHARGE_SUMMARY));
        DocumentTransaction second = build(version2);

        assertThat(second.documentReferenceId()).isEqualTo(first.documentReferenceId());
        assertThat(second.bundleId()).isNotEqualTo(first.bundleId());
        assertThat(ids(second)).isEqualTo(ids(first));
    }

    @Test
    void keysTheDocumentAndItsInstanceWithinThePatientSoThatAnotherHospitalsSameIdentifiersAreAnotherDocument() {
        // The standalone eReferral's identifiers (documentInstance-identifier|123456, resourceInstance-identifier|…)
        // are unique only inside the hospital that wrote them.
        Bundle otherHospitals = Documents.bundle(Documents.STANDALONE_REFERRAL);
        ClinicalDocument.read(otherHospitals).patientIdentifier().setSystem("urn:oid:1.2.392.100495.20.3.51.11319999999");

        DocumentTransaction first = build(Documents.bundle(Documents.STANDALONE_REFERRAL));
        DocumentTransaction second = build(otherHospitals);

        assertThat(second.bundleId()).isNotEqualTo(first.bundleId());
        assertThat(second.documentReferenceId()).isNotEqualTo(first.documentReferenceId());
    }

    @Test
    void keysAnotherKindOfDocumentUnderTheSameIdentifierApart() {
        // The JP-CLINS examples give a referral and a clinical summary of one patient one Composition identifier.
        Bundle summary = Documents.bundle(Documents.CLINS_REFERRAL);
        summary.getIdentifier().setValue("1318814790^2024^0123-PCS-203949583949");
        ((Composition) summary.getEntryFirstRep().getResource()).getType().getCodingFirstRep().setCode("60591-5");

        DocumentTransaction referral = build(Documents.bundle(Documents.CLINS_REFERRAL));

        assertThat(build(summary).documentReferenceId()).isNotEqualTo(referral.documentReferenceId());
    }

    @Test
    void keysAnEntryByItsIdentifierWithinThePatientSoThatAnotherHospitalsSameValueIsAnotherResource() {
        Bundle otherPatient = Documents.bundle(Documents.CLINS_REFERRAL);
        ClinicalDocument.read(otherPatient).patientIdentifier().setValue("000999740");

        Set<String> conditions = conditionIds(build(Documents.bundle(Documents.CLINS_REFERRAL)));

        assertThat(conditionIds(build(otherPatient))).doesNotContainAnyElementsOf(conditions);
    }

    private DocumentTransaction build(Bundle bundle) {
        return builder.build(ClinicalDocument.read(bundle), CONFORMS);
    }

    private static List<String> ids(DocumentTransaction filed) {
        return filed.transaction().getEntry().stream().skip(1).map(entry -> entry.getResource().getIdPart()).toList();
    }

    private static Set<String> conditionIds(DocumentTransaction filed) {
        return filed.transaction().getEntry().stream().filter(e -> e.getResource().fhirType().equals("Condition"))
                .map(e -> e.getResource().getIdPart()).collect(Collectors.toSet());
    }

    private static String json(Resource resource) {
        return Documents.FHIR.newJsonParser().encodeResourceToString(resource);
    }

    private static List<String> references(Resource resource) {
        return Documents.FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class).stream()
                .filter(Reference::hasReference).map(Reference::getReference).toList();
    }
}
