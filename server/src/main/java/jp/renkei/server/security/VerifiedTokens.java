package jp.renkei.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers access tokens already verified, so that a partner sending the same token with each request pays the RSA
 * signature check and the JSON parsing once per token, not once per request (a tenth of a search's CPU on the 2-core
 * machine, measured with JFR; src/bench/README.md, "Security overhead").
 *
 * <p>Safe because the key is the whole token, signature included: an equal string is the very token that was verified.
 * A remembered token is used only until its {@code exp}, checked at every use (the decoder it wraps allows a minute
 * of clock skew on top; this does not). Nothing is lost that the wrapped decoder did per request: tokens are checked
 * locally, never introspected or revoked, and an external issuer's keys are cached by Nimbus for minutes anyway.
 * Refused tokens are not remembered. Bounded, so that many partners cannot grow it without limit.
 */
public final class VerifiedTokens implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;
    /** Longer than any access token of Renkei's (five minutes by default); the exp check decides validity. */
    static final Duration KEPT_AT_MOST = Duration.ofHours(1);

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    public VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder().maximumSize(MAX_TOKENS).expireAfterWrite(KEPT_AT_MOST).build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && stillValid(known)) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        if (jwt.getExpiresAt() != null) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private boolean stillValid(Jwt jwt) {
        if (clock.instant().isBefore(jwt.getExpiresAt())) {
            return true;
        }
        verified.invalidate(jwt.getTokenValue());
        return false;
    }
}
