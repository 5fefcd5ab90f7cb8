package jp.renkei.server.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Told of every FHIR request refused for want of a valid token (401), before the answer is sent: the audit trail
 * records these attempts, which never reach the FHIR server.
 */
@FunctionalInterface
public interface AuthenticationRefusals {

    void refused(HttpServletRequest request, String reason);
}
