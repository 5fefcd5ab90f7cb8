package jp.renkei.server.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes an embedded H2 database write every commit to its file before the commit returns. H2 otherwise keeps commits
 * of the last half second in the server's memory ({@code WRITE_DELAY}, 500 ms): a killed server loses them, among
 * them the AuditEvent of a read that was already answered (measured: a read answered and the process killed at once
 * left neither its AuditEvent nor the Patient created just before; {@code KilledAfterReadIT}). The file write is an
 * ordinary write, not an fsync: it survives the process, not a power cut, which is what PostgreSQL is for.
 * Other databases are left as configured.
 */
final class H2DurabilitySettings implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && DatabaseKind.fromJdbcUrl(dataSource.getJdbcUrl()) == DatabaseKind.H2) {
            // A connection property, so it holds whatever H2 URL the operator configured.
            dataSource.addDataSourceProperty("WRITE_DELAY", "0");
        }
        return bean;
    }
}
