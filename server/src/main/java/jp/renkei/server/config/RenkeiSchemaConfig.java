package jp.renkei.server.config;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Renkei's own tables (the audit ledger), created and upgraded at start by Flyway, on H2 and PostgreSQL alike. HAPI's
 * schema stays HAPI's (Hibernate, {@code JpaStorageConfig}), which is why Spring Boot's Flyway auto-configuration is
 * excluded: this Flyway has its own scripts ({@code classpath:db/renkei}) and its own history table, so the two never
 * see each other's changes.
 */
@Configuration
public class RenkeiSchemaConfig {

    /** The bean name, for the beans that use Renkei's tables and must start after it ({@code @DependsOn}). */
    public static final String RENKEI_SCHEMA = "renkeiSchema";

    @Bean(RENKEI_SCHEMA)
    public Flyway renkeiSchema(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/renkei")
                .table("renkei_schema_history")
                // A database that already holds HAPI's tables (every existing installation, and HAPI may create its
                // tables first) is not empty: start Renkei's history below the first script instead of refusing.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
        flyway.migrate();
        return flyway;
    }
}
