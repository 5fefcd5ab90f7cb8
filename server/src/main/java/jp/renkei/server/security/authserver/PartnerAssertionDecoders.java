package jp.renkei.server.security.authserver;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContext;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Verifies SMART Backend Services client assertions against the keys registered for the client. Spring Authorization
 * Server's own factory fetches client keys from a JWK Set URL; Renkei's partners are registered with their keys
 * inline, so the decoders are built from the registry, once, at start.
 *
 * <p>Checked: signature with RS384 or ES384 only; {@code iss} = {@code sub} = client id; {@code aud} = this server's
 * token endpoint URL; {@code exp} present, not past, and at most five minutes ahead; {@code jti} present and never
 * seen before (remembered until {@code exp}). Any failure makes the token request fail with {@code invalid_client}.
 */
public final class PartnerAssertionDecoders implements JwtDecoderFactory<RegisteredClient> {

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS384, JWSAlgorithm.ES384);
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final Map<String, JwtDecoder> decoders;

    public PartnerAssertionDecoders(ClientRegistry registry, Duration maxLifetime, SeenAssertions seen, Clock clock) {
        this.decoders = registry.all().stream().collect(Collectors.toUnmodifiableMap(RegisteredPartner::clientId,
                partner -> decoder(partner, maxLifetime, seen, clock)));
    }

    @Override
    public JwtDecoder createDecoder(RegisteredClient client) {
        JwtDecoder decoder = decoders.get(client.getClientId());
        if (decoder == null) {
            throw new IllegalStateException("No keys registered for client " + client.getClientId());
        }
        return decoder;
    }

    private static JwtDecoder decoder(RegisteredPartner partner, Duration maxLifetime, SeenAssertions seen, Clock clock) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, new ImmutableJWKSet<>(partner.publicKeys())));
        // Claims are checked by the validator below, with error messages of our own.
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new AssertionValidator(partner.clientId(), maxLifetime, seen, clock));
        return decoder;
    }

    private record AssertionValidator(String clientId, Duration maxLifetime, SeenAssertions seen, Clock clock)
            implements OAuth2TokenValidator<Jwt> {

        @Override
        public OAuth2TokenValidatorResult validate(Jwt assertion) {
            Instant now = clock.instant();
            Instant expiresAt = assertion.getExpiresAt();
            String problem;
            if (!clientId.equals(assertion.getClaimAsString("iss")) || !clientId.equals(assertion.getSubject())) {
                problem = "iss and sub must both be the client id";
            } else if (!tokenEndpoint().map(url -> assertion.getAudience() != null && assertion.getAudience().contains(url))
                    .orElse(false)) {
                problem = "aud must be the token endpoint URL " + tokenEndpoint().orElse("");
            } else if (expiresAt == null || expiresAt.isBefore(now.minus(CLOCK_SKEW))) {
                problem = "the assertion has expired (or has no exp)";
            } else if (expiresAt.isAfter(now.plus(maxLifetime).plus(CLOCK_SKEW))) {
                problem = "exp must be at most " + maxLifetime.toMinutes() + " minutes ahead";
            } else if (assertion.getId() == null || assertion.getId().isBlank()) {
                problem = "jti is required";
            } else {
                problem = switch (seen.use(clientId, assertion.getId(), expiresAt)) {
                    case FIRST_USE -> null;
                    case REPLAYED -> "this jti was used before";
                    case TOO_MANY -> "too many token requests, retry later";
                };
            }
            return problem == null ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT, "Client assertion refused: " + problem, null));
        }

        private static Optional<String> tokenEndpoint() {
            AuthorizationServerContext context = AuthorizationServerContextHolder.getContext();
            if (context == null || context.getIssuer() == null) {
                return Optional.empty();
            }
            return Optional.of(UriComponentsBuilder.fromUriString(context.getIssuer())
                    .path(context.getAuthorizationServerSettings().getTokenEndpoint()).build().toUriString());
        }
    }
}
