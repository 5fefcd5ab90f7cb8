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
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.renkei.server.validation.ProfileValidator;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.utilities.validation.ValidationMessage;

/**
 * Refuses a create, update or transaction (or batch) whose body holds content the server would drop while reading it
 * ({@link DroppedContent}), with 400: the sender learns what was not understood instead of finding it gone later.
 * HAPI's parser says which element but not where, so a refused body is read once more by the HL7 parser, which gives
 * each problem's path (only then: it costs more than HAPI's read). {@code $ingest-document} is not a plain write: it
 * files hospitals' documents as they come and reports such content in its validation outcome.
 */
@Interceptor
public final class DroppedContentInterceptor implements RestInterceptor {

    private static final Set<RestOperationTypeEnum> WRITES =
            EnumSet.of(RestOperationTypeEnum.CREATE, RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.TRANSACTION);

    private static final String CONSEQUENCE = ". Nothing was stored: the server would have dropped it; correct it, or"
            + " send what it holds as an extension";

    private final FhirContext fhir;
    private final ProfileValidator validator;

    public DroppedContentInterceptor(FhirContext fhir, ProfileValidator validator) {
        this.fhir = fhir;
        this.validator = validator;
    }

    /** Called once HAPI has read the body without error, before anything is stored. */
    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void refuseDroppedContent(RequestDetails request, RestOperationTypeEnum operation) {
        EncodingEnum encoding = RestfulServerUtils.determineRequestEncodingNoDefault(request);
        if (!WRITES.contains(operation) || encoding == null) {
            return;
        }
        String body = new String(request.loadRequestContents(), ResourceParameter.determineRequestCharset(request));
        List<String> problems = DroppedContent.in(fhir, encoding, new StringReader(body));
        if (!problems.isEmpty()) {
            OperationOutcome outcome = located(validator.structuralIssues(body, encoding));
            if (outcome.getIssue().isEmpty()) {
                problems.forEach(problem -> addIssue(outcome, problem, null));
            }
            throw new InvalidRequestException("Nothing was stored: " + problems.get(0), outcome);
        }
    }

    private static OperationOutcome located(List<ValidationMessage> issues) {
        OperationOutcome outcome = new OperationOutcome();
        issues.stream()
                .filter(issue -> issue.getLevel().isError())
                .forEach(issue -> addIssue(outcome, issue.getMessage(), issue.getLocation()));
        return outcome;
    }

    private static void addIssue(OperationOutcome outcome, String problem, String path) {
        OperationOutcome.OperationOutcomeIssueComponent issue = outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(IssueType.STRUCTURE)
                .setDiagnostics((path == null ? "" : path + ": ") + problem + CONSEQUENCE);
        if (path != null && path.startsWith("/")) {
            issue.addLocation(path); // the XML parser's paths are XPath
        } else if (path != null) {
            issue.addExpression(path);
        }
    }
}
