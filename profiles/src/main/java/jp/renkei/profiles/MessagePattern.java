package jp.renkei.profiles;

import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.regex.Pattern;

/**
 * A validator message a tolerated issue causes. Every part given must match; an absent part matches anything.
 *
 * @param messageId the validator's message id (e.g. Terminology_TX_NoValid_1_CC, or a constraint's URL#key)
 * @param contains a stable substring of the message text
 * @param location a regular expression the whole location string must match (e.g. {@code Practitioner\.qualification\[\d+\]\.code})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessagePattern(String messageId, String contains, String location) {

    boolean matches(SingleValidationMessage message) {
        return (messageId == null || messageId.equals(message.getMessageId()))
                && (contains == null || (message.getMessage() != null && message.getMessage().contains(contains)))
                && (location == null || (message.getLocationString() != null
                        && Pattern.compile(location).matcher(message.getLocationString()).matches()));
    }
}
