package jp.renkei.server.security.authserver;

import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * Keeps no record of issued tokens. Renkei issues only short-lived self-contained JWTs to backend services, checked by
 * signature alone; Spring's in-memory default would keep every client_credentials grant forever (a slow leak in a
 * long-running server) and a database store would cost a write per token for nothing. The price: token introspection
 * and revocation know no token, which SMART Backend Services does not use.
 */
public final class UnstoredAuthorizations implements OAuth2AuthorizationService {

    @Override
    public void save(OAuth2Authorization authorization) {}

    @Override
    public void remove(OAuth2Authorization authorization) {}

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
