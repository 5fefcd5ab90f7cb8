package jp.renkei.server.conformance;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import jp.renkei.profiles.RenkeiProfiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class ConformanceConfig {

    /** Renkei's package, read once for the publisher, the CapabilityStatement and the validator's warm-up. */
    @Bean
    public RenkeiProfiles renkeiProfiles(FhirContext fhirContext) {
        return new RenkeiProfiles(fhirContext);
    }

    @Bean
    public ConformanceResourcePublisher conformanceResourcePublisher(RenkeiProfiles profiles, DaoRegistry daoRegistry) {
        return new ConformanceResourcePublisher(profiles.conformanceResources(), daoRegistry);
    }
}
