package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private final List<String> verifications = new ArrayList<>();

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        VerifiedTokens tokens = new VerifiedTokens(verifier(NOW.plusSeconds(300)), at(NOW));

        Jwt first = tokens.decode("token-a");
        Jwt second = tokens.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifications).containsExactly("token-a");
    }

    @Test
    void anotherTokenIsVerifiedAgain() {
        VerifiedTokens tokens = new VerifiedTokens(verifier(NOW.plusSeconds(300)), at(NOW));

        tokens.decode("token-a");
        tokens.decode("token-b");

        assertThat(verifications).containsExactly("token-a", "token-b");
    }

    @Test
    void anExpiredTokenGoesBackToTheVerifier() {
        MutableClock clock = new MutableClock(NOW);
        VerifiedTokens tokens = new VerifiedTokens(verifier(NOW.plusSeconds(300)), clock);
        tokens.decode("token-a");

        clock.now = NOW.plusSeconds(300);
        tokens.decode("token-a");

        assertThat(verifications).containsExactly("token-a", "token-a");
    }

    @Test
    void aRefusedTokenIsNotRemembered() {
        JwtDecoder refusing = token -> {
            verifications.add(token);
            throw new BadJwtException("bad signature");
        };
        VerifiedTokens tokens = new VerifiedTokens(refusing, at(NOW));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("forged", "forged");
    }

    private JwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifications.add(token);
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("hospital-ehr")
                    .issuedAt(expiresAt.minusSeconds(300)).expiresAt(expiresAt).build();
        };
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
