package jp.renkei.server.security.access;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Optional;
import java.util.Set;
import jp.renkei.server.security.CallingPartner;
import jp.renkei.server.security.SmartScope;

/**
 * Tells, for a request, whose rules apply: none for the server's own work; for the data providers (the hospitals),
 * only that they write their own patients' records ({@link ProviderWriteInterceptor}); a {@link PartnerAccess} for
 * everyone else. The partner's relations are loaded at the first decision of the request
 * and kept in the request only, so every request, and every page of a search, sees the consents as they are now.
 */
public final class AccessDecisions {

    private static final String KEY = AccessDecisions.class.getName();

    private final Set<String> providers;
    private final CareRelationsLoader loader;
    private final PatientCompartment compartment;

    public AccessDecisions(AccessProperties properties, CareRelationsLoader loader, FhirContext fhir) {
        this.providers = Set.copyOf(properties.providerOrganizations());
        this.loader = loader;
        this.compartment = new PatientCompartment(fhir);
    }

    /** The calling partner's rules; empty when the request is unrestricted (a provider, or no caller at all). */
    public Optional<PartnerAccess> partnerOf(RequestDetails request) {
        if (request == null || !isPartner(request)) {
            return Optional.empty();
        }
        return Optional.of((PartnerAccess) request.getUserData().computeIfAbsent(KEY, key -> load(request)));
    }

    /**
     * The data provider the caller acts for; empty for partners and for the server's own work. Providers write only
     * their own patients' records ({@link ProviderWriteInterceptor}).
     */
    public Optional<String> providerOf(RequestDetails request) {
        return CallingPartner.of(request).flatMap(CallingPartner::organization).filter(providers::contains);
    }

    /** Whether the caller is a partner (a token whose organization is not a data provider, or names none). */
    public boolean isPartner(RequestDetails request) {
        return CallingPartner.of(request)
                .map(caller -> caller.organization().filter(providers::contains).isEmpty())
                .orElse(false);
    }

    /**
     * Whether the organization may see the patient now, whoever asks: a provider always; a partner by its consents and
     * care teams. For what is sent to an organization rather than read by it (a liaison sheet).
     */
    public boolean organizationSees(String organization, String patient) {
        return providers.contains(organization) || loader.loadAround(organization, patient).seesPatient(patient);
    }

    private PartnerAccess load(RequestDetails request) {
        CallingPartner caller = CallingPartner.of(request).orElseThrow();
        CareRelations relations = caller.organization().map(loader::load)
                .orElseGet(() -> CareRelations.none("(the token names no organization)"));
        boolean auditor = caller.scopes().granted().stream().anyMatch(scope -> "AuditEvent".equals(scope.resourceType())
                && scope.interactions().contains(SmartScope.Interaction.READ));
        return new PartnerAccess(relations, compartment, auditor);
    }
}
