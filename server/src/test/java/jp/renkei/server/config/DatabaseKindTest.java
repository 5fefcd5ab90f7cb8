package jp.renkei.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseKindTest {

    @Test
    void picksHapisDialectFromTheJdbcUrl() {
        assertThat(DatabaseKind.fromJdbcUrl("jdbc:h2:file:./data/renkei").hapiDialect())
                .isEqualTo("ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect");
        assertThat(DatabaseKind.fromJdbcUrl("jdbc:postgresql://127.0.0.1:5432/renkei").hapiDialect())
                .isEqualTo("ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect");
    }

    @Test
    void refusesAnotherDatabaseWithAClearMessage() {
        assertThatThrownBy(() -> DatabaseKind.fromJdbcUrl("jdbc:mysql://localhost/renkei"))
                .hasMessageContaining("Renkei runs on H2")
                .hasMessageContaining("jdbc:mysql");
    }
}
