package jp.renkei.server.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** PostgreSQL driver settings that suit HAPI's write pattern; other databases are left as configured. */
final class PostgresqlDriverSettings implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
                && DatabaseKind.fromJdbcUrl(dataSource.getJdbcUrl()) == DatabaseKind.POSTGRESQL) {
            // Hibernate's batched INSERTs of index rows travel as multi-row statements: far fewer round trips.
            dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return bean;
    }
}
