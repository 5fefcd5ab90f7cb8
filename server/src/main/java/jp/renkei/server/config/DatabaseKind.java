package jp.renkei.server.config;

import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirPostgresDialect;

/** The databases Renkei runs on, told apart by their JDBC URL. */
public enum DatabaseKind {
    H2(HapiFhirH2Dialect.class),
    POSTGRESQL(HapiFhirPostgresDialect.class);

    private final Class<?> hapiDialect;

    DatabaseKind(Class<?> hapiDialect) {
        this.hapiDialect = hapiDialect;
    }

    public String hapiDialect() {
        return hapiDialect.getName();
    }

    public static DatabaseKind fromJdbcUrl(String url) {
        if (url.startsWith("jdbc:h2:")) {
            return H2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException(
                "Unsupported database URL '" + url + "': Renkei runs on H2 (jdbc:h2:…) or PostgreSQL (jdbc:postgresql:…)");
    }
}
