package jp.renkei.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * Tokens from an external issuer ({@code RENKEI_OAUTH_ISSUER}, e.g. a Keycloak realm) instead of Renkei's own
 * authorization server. The issuer's keys are found by standard discovery and cached by Nimbus, so a request costs a
 * local signature check, not a call to the issuer. The organization comes from {@code renkei.security.organization-claim}.
 */
@Configuration
@ConditionalOnExpression("!'${renkei.security.external-issuer:}'.isBlank()")
public class ExternalIssuerConfig {

    @Bean
    public JwtDecoder accessTokenDecoder(SecurityProperties properties) {
        return new VerifiedTokens(NimbusJwtDecoder.withIssuerLocation(properties.externalIssuerIfSet().orElseThrow()).build(),
                Clock.systemUTC());
    }

    @Bean
    public SmartConfigurationSource smartConfigurationSource(SecurityProperties properties) {
        String issuer = properties.externalIssuerIfSet().orElseThrow();
        return new SmartConfigurationSource() {
            private volatile SmartConfiguration discovered;

            @Override
            public SmartConfiguration describe(HttpServletRequest request) {
                // Read once, at the first request, so that the server starts even while the issuer is down.
                if (discovered == null) {
                    Map<String, Object> metadata = discover(issuer.replaceAll("/$", ""));
                    discovered = SmartConfiguration.backendServices(issuer, String.valueOf(metadata.get("jwks_uri")),
                            String.valueOf(metadata.get("token_endpoint")), List.of("system/*.cruds", "system/*.rs"));
                }
                return discovered;
            }
        };
    }

    /** OpenID discovery (Keycloak and most issuers), else OAuth authorization server metadata (RFC 8414). */
    private static Map<String, Object> discover(String issuer) {
        RestClient http = RestClient.create();
        try {
            return http.get().uri(issuer + "/.well-known/openid-configuration").retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        } catch (RestClientResponseException notOpenId) {
            return http.get().uri(issuer + "/.well-known/oauth-authorization-server").retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {});
        }
    }
}
