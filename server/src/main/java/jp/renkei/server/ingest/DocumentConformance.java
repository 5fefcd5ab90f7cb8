package jp.renkei.server.ingest;

import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jp.renkei.server.validation.ConformanceOutcome;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Whether a usable document must also conform to the profiles it claims. By default it need not: a hospital's
 * discharge summary is worth keeping even when its export has defects, and the outcome is kept with it for the
 * vendor to fix. In strict mode ({@code renkei.documents.strict}) a non-conforming document is refused (422).
 */
record DocumentConformance(boolean strict) {

    void enforce(OperationOutcome validation) {
        if (strict && ConformanceOutcome.hasErrors(validation)) {
            throw new UnprocessableEntityException("The document does not conform to the profiles it claims and this "
                    + "server is in strict mode (renkei.documents.strict): fix the issues listed", validation);
        }
    }
}
