package jp.renkei.server.security;

import jakarta.servlet.http.HttpServletRequest;

/** Where the SMART configuration comes from: Renkei's own authorization server, or the external issuer. */
public interface SmartConfigurationSource {

    SmartConfiguration describe(HttpServletRequest request);
}
