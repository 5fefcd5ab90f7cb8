package jp.renkei.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.quartz.QuartzAutoConfiguration;
import org.springframework.boot.autoconfigure.thymeleaf.ThymeleafAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Renkei (連携): the regional care FHIR exchange server. */
// HAPI builds its own entity manager factory (JpaStorageConfig) and Quartz scheduler; Flyway, Elasticsearch and
// Thymeleaf only come along on HAPI's classpath. Boot's auto-configuration of any of them would compete with HAPI
// or open connections nobody asked for.
@SpringBootApplication(exclude = {
    HibernateJpaAutoConfiguration.class,
    FlywayAutoConfiguration.class,
    QuartzAutoConfiguration.class,
    ElasticsearchClientAutoConfiguration.class,
    ElasticsearchRestClientAutoConfiguration.class,
    ThymeleafAutoConfiguration.class})
@ConfigurationPropertiesScan
public class RenkeiServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(RenkeiServerApplication.class, args);
    }
}
