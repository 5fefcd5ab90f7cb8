package jp.renkei.server.config;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.binary.api.IBinaryStorageSvc;
import ca.uhn.fhir.jpa.binstore.DatabaseBinaryContentStorageSvcImpl;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.search.IStaleSearchDeletingSvc;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.jpa.search.StaleSearchDeletingSvcImpl;
import jakarta.persistence.EntityManagerFactory;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/** HAPI's JPA storage on the configured data source (H2 by default, PostgreSQL in production). */
@Configuration
// HAPI runs reindexing and terminology work as batch2 jobs over its in-memory message channels
// (SubscriptionChannelConfig), so both come with the storage.
@Import({JpaR4Config.class, ThreadPoolFactoryConfig.class, JpaBatch2Config.class, Batch2JobsConfig.class,
    SubscriptionChannelConfig.class})
public class JpaStorageConfig {

    @Bean
    public JpaStorageSettings storageSettings() {
        JpaStorageSettings settings = new JpaStorageSettings();
        // Partners poll for new referrals and plans: a search must see what was written a moment ago,
        // so HAPI's 60 s reuse of cached search results is off.
        settings.setReuseCachedSearchResultsForMillis(null);
        // Resource bodies under 4 kB live in the version row instead of a LOB: fewer reads, no PostgreSQL
        // large objects to vacuum.
        settings.setInlineResourceTextBelowSize(4000);
        // Index rows keep only the hashes HAPI searches by, not the resource type and parameter name as text:
        // smaller tables and fewer bytes per write. Set from the first start; Renkei databases are created with it.
        settings.setIndexStorageOptimized(true);
        // Tags, profiles and security labels stay inside the resource body (and are indexed as search parameters)
        // instead of in tag tables: JP profiles on every resource would otherwise cost extra rows and an extra
        // query per page of search results.
        settings.setTagStorageMode(JpaStorageSettings.TagStorageModeEnum.INLINE);
        // Tasks and ServiceRequests carry business identifiers that partners search by type.
        settings.setIndexIdentifierOfType(true);
        // Writing a SearchParameter does not start a reindex job over its resource type. Renkei's retired
        // SearchParameters (search/) are written at first start, when nothing is indexed by them yet; HAPI would
        // otherwise queue one job per parameter and reindex every Observation ten times a minute later, taking a
        // third of the CPU from ingest (measured with JFR). A new custom parameter needs an explicit $reindex.
        settings.setMarkResourcesForReindexingUponSearchParameterChange(false);
        return settings;
    }

    @Bean
    static DriverSettings driverSettings() {
        return new DriverSettings();
    }

    /** One partition: a Renkei server serves one regional network. */
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
        LocalContainerEntityManagerFactoryBean factory =
                HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory, fhirContext, storageSettings);
        factory.setPersistenceUnitName("RENKEI");
        factory.setDataSource(dataSource);
        factory.setJpaProperties(hibernateProperties(DatabaseKind.fromJdbcUrl(dataSourceProperties.determineUrl())));
        return factory;
    }

    private static Properties hibernateProperties(DatabaseKind kind) {
        Properties properties = new Properties();
        properties.put("hibernate.dialect", kind.hapiDialect());
        // An empty database gets HAPI's schema on first start and later starts add what a HAPI upgrade needs;
        // nothing is ever dropped.
        properties.put("hibernate.hbm2ddl.auto", "update");
        // Full-text and terminology indexing (Hibernate Search/Lucene) is not used: searches run in SQL.
        properties.put("hibernate.search.enabled", "false");
        properties.put("hibernate.format_sql", "false");
        properties.put("hibernate.show_sql", "false");
        // One resource writes a dozen index rows; batching them cuts round trips to the database.
        properties.put("hibernate.jdbc.batch_size", "50");
        properties.put("hibernate.order_inserts", "true");
        properties.put("hibernate.order_updates", "true");
        return properties;
    }

    @Primary
    @Bean
    public JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }

    @Bean
    public IStaleSearchDeletingSvc staleSearchDeletingSvc() {
        return new StaleSearchDeletingSvcImpl();
    }

    /** Binary resources and large attachments are kept in the database with the rest of the record. */
    @Bean
    public IBinaryStorageSvc binaryStorageSvc() {
        return new DatabaseBinaryContentStorageSvcImpl();
    }
}
