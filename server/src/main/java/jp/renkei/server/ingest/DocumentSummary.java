package jp.renkei.server.ingest;

import jp.renkei.mapping.document.ClinicalDocument;
import jp.renkei.mapping.document.DocumentTransaction;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The response of {@code $ingest-document}: the document instance ({@code identifier}), its version when the sender
 * gave one, what filing it did to the record (created / updated / unchanged), where it is ({@code documentReference},
 * {@code bundle}) and its validation outcome.
 */
record DocumentSummary(ClinicalDocument document, DocumentTransaction filing, IngestSummary effect,
        OperationOutcome validation) {

    Parameters toParameters() {
        Parameters parameters = effect.toParameters("identifier", document.instanceIdentifier().copy());
        document.version().ifPresent(version -> parameters.addParameter("version", new StringType(version)));
        parameters.addParameter().setName("documentReference")
                .setValue(new Reference("DocumentReference/" + filing.documentReferenceId()));
        parameters.addParameter().setName("bundle").setValue(new Reference("Bundle/" + filing.bundleId()));
        parameters.addParameter().setName("outcome").setResource(validation);
        return parameters;
    }
}
