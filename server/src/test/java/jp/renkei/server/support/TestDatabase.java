package jp.renkei.server.support;

import java.util.Map;
import java.util.Optional;

/**
 * The database an integration-test run uses: embedded H2 by default, PostgreSQL when the Failsafe execution says
 * {@code -Drenkei.test.database=postgresql}; the PostgreSQL URL comes from {@code RENKEI_TEST_DB_URL}.
 */
public record TestDatabase(String kind, Optional<String> url, String user, String password) {

    public static final String POSTGRESQL = "postgresql";

    public static TestDatabase current() {
        Map<String, String> env = System.getenv();
        return new TestDatabase(
                System.getProperty("renkei.test.database", "h2"),
                Optional.ofNullable(env.get("RENKEI_TEST_DB_URL")).filter(url -> !url.isBlank()),
                env.getOrDefault("RENKEI_TEST_DB_USER", "postgres"),
                env.getOrDefault("RENKEI_TEST_DB_PASSWORD", ""));
    }

    public boolean isPostgresql() {
        return kind.equals(POSTGRESQL);
    }

    /** Spring properties that point the server at this database; {@code h2Url} is used for an H2 run. */
    public Map<String, String> springProperties(String h2Url) {
        if (!isPostgresql()) {
            return Map.of("spring.datasource.url", h2Url, "spring.datasource.username", "sa",
                    "spring.datasource.password", "");
        }
        return Map.of("spring.datasource.url", url.orElseThrow(), "spring.datasource.username", user,
                "spring.datasource.password", password);
    }
}
