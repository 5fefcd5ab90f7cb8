package jp.renkei.server.security;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import jp.renkei.server.interceptor.RestInterceptor;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestSecurityComponent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.UriType;

/**
 * Declares SMART security in the CapabilityStatement ({@code rest.security}: the SMART-on-FHIR service and the
 * {@code oauth-uris} extension naming the token endpoint), for clients that discover it there rather than at
 * {@code .well-known/smart-configuration}. The same source as that document, so the two never disagree.
 */
@Interceptor
public final class CapabilityStatementSecurity implements RestInterceptor {

    static final String OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";
    private static final String SECURITY_SERVICES = "http://terminology.hl7.org/CodeSystem/restful-security-service";

    private final SmartConfigurationSource smart;

    public CapabilityStatementSecurity(SmartConfigurationSource smart) {
        this.smart = smart;
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void declareSmart(IBaseConformance generated, RequestDetails request) {
        if (!(generated instanceof CapabilityStatement statement) || !(request instanceof ServletRequestDetails servlet)) {
            return;
        }
        SmartConfiguration configuration = smart.describe(servlet.getServletRequest());
        for (CapabilityStatement.CapabilityStatementRestComponent rest : statement.getRest()) {
            CapabilityStatementRestSecurityComponent security = rest.getSecurity();
            security.getService().clear();
            security.addService().addCoding(new org.hl7.fhir.r4.model.Coding(SECURITY_SERVICES, "SMART-on-FHIR",
                    "SMART-on-FHIR")).setText("OAuth 2.0 bearer tokens, SMART Backend Services (private_key_jwt)");
            security.getExtension().removeIf(extension -> OAUTH_URIS.equals(extension.getUrl()));
            Extension uris = security.addExtension().setUrl(OAUTH_URIS);
            uris.addExtension("token", new UriType(configuration.tokenEndpoint()));
            security.setDescription("Every interaction but this CapabilityStatement needs a bearer token; see "
                    + ".well-known/smart-configuration");
        }
    }
}
