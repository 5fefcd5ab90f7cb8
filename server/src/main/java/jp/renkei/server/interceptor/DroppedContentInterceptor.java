package jp.renkei.server.interceptor;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServerUtils;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.method.ResourceParameter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Refuses a create, update or transaction (or batch) whose body holds content the server would drop while reading it
 * ({@link DroppedContent}), with 400 and one issue per problem: the sender learns what was not understood instead of
 * finding it gone later. {@code $ingest-document} is not a plain write: it files hospitals' documents as they come and
 * reports such content in its validation outcome.
 */
@Interceptor
public final class DroppedContentInterceptor implements RestInterceptor {

    private static final Set<RestOperationTypeEnum> WRITES =
            EnumSet.of(RestOperationTypeEnum.CREATE, RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.TRANSACTION);

    private final FhirContext fhir;

    public DroppedContentInterceptor(FhirContext fhir) {
        this.fhir = fhir;
    }

    /** Called once HAPI has read the body without error, before anything is stored. */
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void refuseDroppedContent(RequestDetails request, RestOperationTypeEnum operation) {
        EncodingEnum encoding = RestfulServerUtils.determineRequestEncodingNoDefault(request);
        if (!WRITES.contains(operation) || encoding == null) {
            return;
        }
        List<String> problems = DroppedContent.in(fhir, encoding, ResourceParameter.createRequestReader(request));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("Nothing was stored: " + problems.get(0), outcome(problems));
        }
    }

    private static OperationOutcome outcome(List<String> problems) {
        OperationOutcome outcome = new OperationOutcome();
        for (String problem : problems) {
            outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(IssueType.STRUCTURE)
                    .setDiagnostics(problem + ". Nothing was stored: the server would have dropped it; correct it, or"
                            + " send what it holds as an extension");
        }
        return outcome;
    }
}
