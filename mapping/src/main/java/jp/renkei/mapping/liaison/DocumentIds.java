package jp.renkei.mapping.liaison;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Name-based (RFC 4122 version 3) UUIDs for a document, so that a retry of the same request (patient, recipient
 * kind, recipient, issue time) yields the same document identifier and the same entry fullUrls.
 *
 * @param seed what identifies the request
 */
record DocumentIds(String seed) {

    static DocumentIds of(String patientKey, RecipientKind kind, String recipientKey, Instant issued) {
        return new DocumentIds(String.join("|", "renkei-liaison-sheet", patientKey, kind.code(), recipientKey,
                issued.toString()));
    }

    /** The value of Bundle.identifier (system urn:ietf:rfc:3986). */
    String documentIdentifier() {
        return urn(seed);
    }

    /** The fullUrl of the entry holding the resource with this key ({@code Condition/123}, {@code Composition}). */
    String fullUrl(String key) {
        return urn(seed + "|" + key);
    }

    private static String urn(String name) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
