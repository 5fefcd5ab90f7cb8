package jp.renkei.server.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.renkei.server.audit.AuditInterceptor;
import jp.renkei.server.config.FhirServerConfig;
import jp.renkei.server.security.SmartScopeInterceptor;
import jp.renkei.server.security.access.PartnerRequestGuard;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** The unsecured benchmark server stays on loopback and leaves out exactly the security and audit layers. */
class LoopbackOnlyTest {

    @Test
    void withoutAnAddressItBindsToLoopback() {
        StandardEnvironment environment = prepared(Map.of());

        assertThat(environment.getProperty(LoopbackOnly.SERVER_ADDRESS)).isEqualTo("127.0.0.1");
    }

    @Test
    void aLoopbackAddressIsKept() {
        assertThat(prepared(Map.of(LoopbackOnly.SERVER_ADDRESS, "localhost"))
                .getProperty(LoopbackOnly.SERVER_ADDRESS)).isEqualTo("localhost");
    }

    @Test
    void anyOtherAddressStopsTheStart() {
        assertThatThrownBy(() -> prepared(Map.of(LoopbackOnly.SERVER_ADDRESS, "0.0.0.0")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("loopback");
    }

    @Test
    void onlyTheSecurityAndAuditInterceptorsAreLeftOut() {
        assertThat(UnsecuredBenchmarkMode.WithoutSecurityAndAudit.ofSecurityOrAudit(SmartScopeInterceptor.class)).isTrue();
        assertThat(UnsecuredBenchmarkMode.WithoutSecurityAndAudit.ofSecurityOrAudit(PartnerRequestGuard.class)).isTrue();
        assertThat(UnsecuredBenchmarkMode.WithoutSecurityAndAudit.ofSecurityOrAudit(AuditInterceptor.class)).isTrue();
        assertThat(UnsecuredBenchmarkMode.WithoutSecurityAndAudit.ofSecurityOrAudit(FhirServerConfig.class)).isFalse();
    }

    private static StandardEnvironment prepared(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        new LoopbackOnly().onApplicationEvent(new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(),
                new SpringApplication(), new String[0], environment));
        return environment;
    }
}
