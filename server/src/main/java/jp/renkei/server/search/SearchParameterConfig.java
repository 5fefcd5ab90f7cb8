package jp.renkei.server.search;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class SearchParameterConfig {

    @Bean
    public SearchParameterRetirement searchParameterRetirement(
            FhirContext fhirContext, DaoRegistry daoRegistry, ISearchParamRegistry searchParamRegistry) {
        return new SearchParameterRetirement(fhirContext, daoRegistry, searchParamRegistry);
    }
}
