package jp.renkei.server.config;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.IDaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.config.util.ResourceCountCacheUtil;
import ca.uhn.fhir.jpa.util.ResourceCountCache;
import ca.uhn.fhir.jpa.provider.DaoRegistryResourceSupportedSvc;
import ca.uhn.fhir.rest.api.IResourceSupportedSvc;
import ca.uhn.fhir.jpa.provider.IJpaSystemProvider;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.interceptor.CorsInterceptor;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import java.util.List;
import java.util.Optional;
import jp.renkei.server.audit.AuditEventProvider;
import jp.renkei.server.interceptor.RestInterceptor;
import org.hl7.fhir.r4.model.AuditEvent;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The FHIR REST endpoint at {@code /fhir}: HAPI's RestfulServer over the JPA resource providers, but AuditEvent, which
 * is served from the audit ledger.
 */
@Configuration
public class FhirServerConfig {

    public static final String FHIR_PATH = "/fhir";

    /**
     * Encoding does not look for references holding a resource object without id, to write it as a contained
     * resource: Renkei builds no such reference and a parsed request cannot hold one, while the walk over every
     * element cost two thirds of encoding a liaison sheet (JFR). Resources already in {@code contained} are encoded
     * as before.
     */
    @Bean
    static BeanPostProcessor fhirParserOptions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof FhirContext fhir) {
                    fhir.getParserOptions().setAutoContainReferenceTargetsWithNoId(false);
                }
                return bean;
            }
        };
    }

    @Bean
    public IResourceSupportedSvc resourceSupportedSvc(IDaoRegistry daoRegistry) {
        return new DaoRegistryResourceSupportedSvc(daoRegistry);
    }

    /** Resource counts shown in the CapabilityStatement, refreshed in the background (HAPI looks it up by name). */
    @Bean(name = "myResourceCountsCache")
    public ResourceCountCache resourceCountsCache(IFhirSystemDao<?, ?> systemDao) {
        return ResourceCountCacheUtil.newResourceCountCache(systemDao);
    }

    @Bean
    public DatabaseBackedPagingProvider pagingProvider(FhirProperties properties) {
        // Sets the page sizes, and pages what offset paging does not cover (history, _summary, operations) in the
        // database, so a client can follow "next" links across requests and nodes.
        DatabaseBackedPagingProvider paging = new DatabaseBackedPagingProvider();
        paging.setDefaultPageSize(properties.defaultPageSize());
        paging.setMaximumPageSize(properties.maxPageSize());
        return paging;
    }

    /**
     * The server itself. GraphQL, bulk export and the other optional HAPI providers are not registered:
     * Renkei exposes plain REST plus its own operations.
     */
    @Bean
    public RestfulServer restfulServer(
            IFhirSystemDao<?, ?> systemDao,
            ResourceProviderFactory resourceProviders,
            IJpaSystemProvider systemProvider,
            DatabaseBackedPagingProvider pagingProvider,
            JpaStorageSettings storageSettings,
            ISearchParamRegistry searchParamRegistry,
            IValidationSupport validationSupport,
            List<RestInterceptor> restInterceptors,
            List<OperationProvider> operations,
            Optional<CorsInterceptor> cors,
            AuditEventProvider auditEvents) {
        RestfulServer server = new RestfulServer(systemDao.getContext());
        // The audit trail is served from its own ledger (AuditLedger), not from HAPI's AuditEvent tables.
        server.registerProviders(resourceProviders.createProviders().stream()
                .filter(provider -> !(provider instanceof IResourceProvider typed
                        && typed.getResourceType() == AuditEvent.class))
                .toList());
        server.registerProvider(auditEvents);
        server.registerProvider(systemProvider);
        server.registerProviders(List.copyOf(operations));
        server.setPagingProvider(pagingProvider);
        JpaCapabilityStatementProvider capabilities = new JpaCapabilityStatementProvider(
                server, systemDao, storageSettings, searchParamRegistry, validationSupport);
        capabilities.setImplementationDescription("Renkei (連携) regional care FHIR exchange server");
        server.setServerConformanceProvider(capabilities);
        server.setServerName("Renkei");
        restInterceptors.forEach(server::registerInterceptor);
        cors.ifPresent(server::registerInterceptor);
        return server;
    }

    @Bean
    public ServletRegistrationBean<RestfulServer> fhirServlet(RestfulServer restfulServer) {
        ServletRegistrationBean<RestfulServer> registration =
                new ServletRegistrationBean<>(restfulServer, FHIR_PATH + "/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
