package jp.renkei.server.benchmark;

import ca.uhn.fhir.rest.server.RestfulServer;
import java.util.Set;
import java.util.TreeSet;
import jp.renkei.server.config.FhirServerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;

/**
 * What the unsecured benchmark server changes, and nothing else: Spring Security ignores the FHIR endpoint (no token
 * is asked for or checked), and the REST server runs without the interceptors of the security and audit layers
 * (SMART scopes, partner access rules, the audit trail and its guard). Everything else, storage, validation, ingest
 * operations and paging, is the production server's, so the difference in throughput is what security and audit cost.
 * No caller identity is made up: with those interceptors gone nothing asks for one.
 *
 * <p>Deliberately not a {@code @Configuration}: component scanning must never find it. Only
 * {@link UnsecuredBenchmarkServer} registers it.
 */
final class UnsecuredBenchmarkMode {

    static final String WARNING = "!!!!!!!! UNSECURED BENCHMARK SERVER: no authentication, no access rules, NO AUDIT "
            + "TRAIL. For measuring on a test database only; listening on loopback only. !!!!!!!!";
    private static final Logger LOG = LoggerFactory.getLogger(UnsecuredBenchmarkMode.class);

    @Bean
    WebSecurityCustomizer unsecuredFhirEndpoint() {
        return web -> web.ignoring().requestMatchers(FhirServerConfig.FHIR_PATH + "/**");
    }

    /** Static: a post-processor must exist before the beans it processes. */
    @Bean
    static BeanPostProcessor withoutSecurityAndAuditInterceptors() {
        return new WithoutSecurityAndAudit();
    }

    @EventListener
    void warnWhenReady(ApplicationReadyEvent ready) {
        LOG.warn(WARNING);
    }

    /** Takes the security and audit layers' interceptors off the REST server once it is built. */
    static final class WithoutSecurityAndAudit implements BeanPostProcessor {

        static final String[] LAYERS = {"jp.renkei.server.security", "jp.renkei.server.audit"};

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof RestfulServer server) {
                Set<String> removed = new TreeSet<>();
                server.getInterceptorService().unregisterInterceptorsIf(interceptor -> {
                    boolean securityOrAudit = ofSecurityOrAudit(interceptor.getClass());
                    if (securityOrAudit) {
                        removed.add(interceptor.getClass().getSimpleName());
                    }
                    return securityOrAudit;
                });
                LOG.warn("Unsecured benchmark server: not registered: {}", removed);
            }
            return bean;
        }

        static boolean ofSecurityOrAudit(Class<?> type) {
            for (String layer : LAYERS) {
                if (type.getPackageName().equals(layer) || type.getPackageName().startsWith(layer + ".")) {
                    return true;
                }
            }
            return false;
        }
    }
}
