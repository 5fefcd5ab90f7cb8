package jp.renkei.server.demo;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Meta;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@ConditionalOnProperty(name = "renkei.demo.enabled", havingValue = "true", matchIfMissing = true)
public class DemoConfig {

    @Bean
    public DemoNetworkLoader demoNetworkLoader(
            FhirContext fhirContext, DaoRegistry daoRegistry, IFhirSystemDao<Bundle, Meta> systemDao) {
        return new DemoNetworkLoader(new DemoNetwork(fhirContext), daoRegistry, systemDao);
    }
}
