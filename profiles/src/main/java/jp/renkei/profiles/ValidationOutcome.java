package jp.renkei.profiles;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;

/**
 * The errors of one validation, split by {@link KnownIssues}.
 *
 * @param knownErrors errors a tolerated known issue explains: not counted
 * @param newErrors all other errors
 */
public record ValidationOutcome(List<SingleValidationMessage> knownErrors, List<SingleValidationMessage> newErrors) {

    public ValidationOutcome {
        knownErrors = List.copyOf(knownErrors);
        newErrors = List.copyOf(newErrors);
    }

    /** True when no error counts: the resource conforms, apart from known issues. */
    public boolean conforms() {
        return newErrors.isEmpty();
    }
}
