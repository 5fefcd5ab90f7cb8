package jp.renkei.profiles;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One defect of a published package or example.
 *
 * @param id stable id, e.g. clins-ereferral-observation-reslice
 * @param packageName the package (and version) it is in
 * @param artifact the StructureDefinition, ValueSet, CodeSystem or example concerned
 * @param cause why it happens, as found
 * @param handling what Renkei does about it
 * @param repair for a repaired issue, how (the LoadTimeRepair class, or the precedence rule)
 * @param messages for an issue not repaired, the validator error messages it causes
 * @param seenIn for an issue not repaired, the shared fixtures (path under fixtures/jp) that show it, with how many
 *     error messages each
 * @param shownBy for a repaired issue, the shared fixtures that showed it before the repair
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KnownIssue(
        String id,
        @JsonProperty("package") String packageName,
        String artifact,
        String cause,
        Handling handling,
        String repair,
        List<MessagePattern> messages,
        Map<String, Integer> seenIn,
        List<String> shownBy) {

    public enum Handling {
        /** A package defect, corrected in memory when the chain is built (a {@link LoadTimeRepair}). */
        @JsonProperty("repaired") REPAIRED,
        /** A package or validator defect Renkei cannot repair: its messages do not count as errors, anywhere. */
        @JsonProperty("tolerated") TOLERATED,
        /** A published example that does not conform: its errors are real and still count on the server. */
        @JsonProperty("example-defect") EXAMPLE_DEFECT,
        /** A deliberately invalid published example (ErrorExample-…): the errors it is meant to cause. */
        @JsonProperty("intended") INTENDED
    }

    public KnownIssue {
        messages = messages == null ? List.of() : List.copyOf(messages);
        seenIn = seenIn == null ? Map.of() : Map.copyOf(seenIn);
        shownBy = shownBy == null ? List.of() : List.copyOf(shownBy);
    }

    /** True when one of this issue's message patterns matches the message. */
    public boolean explains(SingleValidationMessage message) {
        return messages.stream().anyMatch(p -> p.matches(message));
    }
}
