package jp.renkei.server.security.authserver;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client assertions already used, by client and {@code jti}, remembered until they expire so that a captured
 * assertion cannot be replayed (SMART Backend Services, RFC 7523). Bounded: assertions live at most five minutes, so
 * the set only grows with the request rate; past {@code capacity} live entries new assertions are refused (fail
 * closed) rather than the memory growing.
 */
public final class SeenAssertions {

    private final Map<String, Instant> expiryByKey = new ConcurrentHashMap<>();
    private final int capacity;
    private final Clock clock;

    public SeenAssertions(int capacity, Clock clock) {
        this.capacity = capacity;
        this.clock = clock;
    }

    public enum Outcome { FIRST_USE, REPLAYED, TOO_MANY }

    /** Records the assertion; tells whether it was seen before. */
    public Outcome use(String clientId, String jti, Instant expiresAt) {
        Instant now = clock.instant();
        // The client id is part of the key: two clients may well pick the same jti.
        String key = clientId + ' ' + jti;
        Instant previous = expiryByKey.get(key);
        if (previous != null && !previous.isBefore(now)) {
            return Outcome.REPLAYED;
        }
        if (expiryByKey.size() >= capacity) {
            expiryByKey.values().removeIf(expiry -> expiry.isBefore(now));
            if (expiryByKey.size() >= capacity) {
                return Outcome.TOO_MANY;
            }
        }
        // Atomic, so that two requests racing with the same assertion cannot both pass.
        boolean[] recorded = {false};
        expiryByKey.compute(key, (ignored, seenUntil) -> {
            if (seenUntil == null || seenUntil.isBefore(now)) {
                recorded[0] = true;
                return expiresAt;
            }
            return seenUntil;
        });
        return recorded[0] ? Outcome.FIRST_USE : Outcome.REPLAYED;
    }
}
