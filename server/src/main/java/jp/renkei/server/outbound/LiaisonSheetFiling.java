package jp.renkei.server.outbound;

import ca.uhn.fhir.context.FhirContext;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import jp.renkei.profiles.LiaisonSectionTable;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * Files a liaison sheet for its recipient to pull later, in one transaction: the document Bundle as generated, a
 * DocumentReference holding the PDF and pointing at the document, and a Communication announcing it to the recipient
 * (送付のお知らせ). All three are stored under the document's own id, so filing the same document twice changes
 * nothing. Earlier sheets for the same recipient become {@code superseded} ({@link LiaisonSheetFiler}).
 *
 * <p>The DocumentReference carries the PDF itself (and the document as FHIR, too): partners read DocumentReferences
 * of their patients but neither Binary nor stored Bundles, and the extension {@code renkei-recipient} keeps a sheet to
 * the partner it was made for (another partner of the same patient does not get sections meant for someone else).
 *
 * @param document the liaison sheet (RenkeiLiaisonSheet)
 * @param patient {@code Patient/<id>} it is about
 * @param recipient {@code Organization/<id>} it is addressed to
 * @param sender {@code Organization/<id>} that sends it
 * @param pdf the printed sheet
 */
record LiaisonSheetFiling(Bundle document, String patient, String recipient, String sender, byte[] pdf) {

    static final Coding TYPE = new Coding("http://renkei.jp/fhir/CodeSystem/renkei-document-type",
            "liaison-sheet", "連携シート");
    private static final Coding NOTIFICATION = new Coding(
            "http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification");

    /** The filing, marking the {@code earlier} sheets of the same patient and recipient as replaced by this one. */
    Bundle transaction(FhirContext fhir, List<DocumentReference> earlier) {
        String id = id();
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        put(transaction, document.copy().setId(id), "Bundle/" + id);
        DocumentReference index = index(id, fhir.newJsonParser().encodeResourceToString(document));
        for (DocumentReference replaced : earlier) {
            String replacedId = "DocumentReference/" + replaced.getIdElement().getIdPart();
            index.addRelatesTo().setCode(DocumentReference.DocumentRelationshipType.REPLACES)
                    .setTarget(new Reference(replacedId));
            put(transaction, replaced.copy().setStatus(DocumentReferenceStatus.SUPERSEDED), replacedId);
        }
        put(transaction, index, "DocumentReference/" + id);
        put(transaction, announcement(id), "Communication/" + id);
        return transaction;
    }

    /** The document's identifier is {@code urn:uuid:<uuid>}: its uuid names all three resources. */
    String id() {
        return document.getIdentifier().getValue().substring("urn:uuid:".length());
    }

    private DocumentReference index(String id, String documentJson) {
        Composition composition = composition();
        DocumentReference index = new DocumentReference();
        index.addExtension(LiaisonSectionTable.RECIPIENT_EXTENSION, new Reference(recipient));
        index.setMasterIdentifier(document.getIdentifier().copy());
        index.setStatus(DocumentReferenceStatus.CURRENT);
        index.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        index.setType(new CodeableConcept(TYPE.copy()));
        index.setSubject(new Reference(patient));
        index.setDate(document.getTimestamp());
        index.addAuthor(new Reference(sender));
        index.setDescription(composition.getTitle());
        index.addContent().setAttachment(attachment("application/pdf", composition).setData(pdf)
                .setTitle(composition.getTitle() + ".pdf"));
        index.addContent().setAttachment(attachment("application/fhir+json", composition).setUrl("Bundle/" + id)
                .setData(documentJson.getBytes(StandardCharsets.UTF_8)));
        return index;
    }

    private Communication announcement(String id) {
        Communication announcement = new Communication();
        announcement.setStatus(Communication.CommunicationStatus.COMPLETED);
        announcement.addCategory(new CodeableConcept(NOTIFICATION.copy()));
        announcement.setSubject(new Reference(patient));
        announcement.addAbout(new Reference("DocumentReference/" + id));
        announcement.addRecipient(new Reference(recipient));
        announcement.setSender(new Reference(sender));
        announcement.setSent(document.getTimestamp());
        announcement.addPayload().setContent(new Reference("DocumentReference/" + id));
        announcement.addPayload().setContent(new StringType(
                composition().getTitle() + "をお送りしました。DocumentReference/" + id + " でお受け取りください。"));
        return announcement;
    }

    private Attachment attachment(String contentType, Composition composition) {
        Date created = document.getTimestamp();
        return new Attachment().setContentType(contentType).setLanguage("ja").setCreation(created)
                .setTitle(composition.getTitle());
    }

    private Composition composition() {
        return (Composition) document.getEntryFirstRep().getResource();
    }

    private static void put(Bundle transaction, Resource resource, String url) {
        transaction.addEntry().setResource(resource).getRequest().setMethod(HTTPVerb.PUT).setUrl(url);
    }
}
