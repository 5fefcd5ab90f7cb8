package jp.renkei.server.security.access;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may see and do what: the data providers read everything and write their own patients' records, partners what
 * consent, referrals and care teams give.
 */
@Configuration
public class AccessConfig {

    @Bean
    public AccessDecisions accessDecisions(AccessProperties properties, DaoRegistry daos, FhirContext fhir) {
        return new AccessDecisions(properties, new CareRelationsLoader(daos, Clock.systemUTC()), fhir);
    }

    @Bean
    public PartnerRequestGuard partnerRequestGuard(AccessDecisions decisions) {
        return new PartnerRequestGuard(decisions);
    }

    @Bean
    public PartnerDisclosureInterceptor partnerDisclosureInterceptor(AccessDecisions decisions) {
        return new PartnerDisclosureInterceptor(decisions);
    }

    @Bean
    public ProviderWriteInterceptor providerWriteInterceptor(AccessDecisions decisions, DaoRegistry daos,
            FhirContext fhir) {
        return new ProviderWriteInterceptor(decisions, new PatientOwners(daos), new PatientCompartment(fhir));
    }

    @Bean
    public PartnerWriteInterceptor partnerWriteInterceptor(AccessDecisions decisions) {
        return new PartnerWriteInterceptor(decisions);
    }
}
