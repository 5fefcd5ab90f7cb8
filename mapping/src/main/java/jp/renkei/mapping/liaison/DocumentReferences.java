package jp.renkei.mapping.liaison;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * Points the references of the document's copies at the entries' fullUrls. A reference to a resource that is not in
 * the document loses its literal part (a server id would not resolve at the partner, and a document must resolve
 * inside itself); what remains depends on what it pointed at:
 * <ul>
 * <li>a party or thing (Organization, Practitioner, PractitionerRole, RelatedPerson, CareTeam, Location, Medication,
 * Device, HealthcareService, Patient) keeps its display and identifier, so the reader still sees who;</li>
 * <li>anything else (Condition, Observation, MedicationRequest, Goal, Encounter …) is removed with its display: the
 * kind did not get that data, and a display such as 脳梗塞 would disclose it.</li>
 * </ul>
 * Elements that then lack a required reference (Encounter.diagnosis, an Appointment participant without actor or
 * type) are removed. A CareTeam participant whose member is not a Practitioner loses onBehalfOf: inside a document
 * the member resolves, and ctm-1 then allows onBehalfOf only for a Practitioner (on the server the same reference
 * does not resolve and passes); a PractitionerRole names its organization itself.
 */
final class DocumentReferences {

    private static final Set<String> PARTIES = Set.of("Organization", "Practitioner", "PractitionerRole",
            "RelatedPerson", "CareTeam", "Location", "Medication", "Device", "HealthcareService", "Patient");

    private final Map<String, String> fullUrls;

    /** @param fullUrls the fullUrl of each source resource in the document, by key ({@code Condition/123}) */
    DocumentReferences(Map<String, String> fullUrls) {
        this.fullUrls = Map.copyOf(fullUrls);
    }

    /** Rewrites the copy's references in place; true when one of them was emptied (pointing outside the document). */
    boolean rewriteIn(Resource copy) {
        if (copy instanceof CareTeam team) {
            team.getParticipant().stream()
                    .filter(participant -> SourceRecord.key(participant.getMember())
                            .filter(key -> !key.startsWith("Practitioner/")).isPresent())
                    .forEach(participant -> participant.setOnBehalfOf(null));
        }
        boolean emptied = false;
        for (Reference reference : References.in(copy)) {
            emptied |= rewrite(reference);
        }
        pruneEmpty(copy);
        return emptied;
    }

    /** Rewrites one reference; true when nothing is left of it. */
    private boolean rewrite(Reference reference) {
        // HAPI's parser links references to the resources it parsed alongside (entries of a Bundle); the encoder
        // would write such a resource's id back, so the link goes: the document refers by fullUrl only.
        reference.setResource(null);
        String literal = reference.getReference();
        if (literal == null || literal.startsWith("#")) {
            return false;
        }
        Optional<String> key = SourceRecord.key(reference);
        if (key.isPresent() && fullUrls.containsKey(key.get())) {
            reference.setReference(fullUrls.get(key.get()));
            return false;
        }
        String type = key.map(k -> k.substring(0, k.indexOf('/'))).orElse(reference.getType());
        reference.setReference(null);
        if (type == null || !PARTIES.contains(type)) {
            reference.setDisplay(null).setIdentifier(null).setType(null);
        }
        return reference.isEmpty();
    }

    private static void pruneEmpty(Resource copy) {
        if (copy instanceof Encounter encounter) {
            encounter.getDiagnosis().removeIf(diagnosis -> diagnosis.getCondition().isEmpty());
        } else if (copy instanceof Appointment appointment) {
            appointment.getParticipant().removeIf(participant -> participant.getActor().isEmpty()
                    && !participant.hasType());
        }
    }
}
