package jp.renkei.server.security.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import jp.renkei.server.interceptor.RestInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * Lets a data provider (a hospital's EHR) write only its own patients' records, so that in a network of several
 * hospitals one cannot change another's patients. A patient belongs to its {@code managingOrganization}
 * ({@link PatientOwner}); partners are {@link PartnerWriteInterceptor}'s, and the server's own work (no caller) is
 * not restricted.
 *
 * <ul>
 *   <li>A Patient a provider stores without a managingOrganization gets the provider's: re-delivered SS-MIX2 messages
 *       and documents, which never carry it, stay unchanged (no new version). Naming another organization is refused,
 *       and so is updating or deleting another organization's patient. An unowned stored patient (older data) becomes
 *       the writer's.</li>
 *   <li>Any other resource of a patient's compartment may be created, updated (before and after) or deleted only
 *       when every patient it names is the provider's or unowned.</li>
 * </ul>
 *
 * Patients are checked before storage, where the managingOrganization can still be set, and again before commit;
 * other resources just before commit. Inside a transaction HAPI replaces {@code urn:uuid:} references by the ids of
 * the entries they point to only after storing all entries, so only then does a reference to a conditionally created
 * (matched) patient name that patient. A refusal (403) rolls the whole transaction back.
 */
@Interceptor
public final class ProviderWriteInterceptor implements RestInterceptor {

    private final AccessDecisions decisions;
    private final PatientOwners owners;
    private final PatientCompartment compartment;

    public ProviderWriteInterceptor(AccessDecisions decisions, PatientOwners owners, PatientCompartment compartment) {
        this.decisions = decisions;
        this.owners = owners;
        this.compartment = compartment;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void claimNewPatient(IBaseResource resource, RequestDetails request) {
        if (resource instanceof Patient patient) {
            decisions.providerOf(request).ifPresent(provider -> claim(patient, provider));
        }
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void checkPatientUpdate(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        if (resource instanceof Patient after) {
            decisions.providerOf(request).ifPresent(provider -> {
                // Without a previous version (HAPI may pass none, e.g. for a deleted Patient written again) only
                // the new one is claimed.
                if (previous instanceof Patient before) {
                    refuseUnlessAdmits(PatientOwner.of(before), provider);
                }
                claim(after, provider);
            });
        }
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    public void checkDelete(IBaseResource resource, RequestDetails request) {
        decisions.providerOf(request).ifPresent(provider -> {
            if (resource instanceof Patient patient) {
                refuseUnlessAdmits(PatientOwner.of(patient), provider);
            } else {
                checkPatients(compartment.patientsOf(resource), provider, request);
            }
        });
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_CREATED)
    public void checkCreated(IBaseResource resource, RequestDetails request) {
        decisions.providerOf(request).ifPresent(provider -> checkStored(null, resource, provider, request));
    }

    @Hook(Pointcut.STORAGE_PRECOMMIT_RESOURCE_UPDATED)
    public void checkUpdated(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        decisions.providerOf(request).ifPresent(provider -> checkStored(previous, resource, provider, request));
    }

    private void checkStored(IBaseResource previous, IBaseResource resource, String provider, RequestDetails request) {
        if (resource instanceof Patient patient) {
            // Claimed before storage; a managingOrganization given as urn:uuid names its organization only now.
            PatientOwner owner = PatientOwner.of(patient);
            if (!owner.organization().equals(Optional.of(provider))) {
                throw refusedClaim(patient.getManagingOrganization().getReference(), provider);
            }
            owners.remember(request, owner);
            return;
        }
        // An update must not move another organization's resource to one's own patient, nor the other way round.
        Set<String> patients = new LinkedHashSet<>(compartment.patientsOf(resource));
        if (previous != null) {
            patients.addAll(compartment.patientsOf(previous));
        }
        checkPatients(patients, provider, request);
    }

    private void checkPatients(Iterable<String> patients, String provider, RequestDetails request) {
        for (String patient : patients) {
            refuseUnlessAdmits(owners.of(request, patient), provider);
        }
    }

    /**
     * Sets the provider as owner when the Patient names none (a reference with only an identifier or a display counts
     * as none); refuses another organization. A reference HAPI resolves later (urn:uuid of a transaction entry) is
     * checked before commit.
     */
    private static void claim(Patient patient, String provider) {
        if (!patient.getManagingOrganization().hasReference()) {
            patient.setManagingOrganization(new Reference(provider));
            return;
        }
        String named = References.key(patient.getManagingOrganization());
        if (!named.isEmpty() && !named.equals(provider)) {
            throw refusedClaim(named, provider);
        }
    }

    private static ForbiddenOperationException refusedClaim(String named, String provider) {
        return new ForbiddenOperationException("Patient.managingOrganization names " + named + ": " + provider
                + " creates and updates only its own patients; leave managingOrganization out (it is set to your"
                + " organization) or name " + provider);
    }

    private static void refuseUnlessAdmits(PatientOwner owner, String provider) {
        if (!owner.admits(provider)) {
            throw new ForbiddenOperationException(owner.refusalFor(provider));
        }
    }
}
