package jp.renkei.server.security.authserver;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jp.renkei.server.security.SmartConfiguration;
import jp.renkei.server.security.SmartConfigurationSource;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The SMART configuration of Renkei's own authorization server. Its URLs are built like Spring Authorization
 * Server's issuer: the configured issuer, else the request's own base URL, so that the advertised token endpoint is
 * exactly the audience client assertions must name.
 */
public final class OwnSmartConfiguration implements SmartConfigurationSource {

    private final AuthorizationServerSettings settings;
    private final List<String> scopes;

    public OwnSmartConfiguration(AuthorizationServerSettings settings, ClientRegistry registry) {
        this.settings = settings;
        this.scopes = registry.all().stream().flatMap(partner -> partner.scopes().stream()).distinct().sorted().toList();
    }

    @Override
    public SmartConfiguration describe(HttpServletRequest request) {
        String issuer = settings.getIssuer() != null ? settings.getIssuer()
                : ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
        return SmartConfiguration.backendServices(issuer, issuer + settings.getJwkSetEndpoint(),
                issuer + settings.getTokenEndpoint(), scopes);
    }
}
