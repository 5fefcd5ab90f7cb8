package jp.renkei.server.security;

import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.renkei.server.config.FhirServerConfig;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 with {@code WWW-Authenticate: Bearer …} (RFC 6750, Spring's entry point), and for FHIR paths an
 * OperationOutcome body, so that FHIR clients show a reason instead of an empty error.
 */
public final class FhirAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final FhirContext fhir;

    public FhirAuthenticationEntryPoint(FhirContext fhir) {
        this.fhir = fhir;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        if (!request.getRequestURI().startsWith(request.getContextPath() + FhirServerConfig.FHIR_PATH + "/")) {
            return;
        }
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.LOGIN)
                .setDiagnostics(failure instanceof InsufficientAuthenticationException
                        ? "A bearer token is required (SMART Backend Services; see /fhir/.well-known/smart-configuration)"
                        : "The bearer token was refused: " + failure.getMessage());
        response.setContentType("application/fhir+json;charset=UTF-8");
        response.getWriter().write(fhir.newJsonParser().encodeResourceToString(outcome));
    }
}
