package jp.renkei.server.interceptor;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import java.util.List;
import jp.renkei.profiles.ProfileDeclaration;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;

/** Lists Renkei's profiles in the CapabilityStatement ({@code rest.resource.supportedProfile}), so senders can find them. */
@Interceptor
public final class SupportedProfilesInterceptor implements RestInterceptor {

    private final List<ProfileDeclaration> profiles;

    public SupportedProfilesInterceptor(List<ProfileDeclaration> profiles) {
        this.profiles = List.copyOf(profiles);
    }

    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void listProfiles(IBaseConformance capabilityStatement) {
        for (CapabilityStatementRestResourceComponent resource :
                ((CapabilityStatement) capabilityStatement).getRestFirstRep().getResource()) {
            profiles.stream()
                    .filter(profile -> profile.resourceType().equals(resource.getType()))
                    .filter(profile -> !resource.hasSupportedProfile(profile.url()))
                    .forEach(profile -> resource.addSupportedProfile(profile.url()));
        }
    }
}
