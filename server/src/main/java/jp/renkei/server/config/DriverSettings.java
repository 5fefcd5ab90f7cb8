package jp.renkei.server.config;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Connection properties Renkei sets for each kind of database, whatever URL the operator configured (connection
 * properties, so they hold for any URL); other databases are left as configured.
 * <ul>
 *   <li>PostgreSQL, {@code reWriteBatchedInserts}: Hibernate's batched INSERTs of index rows travel as multi-row
 *       statements, far fewer round trips for HAPI's write pattern.</li>
 *   <li>H2, {@code WRITE_DELAY=0}: every commit is written to the file before it returns. H2 otherwise keeps the
 *       commits of the last half second in the server's memory: a killed server lost them, among them the AuditEvent
 *       of a read already answered and the Patient created just before ({@code KilledAfterReadIT}). An ordinary
 *       write, not an fsync: it survives the process, not a power cut, which is what PostgreSQL is for.</li>
 * </ul>
 */
final class DriverSettings implements BeanPostProcessor {

    private static final Map<DatabaseKind, Map<String, String>> PROPERTIES = Map.of(
            DatabaseKind.POSTGRESQL, Map.of("reWriteBatchedInserts", "true"),
            DatabaseKind.H2, Map.of("WRITE_DELAY", "0"));

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null) {
            PROPERTIES.getOrDefault(DatabaseKind.fromJdbcUrl(dataSource.getJdbcUrl()), Map.of())
                    .forEach(dataSource::addDataSourceProperty);
        }
        return bean;
    }
}
