package jp.renkei.server.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import jp.renkei.profiles.RenkeiProfiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ConformanceConfig {

    @Bean
    public ConformanceResourcePublisher conformanceResourcePublisher(FhirContext fhirContext, DaoRegistry daoRegistry) {
        return new ConformanceResourcePublisher(new RenkeiProfiles(fhirContext).conformanceResources(), daoRegistry);
    }
}
