package jp.renkei.server.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns a validated access token into the {@link CallingPartner}. The client id is {@code client_id} (RFC 9068, set by
 * Renkei and Keycloak), else {@code azp}, else {@code sub}; the organization comes from the configured claim.
 */
public final class PartnerTokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String organizationClaim;

    public PartnerTokenConverter(String organizationClaim) {
        this.organizationClaim = organizationClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String clientId = Optional.ofNullable(token.getClaimAsString("client_id"))
                .or(() -> Optional.ofNullable(token.getClaimAsString("azp")))
                .orElse(token.getSubject());
        Optional<String> organization = Optional.ofNullable(token.getClaimAsString(organizationClaim))
                .filter(value -> !value.isBlank());
        SmartScopes scopes = SmartScopes.parse(scopeTexts(token));
        return new PartnerAuthentication(new CallingPartner(clientId, organization, scopes), token);
    }

    /** {@code scope} as a space-separated string (RFC 9068) or, from some issuers, a JSON array. */
    private static List<String> scopeTexts(Jwt token) {
        Object scope = token.getClaims().get("scope");
        if (scope instanceof String text) {
            return List.of(text.trim().split("\\s+"));
        }
        if (scope instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}
