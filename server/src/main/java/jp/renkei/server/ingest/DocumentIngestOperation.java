package jp.renkei.server.ingest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.renkei.mapping.document.ClinicalDocument;
import jp.renkei.mapping.document.DocumentTransaction;
import jp.renkei.mapping.document.DocumentTransactionBuilder;
import jp.renkei.mapping.document.UnusableDocumentException;
import jp.renkei.server.config.OperationProvider;
import jp.renkei.server.validation.ConformanceOutcome;
import jp.renkei.server.validation.ProfileValidator;
import jp.renkei.server.validation.ValidatedRequest;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;

/**
 * {@code POST /fhir/$ingest-document} with a JP-CLINS document Bundle (eDischargeSummary, eReferral) as the body: files
 * it in one transaction, so a document is filed whole or not at all (what is filed: {@link DocumentTransactionBuilder}).
 * A document that is not usable ({@link ClinicalDocument}) is refused with 400 naming each missing element. The
 * document is validated once, here, as received: an element HAPI's parser drops (so that the filed copy lacks it) is
 * reported, not lost silently. The outcome is returned and kept on its DocumentReference, and the request is marked
 * ({@link ValidatedRequest}) so that the write-time profile check does not refuse what this operation accepted.
 * Posting the same document again changes nothing and is answered from what is filed (its kept validation outcome,
 * every resource unchanged) without validating it again; an earlier version than the one filed is refused (409).
 */
public final class DocumentIngestOperation implements OperationProvider {

    static final String NAME = "$ingest-document";

    private final FhirContext fhirContext;
    private final ProfileValidator validator;
    private final DocumentConformance conformance;
    private final IFhirSystemDao<Bundle, Meta> systemDao;
    private final FiledDocuments filed;
    private final DocumentTransactionBuilder builder = new DocumentTransactionBuilder();

    public DocumentIngestOperation(FhirContext fhirContext, ProfileValidator validator, boolean strict,
            IFhirSystemDao<Bundle, Meta> systemDao, DaoRegistry daos) {
        this.fhirContext = fhirContext;
        this.validator = validator;
        this.conformance = new DocumentConformance(strict);
        this.systemDao = systemDao;
        this.filed = new FiledDocuments(daos);
    }

    /** Manual request: the body is the document itself, not a Parameters resource. */
    @Operation(name = NAME, manualRequest = true, idempotent = false)
    public Parameters ingest(RequestDetails request) {
        String body = new String(request.loadRequestContents(), StandardCharsets.UTF_8);
        Bundle received = bundle(body);
        ClinicalDocument document = usable(received);
        Optional<FiledDocument> filedNow = filed.current(builder.indexId(document), request);
        filedNow.ifPresent(current -> refuseEarlierVersion(document, current.document()));
        Optional<OperationOutcome> keptValidation = filedNow
                .filter(current -> current.isSameDocumentAs(received, fhirContext.newJsonParser()))
                .flatMap(FiledDocument::validation);
        OperationOutcome validation =
                keptValidation.orElseGet(() -> ConformanceOutcome.of(received, validator.errors(body)));
        conformance.enforce(validation);
        DocumentTransaction filing = builder.build(document, validation);
        if (keptValidation.isPresent()) {
            // A re-delivery of the filed document: the transaction would leave every resource as it is, and
            // validating it again (most of the CPU of an ingest) would give the outcome kept with it.
            IngestSummary unchanged = IngestSummary.unchanged(filing.transaction().getEntry().size());
            return new DocumentSummary(document, filing, unchanged, validation).toParameters();
        }
        ValidatedRequest.mark(request, NAME);
        // Two documents of one patient may arrive side by side: a lost race to create the patient is retried.
        request.setRetry(true);
        request.setMaxRetries(3);
        Bundle response = systemDao.transaction(request, filing.transaction());
        return new DocumentSummary(document, filing, IngestSummary.of(response), validation).toParameters();
    }

    /**
     * A late delivery of an earlier version must not replace the filed one (409). Not atomic with the transaction:
     * two versions of one document posted at the same moment are not expected from one hospital.
     */
    private static void refuseEarlierVersion(ClinicalDocument document, ClinicalDocument current) {
        if (document.isEarlierVersionThan(current)) {
            throw new ResourceVersionConflictException("Version " + document.version().orElseThrow()
                    + " of document " + token(document.documentIdentifier()) + " is earlier than version "
                    + current.version().orElseThrow() + ", filed as " + token(current.instanceIdentifier())
                    + ": it does not replace it");
        }
    }

    private static String token(Identifier identifier) {
        return identifier.getSystem() + "|" + identifier.getValue();
    }

    private Bundle bundle(String body) {
        EncodingEnum encoding = EncodingEnum.detectEncodingNoDefault(body);
        if (body.isBlank() || encoding == null) {
            throw new InvalidRequestException("The body must be a JP-CLINS document Bundle in FHIR JSON or XML");
        }
        IBaseResource resource;
        try {
            resource = encoding.newParser(fhirContext).parseResource(body);
        } catch (DataFormatException e) {
            throw new InvalidRequestException("The body is not a FHIR resource: " + e.getMessage());
        }
        if (!(resource instanceof Bundle bundle)) {
            throw new InvalidRequestException("The body must be a document Bundle, is a " + resource.fhirType());
        }
        return bundle;
    }

    private static ClinicalDocument usable(Bundle received) {
        try {
            return ClinicalDocument.read(received);
        } catch (UnusableDocumentException e) {
            throw new InvalidRequestException("The document cannot be filed: " + e.getMessage(), outcome(e));
        }
    }

    private static OperationOutcome outcome(UnusableDocumentException unusable) {
        OperationOutcome outcome = new OperationOutcome();
        unusable.problems().forEach(problem -> outcome.addIssue()
                .setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.REQUIRED)
                .setDiagnostics(problem.location() + ": " + problem.reason())
                .addExpression(problem.location()));
        return outcome;
    }
}
