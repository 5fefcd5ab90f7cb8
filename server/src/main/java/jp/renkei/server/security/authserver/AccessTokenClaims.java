package jp.renkei.server.security.authserver;

import java.util.List;
import jp.renkei.server.security.CallingPartner;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The claims of Renkei's access tokens beyond Spring's defaults: {@code client_id} and a space-separated
 * {@code scope} string (RFC 9068, what external issuers send too), and the partner's organization, so that the
 * resource server knows who is calling from the token alone, without a lookup per request.
 */
public final class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final ClientRegistry registry;

    public AccessTokenClaims(ClientRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        RegisteredPartner partner = registry.find(clientId).orElseThrow();
        context.getClaims().claims(claims -> {
            claims.put("client_id", clientId);
            claims.put("scope", String.join(" ", List.copyOf(context.getAuthorizedScopes())));
            claims.put(CallingPartner.ORGANIZATION_CLAIM, partner.organization());
        });
    }
}
