package jp.renkei.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.util.Date;
import jp.renkei.mapping.document.ClinicalDocument;
import jp.renkei.mapping.document.DocumentTransaction;
import jp.renkei.mapping.document.DocumentTransactionBuilder;
import jp.renkei.server.support.FhirClients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.junit.jupiter.api.Test;

/** A re-delivered document is recognised by its content, and answered with the validation outcome filed with it. */
class FiledDocumentTest {

    private final IParser parser = FhirClients.FHIR.newJsonParser();
    private final TestDocument referral = TestDocument.fresh(TestDocument.STANDALONE_REFERRAL);

    @Test
    void theSameDocumentIsRecognisedWhateverTheServerSetOnTheFiledBundle() {
        FiledDocument filed = filed(referral.bundle(), outcome(OperationOutcome.IssueSeverity.INFORMATION));

        assertThat(filed.isSameDocumentAs(reparsed(referral.bundle()), parser)).isTrue();
    }

    @Test
    void aChangedDocumentUnderTheSameIdentifierIsNotTheSame() {
        FiledDocument filed = filed(referral.bundle(), outcome(OperationOutcome.IssueSeverity.INFORMATION));
        Bundle corrected = reparsed(referral.bundle());
        ClinicalDocument.read(corrected).composition().setTitle("corrected");

        assertThat(filed.isSameDocumentAs(corrected, parser)).isFalse();
    }

    @Test
    void theValidationOutcomeIsTheOneKeptOnTheDocumentReferenceAsItWasReturned() {
        OperationOutcome validation = outcome(OperationOutcome.IssueSeverity.ERROR);

        FiledDocument filed = filed(referral.bundle(), validation);

        assertThat(filed.validation()).get().satisfies(kept -> {
            assertThat(kept.hasId()).isFalse();
            assertThat(parser.encodeResourceToString(kept)).isEqualTo(parser.encodeResourceToString(validation));
        });
    }

    /** The DocumentReference and Bundle as the server returns them: read back, with its id and metadata. */
    private FiledDocument filed(Bundle received, OperationOutcome validation) {
        DocumentTransaction filing = new DocumentTransactionBuilder().build(ClinicalDocument.read(received), validation);
        Bundle bundle = reparsed((Bundle) filing.transaction().getEntryFirstRep().getResource());
        bundle.setId("Bundle/" + filing.bundleId() + "/_history/1");
        bundle.getMeta().setVersionId("1").setLastUpdated(new Date()).setSource("#a1b2c3");
        Bundle.BundleEntryComponent last = filing.transaction().getEntry().get(filing.transaction().getEntry().size() - 1);
        DocumentReference index = parser.parseResource(DocumentReference.class, parser.encodeResourceToString(last.getResource()));
        return new FiledDocument(index, bundle);
    }

    private Bundle reparsed(Bundle bundle) {
        return parser.parseResource(Bundle.class, parser.encodeResourceToString(bundle));
    }

    private static OperationOutcome outcome(OperationOutcome.IssueSeverity severity) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(severity).setCode(OperationOutcome.IssueType.PROCESSING).setDiagnostics("checked");
        return outcome;
    }
}
