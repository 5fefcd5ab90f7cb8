package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import jp.renkei.server.security.authserver.SeenAssertions;
import jp.renkei.server.security.authserver.SeenAssertions.Outcome;
import org.junit.jupiter.api.Test;

class SeenAssertionsTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void aJtiIsRefusedTheSecondTimeForTheSameClientOnly() {
        SeenAssertions seen = new SeenAssertions(10, CLOCK);
        Instant exp = NOW.plus(Duration.ofMinutes(5));

        assertThat(seen.use("hospital-ehr", "j1", exp)).isEqualTo(Outcome.FIRST_USE);
        assertThat(seen.use("hospital-ehr", "j1", exp)).isEqualTo(Outcome.REPLAYED);
        assertThat(seen.use("clinic-aoba", "j1", exp)).isEqualTo(Outcome.FIRST_USE);
    }

    @Test
    void whenFullExpiredEntriesMakeRoomAndLiveOnesRefuseNewAssertions() {
        SeenAssertions seen = new SeenAssertions(2, CLOCK);
        seen.use("c", "expired", NOW.minusSeconds(1));
        seen.use("c", "live", NOW.plusSeconds(60));

        assertThat(seen.use("c", "new", NOW.plusSeconds(60))).isEqualTo(Outcome.FIRST_USE);
        assertThat(seen.use("c", "another", NOW.plusSeconds(60))).isEqualTo(Outcome.TOO_MANY);
        assertThat(seen.use("c", "live", NOW.plusSeconds(60))).isEqualTo(Outcome.REPLAYED);
    }
}
