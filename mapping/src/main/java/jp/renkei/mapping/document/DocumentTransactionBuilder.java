package jp.renkei.mapping.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * Builds the transaction that files a {@link ClinicalDocument}:
 * <ol>
 *   <li>the Bundle as received, {@code PUT Bundle/<id from Bundle.identifier>};</li>
 *   <li>the patient, created only when no patient has its identifier ({@code ifNoneExist}): an existing patient is
 *       reused and not changed, as the hospital's patient master (SS-MIX2 ADT-00) is the source of demographics;</li>
 *   <li>every other entry but the Composition (clinical entries and the practitioners, organizations … they refer
 *       to), {@code PUT Type/<id>} with the id from {@link StorageKeys}: created, updated or left unchanged;</li>
 *   <li>the DocumentReference indexing it, {@code PUT DocumentReference/<id from the document identity>}: a new
 *       version of the document updates it (the old version stays in its history, pointing at the old Bundle).</li>
 * </ol>
 * Entries get fresh {@code urn:uuid} fullUrls: the stored Bundle keeps the sender's, which the server must not
 * mistake for this transaction's placeholders.
 */
public final class DocumentTransactionBuilder {

    public static final String VALIDATION_OUTCOME_EXTENSION = DocumentIndex.VALIDATION_OUTCOME_EXTENSION;

    /** The id of the DocumentReference that indexes the document, the same for all its versions. */
    public String indexId(ClinicalDocument document) {
        return new StorageKeys(document).documentReferenceId();
    }

    public DocumentTransaction build(ClinicalDocument document, OperationOutcome validation) {
        StorageKeys keys = new StorageKeys(document);
        EntryReferences references = new EntryReferences(document.bundle());
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        String bundleId = keys.bundleId();
        put(transaction, document.bundle().copy().setId(bundleId), "urn:uuid:" + bundleId);

        references.file(document.patientEntry(), keys.patientPlaceholder());
        Bundle.BundleEntryComponent[] filed = filedEntries(document);
        for (Bundle.BundleEntryComponent entry : filed) {
            references.file(entry, "urn:uuid:" + keys.entryId(entry));
        }
        createPatientIfAbsent(transaction, document, references, keys.patientPlaceholder());
        for (Bundle.BundleEntryComponent entry : filed) {
            String id = keys.entryId(entry);
            Resource copy = copyWithout(entry.getResource());
            references.rewriteIn(copy);
            put(transaction, copy.setId(id), "urn:uuid:" + id);
        }
        String documentReferenceId = keys.documentReferenceId();
        Resource index = DocumentIndex.of(document, "Bundle/" + bundleId, keys.patientPlaceholder(), references, validation);
        put(transaction, index.setId(documentReferenceId), "urn:uuid:" + documentReferenceId);
        return new DocumentTransaction(transaction, bundleId, documentReferenceId);
    }

    private static Bundle.BundleEntryComponent[] filedEntries(ClinicalDocument document) {
        return document.bundle().getEntry().stream()
                .filter(entry -> entry.hasResource() && entry != document.patientEntry())
                .filter(entry -> entry != document.bundle().getEntryFirstRep())
                .toArray(Bundle.BundleEntryComponent[]::new);
    }

    private static void createPatientIfAbsent(Bundle transaction, ClinicalDocument document,
            EntryReferences references, String placeholder) {
        Resource patient = copyWithout(document.patient());
        references.rewriteIn(patient);
        Identifier key = document.patientIdentifier();
        transaction.addEntry().setFullUrl(placeholder).setResource(patient).getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl("Patient")
                .setIfNoneExist("identifier=" + key.getSystem() + "|" + encode(key.getValue()));
    }

    /** The sender's id would be mistaken for a server id; the server's metadata is its own. */
    private static Resource copyWithout(Resource resource) {
        Resource copy = resource.copy();
        copy.setIdElement(null);
        if (copy.hasMeta()) {
            copy.getMeta().setVersionId(null).setLastUpdated(null);
        }
        return copy;
    }

    private static void put(Bundle transaction, Resource resource, String fullUrl) {
        transaction.addEntry().setFullUrl(fullUrl).setResource(resource).getRequest()
                .setMethod(HTTPVerb.PUT)
                .setUrl(resource.fhirType() + "/" + resource.getIdElement().getIdPart());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
