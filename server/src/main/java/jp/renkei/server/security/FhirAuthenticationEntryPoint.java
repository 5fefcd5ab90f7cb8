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
 * OperationOutcome body, so that FHIR clients show a reason instead of an empty error; the refusal is reported to
 * {@link AuthenticationRefusals} (the audit trail) first.
 */
public final class FhirAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
    private final FhirContext fhir;
    private final AuthenticationRefusals refusals;

    public FhirAuthenticationEntryPoint(FhirContext fhir, AuthenticationRefusals refusals) {
        this.fhir = fhir;
        this.refusals = refusals;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        bearer.commence(request, response, failure);
        if (!request.getRequestURI().startsWith(request.getContextPath() + FhirServerConfig.FHIR_PATH + "/")) {
            return;
        }
        String reason = failure instanceof InsufficientAuthenticationException
                ? "A bearer token is required (SMART Backend Services; see /fhir/.well-known/smart-configuration)"
                : "The bearer token was refused: " + failure.getMessage();
        refusals.refused(request, reason);
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue().setSeverity(OperationOutcome.IssueSeverity.ERROR)
                .setCode(OperationOutcome.IssueType.LOGIN)
                .setDiagnostics(reason);
        response.setContentType("application/fhir+json;charset=UTF-8");
        response.getWriter().write(fhir.newJsonParser().encodeResourceToString(outcome));
    }
}
