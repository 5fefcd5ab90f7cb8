package jp.renkei.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Renkei (連携): the regional care FHIR exchange server. */
// HAPI builds its own entity manager factory (JpaStorageConfig), and Flyway only comes along with HAPI's
// migration library: Boot's auto-configuration of either would compete with HAPI's.
@SpringBootApplication(exclude = {HibernateJpaAutoConfiguration.class, FlywayAutoConfiguration.class})
@ConfigurationPropertiesScan
public class RenkeiServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(RenkeiServerApplication.class, args);
    }
}
