package jp.renkei.mapping.document;

import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Reference;

/**
 * The DocumentReference by which partners find a filed document: what the Composition says (type, category, date,
 * author, custodian, encounter), the patient, the stored Bundle as the attachment's URL, and the validation outcome
 * of the document, contained and pointed at by {@link #VALIDATION_OUTCOME_EXTENSION}.
 *
 * <p>Why contained: the outcome describes this document as received and has no life of its own, so it travels with
 * the index entry (read with it, replaced with it by a new version) rather than being a separate resource to keep
 * in step.
 */
final class DocumentIndex {

    public static final String VALIDATION_OUTCOME_EXTENSION =
            "http://renkei.jp/fhir/StructureDefinition/document-validation-outcome";
    static final String FHIR_JSON = "application/fhir+json";
    private static final String OUTCOME_ID = "validation";

    private DocumentIndex() {}

    static DocumentReference of(ClinicalDocument document, String bundleUrl, String patient,
            EntryReferences references, OperationOutcome validation) {
        Composition composition = document.composition();
        DocumentReference index = new DocumentReference()
                .setStatus(DocumentReferenceStatus.CURRENT)
                .setMasterIdentifier(document.instanceIdentifier().copy())
                .setType(composition.getType().copy())
                .setSubject(new Reference(patient))
                .setDescription(composition.getTitle());
        index.addIdentifier(document.documentIdentifier().copy());
        if (composition.hasStatus()) {
            index.setDocStatus(DocumentReference.ReferredDocumentStatus.fromCode(composition.getStatus().toCode()));
        }
        composition.getCategory().forEach(category -> index.addCategory(category.copy()));
        if (composition.hasDate()) {
            index.setDate(composition.getDate());
        }
        composition.getAuthor().forEach(author -> index.addAuthor(references.rewritten(author)));
        if (composition.hasCustodian()) {
            index.setCustodian(references.rewritten(composition.getCustodian()));
        }
        if (composition.hasEncounter()) {
            index.getContext().addEncounter(references.rewritten(composition.getEncounter()));
        }
        index.addContent().getAttachment()
                .setContentType(FHIR_JSON)
                .setUrl(bundleUrl)
                .setTitle(composition.getTitle())
                .setCreationElement(composition.getDateElement().copy());
        keepOutcome(index, validation);
        return index;
    }

    private static void keepOutcome(DocumentReference index, OperationOutcome validation) {
        OperationOutcome outcome = validation.copy();
        outcome.setId(OUTCOME_ID);
        index.addContained(outcome);
        index.addExtension(VALIDATION_OUTCOME_EXTENSION, new Reference("#" + OUTCOME_ID));
    }
}
