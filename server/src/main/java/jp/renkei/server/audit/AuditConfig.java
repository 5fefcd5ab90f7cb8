package jp.renkei.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.renkei.server.security.AuthenticationRefusals;
import java.util.Optional;
import jp.renkei.server.security.CallingPartner;
import javax.sql.DataSource;
import jp.renkei.server.config.FhirProperties;
import jp.renkei.server.config.RenkeiSchemaConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration
public class AuditConfig {

    /** After the schema: the ledger's tables are created by Renkei's own Flyway ({@code RenkeiSchemaConfig}). */
    @Bean
    @DependsOn(RenkeiSchemaConfig.RENKEI_SCHEMA)
    public AuditTrail auditTrail(DataSource dataSource, PlatformTransactionManager transactionManager,
            FhirContext fhirContext) {
        return new AuditTrail(new AuditLedger(dataSource, transactionManager), fhirContext);
    }

    /** Registered on the REST server in place of HAPI's JPA AuditEvent provider ({@code FhirServerConfig}). */
    @Bean
    @DependsOn(RenkeiSchemaConfig.RENKEI_SCHEMA)
    public AuditEventProvider auditEventProvider(DataSource dataSource, FhirContext fhirContext,
            FhirProperties properties) {
        return new AuditEventProvider(new AuditLedgerReader(dataSource), fhirContext, properties.defaultPageSize(),
                properties.maxPageSize());
    }

    /** The caller as authentication established it (its token); anonymous only for the open endpoints. */
    @Bean
    public AuditAgentResolver auditAgentResolver() {
        return request -> {
            Optional<CallingPartner> caller = CallingPartner.of(request);
            return AuditAgent.of(caller.map(CallingPartner::clientId).orElse(AuditAgent.ANONYMOUS),
                    caller.flatMap(CallingPartner::organization),
                    request instanceof ServletRequestDetails servlet ? servlet.getServletRequest().getRemoteAddr() : "");
        };
    }

    /** A request refused for want of a valid token (401) never reaches HAPI: it is recorded from the security layer. */
    @Bean
    public AuthenticationRefusals unauthenticatedAttempts(AuditTrail trail) {
        return (request, reason) -> trail.record(new AuditedAccess(Optional.empty(), Optional.empty(),
                request.getRequestURI(), Optional.ofNullable(request.getQueryString()), UUID.randomUUID().toString(),
                Instant.now(), AuditAgent.of(AuditAgent.ANONYMOUS, Optional.empty(), request.getRemoteAddr()),
                AuditOutcome.MINOR_FAILURE, Optional.of("401 " + reason), Set.of(), List.of()));
    }

    @Bean
    public AuditInterceptor auditInterceptor(AuditTrail trail, FhirContext fhirContext, AuditAgentResolver agents) {
        return new AuditInterceptor(trail, new PatientsSeen(fhirContext), agents, Clock.systemUTC());
    }

    @Bean
    public AuditTrailGuard auditTrailGuard() {
        return new AuditTrailGuard();
    }
}
