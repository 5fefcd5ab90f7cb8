package jp.renkei.server.security.authserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.renkei.server.security.KeyFiles;
import jp.renkei.server.security.VerifiedTokens;
import jp.renkei.server.security.SecurityProperties;
import jp.renkei.server.security.SmartConfigurationSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Renkei's own authorization server (Spring Authorization Server) for SMART Backend Services: client_credentials with
 * private_key_jwt, at {@code /oauth2/token}, its signing keys at {@code /oauth2/jwks}. Off when an external issuer is
 * configured ({@code RENKEI_OAUTH_ISSUER}).
 */
@Configuration
@ConditionalOnExpression("'${renkei.security.external-issuer:}'.isBlank()")
public class AuthorizationServerConfig {

    /** The server's token-signing key file in the key directory. */
    public static final String SIGNING_KEY_FILE = "authorization-server.private.jwk";

    @Bean
    public ClientRegistry clientRegistry(SecurityProperties properties, ObjectMapper json) {
        List<RegisteredPartner> partners = new ArrayList<>();
        if (properties.demoClients()) {
            partners.addAll(DemoPartners.register(properties.keyDir()));
        }
        properties.clientsFileIfSet().ifPresent(file -> partners.addAll(ClientsFile.read(file, json)));
        return new ClientRegistry(partners);
    }

    /**
     * The access-token signing key: RSA, because verifying an RSA signature (on every FHIR request) is several times
     * cheaper than verifying ECDSA; RS256, Spring Authorization Server's default, which every JOSE library reads.
     */
    @Bean
    public RSAKey accessTokenSigningKey(SecurityProperties properties) {
        return KeyFiles.loadOrGenerate(properties.keyDir().resolve(SIGNING_KEY_FILE), JWSAlgorithm.RS256).toRSAKey();
    }

    @Bean
    public JWKSource<SecurityContext> jwkSource(RSAKey accessTokenSigningKey) {
        return new ImmutableJWKSet<>(new JWKSet(accessTokenSigningKey));
    }

    /**
     * Access tokens are checked locally with the server's public key: no remote call, no database per request; and once
     * per token, not per request ({@link VerifiedTokens}).
     */
    @Bean
    public JwtDecoder accessTokenDecoder(RSAKey accessTokenSigningKey) throws Exception {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(accessTokenSigningKey.toRSAPublicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(JwtValidators.createDefault());
        return new VerifiedTokens(decoder, Clock.systemUTC());
    }

    @Bean
    public AuthorizationServerSettings authorizationServerSettings(SecurityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        // Without a configured issuer, Spring takes it from each request, which fits localhost and the tests.
        properties.issuerIfSet().ifPresent(settings::issuer);
        return settings.build();
    }

    @Bean
    public RegisteredClientRepository registeredClientRepository(ClientRegistry registry, SecurityProperties properties) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime()).build();
        List<RegisteredClient> clients = registry.all().stream().map(partner -> RegisteredClient
                        .withId(UUID.nameUUIDFromBytes(partner.clientId().getBytes()).toString())
                        .clientId(partner.clientId())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scopes(scopes -> scopes.addAll(partner.scopes()))
                        // Only tells Spring that assertions are signed with a private key (not a shared secret);
                        // the accepted algorithms are PartnerAssertionDecoders'.
                        .clientSettings(ClientSettings.builder()
                                .tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS384).build())
                        .tokenSettings(tokens)
                        .build())
                .toList();
        // Spring's in-memory repository refuses an empty list; a server with no client still starts (and refuses all).
        return clients.isEmpty() ? new NoClients() : new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    public OAuth2AuthorizationService authorizationService() {
        return new UnstoredAuthorizations();
    }

    @Bean
    public AccessTokenClaims accessTokenClaims(ClientRegistry registry) {
        return new AccessTokenClaims(registry);
    }

    @Bean
    public SmartConfigurationSource smartConfigurationSource(AuthorizationServerSettings settings,
            ClientRegistry registry) {
        return new OwnSmartConfiguration(settings, registry);
    }

    @Bean
    public SeenAssertions seenAssertions() {
        return new SeenAssertions(100_000, Clock.systemUTC());
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public SecurityFilterChain authorizationServerChain(HttpSecurity http, ClientRegistry registry,
            SecurityProperties properties, SeenAssertions seenAssertions) throws Exception {
        PartnerAssertionDecoders assertionDecoders = new PartnerAssertionDecoders(
                registry, properties.maxAssertionLifetime(), seenAssertions, Clock.systemUTC());
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server
                        .clientAuthentication(clients -> clients.authenticationProviders(providers -> providers
                                .forEach(provider -> {
                                    if (provider instanceof JwtClientAssertionAuthenticationProvider assertions) {
                                        assertions.setJwtDecoderFactory(assertionDecoders);
                                    }
                                })))
                        .tokenEndpoint(token -> token.authenticationProviders(providers -> providers
                                .forEach(provider -> {
                                    if (provider instanceof OAuth2ClientCredentialsAuthenticationProvider credentials) {
                                        credentials.setAuthenticationValidator(new SmartScopeRequest());
                                    }
                                }))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** The repository of a server without any registered client. */
    private static final class NoClients implements RegisteredClientRepository {
        @Override
        public void save(RegisteredClient registeredClient) {
            throw new UnsupportedOperationException("clients are registered in the clients file");
        }

        @Override
        public RegisteredClient findById(String id) {
            return null;
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return null;
        }
    }
}
