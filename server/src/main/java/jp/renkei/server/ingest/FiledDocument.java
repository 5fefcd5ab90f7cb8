package jp.renkei.server.ingest;

import ca.uhn.fhir.parser.IParser;
import java.util.Optional;
import jp.renkei.mapping.document.ClinicalDocument;
import jp.renkei.mapping.document.DocumentTransactionBuilder;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;

/**
 * The version of a document that is filed now: its DocumentReference (which keeps the validation outcome of the
 * document as received) and the Bundle it points at.
 */
record FiledDocument(DocumentReference index, Bundle bundle) {

    ClinicalDocument document() {
        return ClinicalDocument.read(bundle);
    }

    /**
     * Whether {@code received} is this very document again: the same content as the filed Bundle, the server's own
     * metadata aside (id, version, last update and source, which storing sets). Filing it again would change nothing,
     * so a re-delivery is answered from what is stored instead of being validated and filed a second time.
     */
    boolean isSameDocumentAs(Bundle received, IParser parser) {
        return received.getIdentifier().equalsDeep(bundle.getIdentifier())
                && withoutServerMetadata(received, parser).equals(withoutServerMetadata(bundle, parser));
    }

    /** The validation outcome kept on the DocumentReference when the document was filed, as it was returned then. */
    Optional<OperationOutcome> validation() {
        Extension kept = index.getExtensionByUrl(DocumentTransactionBuilder.VALIDATION_OUTCOME_EXTENSION);
        if (kept == null || !(kept.getValue() instanceof Reference reference) || reference.getReference() == null) {
            return Optional.empty();
        }
        String id = reference.getReference().replaceFirst("^#", "");
        return index.getContained().stream()
                .filter(OperationOutcome.class::isInstance)
                .filter(resource -> id.equals(resource.getIdElement().getIdPart().replaceFirst("^#", "")))
                .map(resource -> (OperationOutcome) resource.copy().setIdElement(null))
                .findFirst();
    }

    private static String withoutServerMetadata(Bundle bundle, IParser parser) {
        Bundle copy = bundle.copy();
        copy.setIdElement(null);
        if (copy.hasMeta()) {
            copy.getMeta().setVersionIdElement(null).setLastUpdatedElement(null).setSourceElement(null);
        }
        return parser.encodeResourceToString(copy);
    }
}
