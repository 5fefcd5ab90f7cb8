package jp.renkei.server.security;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.renkei.server.config.FhirServerConfig;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.cors.CorsUtils;

/**
 * Every request needs a valid bearer token except the server's self-description ({@code GET /fhir/metadata}), the
 * {@code .well-known} documents and CORS preflights (which carry no credentials by design). Tokens are JWTs checked
 * locally ({@link org.springframework.security.oauth2.jwt.JwtDecoder} bean: Renkei's own key, or the external
 * issuer's cached JWKS), and become a {@link CallingPartner}.
 *
 * <p>HSTS: Spring Security's default header writer, which only answers secure (TLS) requests, so it is on exactly
 * when {@code server.ssl.*} is configured.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    static final String SMART_CONFIGURATION = "/.well-known/smart-configuration";

    @Bean
    public SecurityFilterChain fhirApiChain(HttpSecurity http, SecurityProperties properties, FhirContext fhir,
            AuthenticationRefusals refusals) throws Exception {
        FhirAuthenticationEntryPoint entryPoint = new FhirAuthenticationEntryPoint(fhir, refusals);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, FhirServerConfig.FHIR_PATH + "/metadata").permitAll()
                        .requestMatchers(HttpMethod.GET, "/.well-known/**", FhirServerConfig.FHIR_PATH + "/.well-known/**")
                        .permitAll()
                        .requestMatchers(CorsUtils::isPreFlightRequest).permitAll()
                        // Spring Boot's error page, reached by forward after a failure that already went through here.
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new BearerTokenHeader())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(
                                new PartnerTokenConverter(properties.organizationClaim())))
                        .authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                // Bearer tokens only: no session, no cookie, hence no CSRF to defend against.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** Spring Security's strict firewall, with a cheaper check of the same rule ({@link HeaderTextCheck}). */
    @Bean
    public WebSecurityCustomizer strictFirewallWithFastHeaderCheck() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        HeaderTextCheck check = new HeaderTextCheck();
        firewall.setAllowedHeaderNames(check);
        firewall.setAllowedHeaderValues(check);
        firewall.setAllowedParameterNames(check);
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    public SmartScopeInterceptor smartScopeInterceptor() {
        return new SmartScopeInterceptor();
    }

    @Bean
    public CapabilityStatementSecurity capabilityStatementSecurity(SmartConfigurationSource smart) {
        return new CapabilityStatementSecurity(smart);
    }

    /** SMART's discovery document, at the FHIR base (where SMART clients look) and at the server root. */
    @Bean
    public ServletRegistrationBean<SmartConfigurationServlet> smartConfigurationServlet(
            SmartConfigurationSource source, ObjectMapper json) {
        ServletRegistrationBean<SmartConfigurationServlet> registration = new ServletRegistrationBean<>(
                new SmartConfigurationServlet(source, json),
                FhirServerConfig.FHIR_PATH + SMART_CONFIGURATION, SMART_CONFIGURATION);
        registration.setName("smart-configuration");
        return registration;
    }
}
