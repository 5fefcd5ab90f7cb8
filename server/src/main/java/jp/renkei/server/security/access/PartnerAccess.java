package jp.renkei.server.security.access;

import static jp.renkei.profiles.LiaisonSectionTable.RECIPIENT_EXTENSION;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;

/**
 * What one partner organization may read and write, decided per resource from its {@link CareRelations}. Plain code
 * with no server behind it, so that each rule is tested on its own ({@code PartnerAccessTest}); the interceptors only
 * ask it.
 *
 * <p>Reads: directory and conformance resources (organizations, staff, profiles) are open to every partner; Tasks
 * and ServiceRequests addressed to it ({@code Task.owner}, {@code ServiceRequest.performer}: itself or one of its
 * roles); CarePlans and CareTeams of the care teams it works in, about a patient it sees; Communications it sent or
 * received; documents addressed to it (DocumentReference with {@code renkei-recipient}, e.g. a liaison sheet), about
 * a patient it sees; anything else only when it is about patients, and all of them are patients it sees. The audit trail only
 * with a token naming AuditEvent itself. Everything else (Binary, stored Bundles, Subscriptions …) is not a
 * partner's.
 *
 * <p>Writes: the changes an owner makes to its Tasks ({@link TaskChange}); Communications it sends; observations and
 * reports (Observation, DiagnosticReport, DocumentReference) about patients it sees. No deletes. The token's scopes
 * narrow this further (only the visiting nursing station holds {@code system/Observation.c}).
 */
public final class PartnerAccess {

    /** Shared reference data: no patient's information, needed to make sense of the rest. */
    static final Set<String> DIRECTORY = Set.of("Organization", "Practitioner", "PractitionerRole", "Location",
            "HealthcareService", "Endpoint", "Medication", "Substance", "StructureDefinition", "ValueSet",
            "CodeSystem", "ConceptMap", "NamingSystem", "SearchParameter", "OperationDefinition",
            "CapabilityStatement", "ImplementationGuide", "CompartmentDefinition", "Questionnaire");
    /** What a partner reports back about a patient it sees. */
    static final Set<String> REPORTS = Set.of("Observation", "DiagnosticReport", "DocumentReference");

    private final CareRelations relations;
    private final PatientCompartment compartment;
    private final boolean readsAuditTrail;

    /**
     * @param readsAuditTrail whether the token grants AuditEvent by name ({@code system/AuditEvent.rs}), not merely
     *     through {@code system/*.rs}: the audit trail names every patient and is for the auditor
     */
    public PartnerAccess(CareRelations relations, PatientCompartment compartment, boolean readsAuditTrail) {
        this.relations = relations;
        this.compartment = compartment;
        this.readsAuditTrail = readsAuditTrail;
    }

    public boolean mayRead(IBaseResource resource) {
        String type = resource.fhirType();
        if (DIRECTORY.contains(type)) {
            return true;
        }
        if (resource instanceof Task task) {
            return isMember(task.getOwner());
        }
        if (resource instanceof ServiceRequest referral) {
            return anyMember(referral.getPerformer());
        }
        if (resource instanceof CarePlan plan) {
            return plan.getCareTeam().stream().map(References::key).anyMatch(relations.careTeams()::contains)
                    && seesAllPatients(plan);
        }
        if (resource instanceof CareTeam team) {
            return relations.careTeams().contains(References.key(team.getIdElement())) && seesAllPatients(team);
        }
        if (resource instanceof Communication message) {
            return isMember(message.getSender()) || anyMember(message.getRecipient()) || seesAllPatients(message);
        }
        if ("AuditEvent".equals(type)) {
            return readsAuditTrail;
        }
        if (resource instanceof DocumentReference document && document.hasExtension(RECIPIENT_EXTENSION)) {
            return document.getExtensionByUrl(RECIPIENT_EXTENSION).getValue() instanceof Reference recipient
                    && isMember(recipient) && seesAllPatients(document);
        }
        return compartment.holdsPatientData(type) && seesAllPatients(resource);
    }

    /**
     * The search parameter and values every search of this type is narrowed to (ANDed with the partner's own), so
     * that only resources it may see are matched at all: a partner cannot learn from a "next" link that hidden
     * matches exist. Empty for types whose rule is no single parameter (Communication: sender, recipient or patient);
     * those are filtered per resource only.
     */
    public Optional<SearchNarrowing> narrowing(String type) {
        if ("Patient".equals(type)) {
            return Optional.of(SearchNarrowing.of("_id", relations.patients().stream()
                    .map(patient -> patient.substring(patient.indexOf('/') + 1)).toList()));
        }
        if ("AuditEvent".equals(type)) {
            return readsAuditTrail ? Optional.empty() : Optional.of(SearchNarrowing.of("_id", List.of()));
        }
        if ("Task".equals(type)) {
            return Optional.of(SearchNarrowing.of("owner", relations.members()));
        }
        if ("ServiceRequest".equals(type)) {
            return Optional.of(SearchNarrowing.of("performer", relations.members()));
        }
        if ("Communication".equals(type) || DIRECTORY.contains(type) || !compartment.hasPatientParameter(type)) {
            return Optional.empty();
        }
        return Optional.of(SearchNarrowing.of("patient", relations.patients()));
    }

    /** Why the partner may not create the resource, or empty when it may. */
    public Optional<String> refusalToCreate(IBaseResource resource) {
        if (resource instanceof Communication message) {
            if (!isMember(message.getSender())) {
                return Optional.of("A Communication's sender must be your organization " + relations.organization()
                        + " or one of its PractitionerRoles");
            }
            return compartment.patientsOf(message).stream().allMatch(relations::seesPatient) ? Optional.empty()
                    : Optional.of(notInCare("Communication"));
        }
        if (REPORTS.contains(resource.fhirType())) {
            return seesAllPatients(resource) ? Optional.empty() : Optional.of(notInCare(resource.fhirType()));
        }
        return Optional.of("A partner organization creates only Communications and, about patients in its care, "
                + String.join(", ", REPORTS.stream().sorted().toList()) + "; not " + resource.fhirType());
    }

    /** Why the partner may not replace {@code previous} with {@code next}, or empty when it may. */
    public Optional<String> refusalToUpdate(IBaseResource previous, IBaseResource next) {
        if (previous instanceof Task before && next instanceof Task after) {
            if (!isMember(before.getOwner())) {
                return Optional.of("Only the Task's owner may change it; " + relations.organization() + " is not");
            }
            return TaskChange.refusal(before, after);
        }
        return Optional.of("A partner organization updates only the Tasks it owns; not " + next.fhirType());
    }

    private boolean seesAllPatients(IBaseResource resource) {
        List<String> patients = compartment.patientsOf(resource);
        return !patients.isEmpty() && patients.stream().allMatch(relations::seesPatient);
    }

    private boolean isMember(Reference reference) {
        return relations.isMember(reference);
    }

    private boolean anyMember(List<Reference> references) {
        return references.stream().anyMatch(relations::isMember);
    }

    private String notInCare(String type) {
        return "The " + type + " must be about patients in the care of " + relations.organization()
                + " (a consent in force naming it, or its care team on the patient's plan); reference them as"
                + " Patient/<id>";
    }
}
