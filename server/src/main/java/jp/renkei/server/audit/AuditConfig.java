package jp.renkei.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.svc.IIdHelperService;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.time.Clock;
import java.util.Optional;
import org.hl7.fhir.r4.model.AuditEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class AuditConfig {

    @Bean
    public AuditTrail auditTrail(DaoRegistry daoRegistry, IIdHelperService<?> ids, IHapiTransactionService transactions) {
        return new AuditTrail(daoRegistry.getResourceDao(AuditEvent.class), new StoredResources(ids, transactions));
    }

    @Bean
    public AuditAgentResolver auditAgentResolver() {
        return request -> new AuditAgent(AuditAgent.ANONYMOUS, Optional.empty(),
                request instanceof ServletRequestDetails servlet ? servlet.getServletRequest().getRemoteAddr() : "");
    }

    @Bean
    public AuditInterceptor auditInterceptor(AuditTrail trail, FhirContext fhirContext, AuditAgentResolver agents) {
        return new AuditInterceptor(trail, new PatientCompartment(fhirContext), agents, Clock.systemUTC());
    }

    @Bean
    public AuditTrailGuard auditTrailGuard() {
        return new AuditTrailGuard();
    }
}
