package jp.renkei.reference;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.provider.IJpaSystemProvider;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import java.util.Properties;
import javax.sql.DataSource;
import jp.renkei.server.benchmark.LoopbackOnly;
import jp.renkei.server.config.DatabaseKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * A stock HAPI FHIR JPA R4 server, as HAPI ships it, for one purpose: a reference that Renkei's throughput is measured
 * against on the same machine in the same run ({@code src/bench/measure-against-stock-hapi.sh}). Issue 2 states its
 * targets relative to "a stock HAPI JPA server on this machine", and machines differ from session to session.
 *
 * <p>What "stock" means here: HAPI's own JPA configuration ({@link JpaR4Config}, {@link HapiJpaConfig} and the batch2
 * and channel configurations HAPI's storage needs), {@link JpaStorageSettings} with HAPI's defaults, HAPI's PostgreSQL
 * (or H2) dialect, and a {@link RestfulServer} at {@code /fhir} with the JPA resource providers, the system provider,
 * database-backed paging and the JPA capability statement. No security, no audit, no validation, no interceptors, none
 * of Renkei's storage tuning. Only Spring Boot's web server, data source and placeholder auto-configuration are
 * imported (not {@code @EnableAutoConfiguration}): Spring Security, OAuth and the rest of what Renkei's classpath
 * carries stay off. This package lies outside {@code jp.renkei.server}: Renkei's component scan never finds this class,
 * and this class scans nothing, so no Renkei bean runs in it. Renkei's {@code application.yaml} is not read either
 * ({@code spring.config.name} below); the few Spring settings both servers need are set here, equal to Renkei's.
 *
 * <p>Like the unsecured benchmark server it serves anyone, so it listens on the loopback interface only
 * ({@link LoopbackOnly}) and says so loudly.
 *
 * <pre>java -XX:+UseSerialGC -cp "server/target/renkei-server/renkei-server.jar:server/target/renkei-server/lib/*" \
 *   jp.renkei.reference.StockHapiServer --server.port=18183 \
 *   --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/hapi --spring.datasource.username=postgres</pre>
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    DataSourceAutoConfiguration.class,
    ServletWebServerFactoryAutoConfiguration.class})
@Import({JpaR4Config.class, HapiJpaConfig.class, ThreadPoolFactoryConfig.class, JpaBatch2Config.class,
    Batch2JobsConfig.class, SubscriptionChannelConfig.class})
public class StockHapiServer {

    static final String WARNING = "!!!!!!!! STOCK HAPI FHIR REFERENCE SERVER, FOR BENCHMARKS ONLY: not Renkei; no "
            + "authentication, no access rules, no audit trail, no validation. For measuring on a test database only; "
            + "listening on loopback only. !!!!!!!!";
    private static final Logger LOG = LoggerFactory.getLogger(StockHapiServer.class);

    /**
     * Spring settings, lowest precedence (the command line wins). Not HAPI tuning: what any Spring Boot HAPI server
     * needs (HAPI's beans refer to each other in cycles, as in HAPI's starter), and what Renkei's application.yaml sets
     * for the web server, the pool and the log, so that the two servers differ in what they do, not in how they log.
     */
    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.config.name", "stock-hapi-reference",
            "spring.main.allow-circular-references", "true",
            "spring.main.banner-mode", "off",
            "spring.datasource.hikari.maximum-pool-size", "10",
            "server.tomcat.relaxed-query-chars", "|",
            "logging.level.org.hibernate", "WARN",
            "logging.level.ca.uhn.fhir.jpa", "WARN",
            "logging.level.ca.uhn.fhir.log.terminology_troubleshooting", "WARN");

    public static void main(String[] args) {
        application().run(args);
    }

    static SpringApplication application() {
        LOG.warn(WARNING);
        SpringApplication application = new SpringApplication(StockHapiServer.class);
        application.setDefaultProperties(DEFAULTS);
        application.addListeners(new LoopbackOnly());
        return application;
    }

    @EventListener
    void warnWhenReady(ApplicationReadyEvent ready) {
        LOG.warn(WARNING);
    }

    /** HAPI's defaults, untouched. */
    @Bean
    public JpaStorageSettings storageSettings() {
        return new JpaStorageSettings();
    }

    @Bean
    public PartitionSettings partitionSettings() {
        return new PartitionSettings();
    }

    @Primary
    @Bean
    public LocalContainerEntityManagerFactoryBean entityManagerFactory(
            DataSource dataSource,
            DataSourceProperties dataSourceProperties,
            ConfigurableListableBeanFactory beanFactory,
            FhirContext fhirContext,
            JpaStorageSettings storageSettings) {
        // HAPI's factory: its entity packages and its own Hibernate defaults (HapiFhirLocalContainerEntityManagerFactoryBean).
        LocalContainerEntityManagerFactoryBean factory =
                HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
        factory.setPersistenceUnitName("HAPI_PU");
        factory.setDataSource(dataSource);
        factory.setJpaProperties(hibernateProperties(dataSourceProperties.determineUrl()));
        return factory;
    }

    /**
     * What HAPI's starter (hapi-fhir-jpaserver-starter) puts on top of HAPI's own Hibernate defaults, no more. The schema
     * comes from Hibernate's {@code hbm2ddl.auto=update}, as in the starter, not from HAPI's schema migrator
     * (hapi-fhir-sql-migrate, used by the {@code hapi-fhir-cli migrate-database} tool): the starter creates an empty
     * database that way, and so does Renkei, so both servers get the same tables and indexes. No driver properties
     * are added (Renkei's {@code reWriteBatchedInserts} is Renkei's tuning, not HAPI's).
     */
    static Properties hibernateProperties(String jdbcUrl) {
        Properties properties = new Properties();
        properties.put("hibernate.dialect", DatabaseKind.fromJdbcUrl(jdbcUrl).hapiDialect());
        properties.put("hibernate.hbm2ddl.auto", "update");
        properties.put("hibernate.jdbc.batch_size", "20");
        properties.put("hibernate.cache.use_query_cache", "false");
        properties.put("hibernate.cache.use_second_level_cache", "false");
        properties.put("hibernate.search.enabled", "false");
        properties.put("hibernate.format_sql", "false");
        properties.put("hibernate.show_sql", "false");
        return properties;
    }

    @Primary
    @Bean
    public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    /**
     * The REST server: every JPA resource provider, the system provider (transactions), HAPI's database-backed
     * paging (from {@link HapiJpaConfig}) and the JPA capability statement.
     */
    @Bean
    public RestfulServer restfulServer(
            IFhirSystemDao<?, ?> systemDao,
            ResourceProviderFactory resourceProviders,
            IJpaSystemProvider systemProvider,
            DatabaseBackedPagingProvider pagingProvider,
            JpaStorageSettings storageSettings,
            ISearchParamRegistry searchParamRegistry,
            IValidationSupport validationSupport) {
        RestfulServer server = new RestfulServer(systemDao.getContext());
        server.registerProviders(resourceProviders.createProviders());
        server.registerProvider(systemProvider);
        // HAPI's paging provider pages 10 by default (50 at most); HAPI's starter ships 20, as Renkei does, so that both
        // servers answer a search without _count with pages of the same size.
        pagingProvider.setDefaultPageSize(20);
        pagingProvider.setMaximumPageSize(200);
        server.setPagingProvider(pagingProvider);
        server.setServerConformanceProvider(new JpaCapabilityStatementProvider(
                server, systemDao, storageSettings, searchParamRegistry, validationSupport));
        server.setServerName("Stock HAPI FHIR reference (benchmarks only)");
        return server;
    }

    @Bean
    public ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer restfulServer) {
        ServletRegistrationBean<RestfulServer> registration = new ServletRegistrationBean<>(restfulServer, "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
