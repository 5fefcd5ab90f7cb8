package jp.renkei.mapping.liaison;

import java.time.Instant;
import java.util.Objects;
import org.hl7.fhir.r4.model.Organization;

/**
 * What to build: a liaison sheet for one kind of partner, addressed to {@code recipient} (the partner organization,
 * which must have an id), sent by {@code sender} (the hospital or its liaison office, 地域連携室) at {@code issued}.
 */
public record LiaisonSheetRequest(RecipientKind kind, Organization recipient, Organization sender, Instant issued) {

    public LiaisonSheetRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(issued, "issued");
        if (!recipient.getIdElement().hasIdPart()) {
            throw new IllegalArgumentException("The recipient organization needs an id: the document names it");
        }
    }
}
