package jp.renkei.server.audit;

import java.util.Optional;

/**
 * Who made a request, as the audit trail names them: the client application, the organization it acts for, and the
 * network address it came from.
 *
 * @param clientId the OAuth client id, or {@code anonymous} for a request without a valid token
 * @param organization the reference of the client's organization, e.g. {@code Organization/clinic-a}, when known
 */
public record AuditAgent(String clientId, Optional<String> organization, String networkAddress) {

    public static final String ANONYMOUS = "anonymous";

    public static AuditAgent of(String clientId, Optional<String> organization, String networkAddress) {
        return new AuditAgent(clientId, organization, networkAddress);
    }
}
