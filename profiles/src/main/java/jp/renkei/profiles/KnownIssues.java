package jp.renkei.profiles;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The known defects of the published JP packages and examples (known-issues.json beside this class on the
 * classpath): repaired at load time, tolerated (the validator messages they cause are listed and do not count as
 * errors), or defects of published examples (listed so that tests know each example's exact outcome; they still count
 * on the server). Policy: a resource claiming a JP Core or JP-CLINS profile is validated; its errors that a tolerated
 * issue explains are known, the others are new.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KnownIssues(List<KnownIssue> issues) {

    static final String RESOURCE = "known-issues.json";

    public KnownIssues {
        issues = List.copyOf(issues);
    }

    public static KnownIssues load() {
        try (InputStream in = KnownIssues.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            return new ObjectMapper().readValue(in, KnownIssues.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    public Optional<KnownIssue> byId(String id) {
        return issues.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The tolerated issue that explains this message, if any. */
    public Optional<KnownIssue> explain(SingleValidationMessage message) {
        return issues.stream()
                .filter(i -> i.handling() == KnownIssue.Handling.TOLERATED)
                .filter(i -> i.explains(message))
                .findFirst();
    }

    public boolean isKnown(SingleValidationMessage message) {
        return explain(message).isPresent();
    }

    /** The errors (severity error or fatal) of a result, split into known and new ones. */
    public ValidationOutcome split(ValidationResult result) {
        List<SingleValidationMessage> known = new ArrayList<>();
        List<SingleValidationMessage> unexpected = new ArrayList<>();
        for (SingleValidationMessage message : result.getMessages()) {
            if (message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                (isKnown(message) ? known : unexpected).add(message);
            }
        }
        return new ValidationOutcome(known, unexpected);
    }
}
