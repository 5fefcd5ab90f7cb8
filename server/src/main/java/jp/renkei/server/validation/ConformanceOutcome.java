package jp.renkei.server.validation;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.StringType;

/**
 * The result of validating a resource against the profiles it claims, as an OperationOutcome: one error issue per
 * problem that counts (with its FHIRPath location), or one information issue saying it conforms.
 */
public final class ConformanceOutcome {

    private ConformanceOutcome() {}

    public static OperationOutcome of(IBaseResource resource, List<SingleValidationMessage> errors) {
        OperationOutcome outcome = new OperationOutcome();
        if (errors.isEmpty()) {
            outcome.addIssue()
                    .setSeverity(IssueSeverity.INFORMATION)
                    .setCode(IssueType.INFORMATIONAL)
                    .setDiagnostics(resource.fhirType() + " conforms to " + claimedProfiles(resource)
                            + " (known defects of the published JP packages aside)");
        }
        for (SingleValidationMessage error : errors) {
            outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(IssueType.PROCESSING)
                    .setDiagnostics(resource.fhirType() + " does not conform to "
                            + claimedProfiles(resource) + ": " + error.getMessage())
                    .addExpression(error.getLocationString())
                    .getLocation().add(new StringType(error.getLocationString()));
        }
        return outcome;
    }

    public static boolean hasErrors(OperationOutcome outcome) {
        return outcome.getIssue().stream().anyMatch(issue -> issue.getSeverity() == IssueSeverity.ERROR
                || issue.getSeverity() == IssueSeverity.FATAL);
    }

    private static String claimedProfiles(IBaseResource resource) {
        String profiles = resource.getMeta().getProfile().stream().map(p -> p.getValue()).collect(Collectors.joining(", "));
        return profiles.isEmpty() ? "the base FHIR R4 definitions" : profiles;
    }
}
