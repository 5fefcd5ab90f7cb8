package jp.renkei.server.ingest;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.IdType;

/** Finds the version of a document that is filed now: the Bundle its DocumentReference points at. */
final class FiledDocuments {

    private final IFhirResourceDao<DocumentReference> indexes;
    private final IFhirResourceDao<Bundle> bundles;

    FiledDocuments(DaoRegistry daos) {
        this.indexes = daos.getResourceDao(DocumentReference.class);
        this.bundles = daos.getResourceDao(Bundle.class);
    }

    Optional<FiledDocument> current(String indexId, RequestDetails request) {
        DocumentReference index;
        try {
            index = indexes.read(new IdType("DocumentReference", indexId), request);
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return Optional.empty();
        }
        Bundle bundle = bundles.read(new IdType(index.getContentFirstRep().getAttachment().getUrl()), request);
        return Optional.of(new FiledDocument(index, bundle));
    }
}
