package jp.renkei.mapping.document;

import org.hl7.fhir.r4.model.Bundle;

/**
 * The transaction that files one document, all or nothing, and where its parts will be.
 *
 * @param bundleId the id the document Bundle is stored under
 * @param documentReferenceId the id of the document's DocumentReference (one per document, across its versions)
 */
public record DocumentTransaction(Bundle transaction, String bundleId, String documentReferenceId) {}
