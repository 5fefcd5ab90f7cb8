package jp.renkei.mapping.liaison;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The source resources a liaison sheet holds, by key, in entry order: the patient, recipient and sender, the
 * admission, each section's entries, then the organizations, practitioners, locations and medications those entries
 * point at (followed through, e.g. PractitionerRole → Practitioner). Nothing else of the record goes in: a kind that
 * gets no medical section gets no diagnoses, medications, allergies or procedures.
 */
final class DocumentContents {

    /** What a narrative or a reader needs to know who or what an entry names, without clinical content. */
    private static final Set<String> SUPPORTING = Set.of("Organization", "Practitioner", "PractitionerRole",
            "Location", "Medication");

    private final SourceRecord record;
    private final Map<String, Resource> byKey = new LinkedHashMap<>();

    DocumentContents(SourceRecord record, Organization recipient, Organization sender, Optional<Encounter> admission,
            Map<LiaisonSection, List<Resource>> sectionEntries) {
        this.record = record;
        byKey.put(record.patientKey(), record.patient());
        byKey.put(SourceRecord.key(recipient), recipient);
        byKey.put(SourceRecord.key(sender), sender);
        admission.ifPresent(this::add);
        sectionEntries.values().forEach(entries -> entries.forEach(this::add));
        addSupporting();
    }

    Map<String, Resource> byKey() {
        return byKey;
    }

    private void add(Resource resource) {
        byKey.putIfAbsent(SourceRecord.key(resource), resource);
    }

    private void addSupporting() {
        Deque<Resource> pending = new ArrayDeque<>(byKey.values());
        while (!pending.isEmpty()) {
            Resource resource = pending.pop();
            for (Reference reference : References.in(resource)) {
                record.resolve(reference)
                        .filter(target -> SUPPORTING.contains(target.fhirType()))
                        .filter(target -> !byKey.containsKey(SourceRecord.key(target)))
                        .ifPresent(target -> {
                            add(target);
                            pending.add(target);
                        });
            }
        }
    }
}
