package jp.renkei.server.security.authserver;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import jp.renkei.server.security.SmartScope;
import jp.renkei.server.security.SmartScopes;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;

/**
 * Checks the {@code scope} of a client_credentials request the SMART way: required, made of resource scopes only, and
 * each covered by a registered scope. Spring's default only accepts the registered strings verbatim, so a client
 * registered with {@code system/*.rs} could not ask for just {@code system/Patient.rs}, as SMART lets it.
 */
public final class SmartScopeRequest implements Consumer<OAuth2ClientCredentialsAuthenticationContext> {

    @Override
    public void accept(OAuth2ClientCredentialsAuthenticationContext context) {
        OAuth2ClientCredentialsAuthenticationToken request = context.getAuthentication();
        Set<String> requested = request.getScopes();
        if (requested.isEmpty()) {
            throw invalidScope("scope is required, e.g. scope=system/*.rs");
        }
        SmartScopes registered = SmartScopes.parse(context.getRegisteredClient().getScopes());
        for (String text : requested) {
            Optional<SmartScope> scope = SmartScope.parse(text);
            if (scope.isEmpty() || !registered.covers(scope.get())) {
                throw invalidScope("scope " + text + " is not registered for this client");
            }
        }
    }

    private static OAuth2AuthenticationException invalidScope(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_SCOPE, description, null));
    }
}
