package jp.renkei.server.security;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.Optional;

/**
 * Who is calling: the authenticated OAuth client, the Organization it acts for and the SMART scopes its token grants.
 * Built once per request from the validated access token and immutable, so that authorization (which patients, which
 * consent) and audit can rely on it without looking at tokens.
 *
 * <p>HAPI interceptors get it with {@link #of(RequestDetails)}; it is the request's user principal's value, set by
 * Spring Security before the FHIR servlet runs.
 *
 * @param clientId the OAuth client id
 * @param organization the Organization the client acts for, {@code Organization/<id>}; empty when an external issuer's
 *     token names none
 * @param scopes the granted resource scopes
 */
public record CallingPartner(String clientId, Optional<String> organization, SmartScopes scopes) {

    /** The claim carrying the organization in Renkei's own access tokens. */
    public static final String ORGANIZATION_CLAIM = "renkei_organization";

    /** The caller of a FHIR request; empty only for the open endpoints ({@code /metadata}). */
    public static Optional<CallingPartner> of(RequestDetails request) {
        if (request instanceof ServletRequestDetails servlet
                && servlet.getServletRequest().getUserPrincipal() instanceof PartnerAuthentication authentication) {
            return Optional.of(authentication.getPrincipal());
        }
        return Optional.empty();
    }
}
