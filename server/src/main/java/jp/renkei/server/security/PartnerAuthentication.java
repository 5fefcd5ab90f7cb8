package jp.renkei.server.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Spring Security's view of an authenticated request: the {@link CallingPartner} and the token it came with. */
public final class PartnerAuthentication extends AbstractAuthenticationToken {

    private final CallingPartner partner;
    private final Jwt token;

    public PartnerAuthentication(CallingPartner partner, Jwt token) {
        super(partner.scopes().granted().stream().map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope)).toList());
        this.partner = partner;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public CallingPartner getPrincipal() {
        return partner;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return partner.clientId();
    }
}
