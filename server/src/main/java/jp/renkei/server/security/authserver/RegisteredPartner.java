package jp.renkei.server.security.authserver;

import com.nimbusds.jose.jwk.JWKSet;
import java.util.List;

/**
 * A partner system registered with Renkei's authorization server: its client id, the Organization it acts for
 * ({@code Organization/<id>}), the SMART scopes it may ask for and the public keys it signs its client assertions
 * with (registered inline, not fetched from a URL: partners' systems are often not reachable from the server).
 */
public record RegisteredPartner(String clientId, String organization, List<String> scopes, JWKSet publicKeys) {

    public RegisteredPartner {
        if (!organization.startsWith("Organization/")) {
            throw new IllegalArgumentException(clientId + ": the organization must read Organization/<id>, not "
                    + organization);
        }
        if (publicKeys.getKeys().isEmpty() || publicKeys.getKeys().stream().anyMatch(key -> key.isPrivate())) {
            throw new IllegalArgumentException(clientId + ": register one or more public keys, and no private key");
        }
        scopes = List.copyOf(scopes);
    }
}
