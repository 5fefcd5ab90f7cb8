package jp.renkei.server.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Authentication settings ({@code renkei.security.*}).
 *
 * @param keyDir where the server's signing key and the demo clients' keys are generated at first start and kept
 * @param demoClients register the demo partners (keys generated into {@code keyDir/clients}); off in production
 * @param clientsFile a JSON file registering real partners (client_id, organization, scopes, jwks); see README
 * @param issuer the authorization server's public base URL when it cannot be taken from the request (behind a proxy)
 * @param externalIssuer an external OAuth issuer (e.g. Keycloak); set, it replaces Renkei's own authorization server
 * @param organizationClaim the access-token claim naming the caller's Organization ("Organization/&lt;id&gt;")
 * @param accessTokenLifetime lifetime of the access tokens Renkei issues (SMART recommends at most five minutes)
 * @param maxAssertionLifetime the longest a client assertion may live (SMART: exp at most five minutes ahead)
 */
@ConfigurationProperties("renkei.security")
public record SecurityProperties(
        @DefaultValue("./data") Path keyDir,
        @DefaultValue("true") boolean demoClients,
        Path clientsFile,
        String issuer,
        String externalIssuer,
        @DefaultValue(CallingPartner.ORGANIZATION_CLAIM) String organizationClaim,
        @DefaultValue("5m") Duration accessTokenLifetime,
        @DefaultValue("5m") Duration maxAssertionLifetime) {

    public Optional<Path> clientsFileIfSet() {
        return Optional.ofNullable(clientsFile).filter(path -> !path.toString().isBlank());
    }

    public Optional<String> issuerIfSet() {
        return Optional.ofNullable(issuer).filter(value -> !value.isBlank());
    }

    public Optional<String> externalIssuerIfSet() {
        return Optional.ofNullable(externalIssuer).filter(value -> !value.isBlank());
    }
}
