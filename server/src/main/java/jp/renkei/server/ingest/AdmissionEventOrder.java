package jp.renkei.server.ingest;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import jp.renkei.mapping.ssmix2.AttendingChange;
import jp.renkei.mapping.ssmix2.BedHistory;
import jp.renkei.mapping.ssmix2.HospitalIdentity;
import jp.renkei.mapping.ssmix2.SourceRecord;
import jp.renkei.mapping.ssmix2.Ssmix2FileName;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Resource;

/**
 * Keeps an admission's Encounter at its latest event, with the beds of the earlier ones. Every ADT file of a stay
 * (ADT-22 admission, ADT-42 transfers, ADT-52 discharge …) replaces the one Encounter, and they are different records,
 * so the delivery ledger's version order does not cover them: an old transfer sent after the discharge (a backlog
 * re-sent after an outage) would make a discharged patient an inpatient again. The Encounter names its file in
 * {@code meta.source}; a file older than the one that wrote the stored Encounter leaves it out of its transaction (the
 * rest of the file is applied). A later file's Encounter keeps the stored bed stays ({@link BedHistory}); a change of
 * attending doctor (ADT-01) changes only the stored Encounter's doctors ({@link AttendingChange}).
 */
final class AdmissionEventOrder {

    private final HospitalIdentity hospital;
    private final StoredResources stored;

    AdmissionEventOrder(HospitalIdentity hospital, StoredResources stored) {
        this.hospital = hospital;
        this.stored = stored;
    }

    /**
     * Removes from the file's transaction the entries a later file has written since, and lays the file's beds over
     * the stored Encounter's.
     */
    void apply(Bundle transaction, Ssmix2FileName file) {
        Iterator<Bundle.BundleEntryComponent> entries = transaction.getEntry().iterator();
        while (entries.hasNext()) {
            Bundle.BundleEntryComponent entry = entries.next();
            if (!writtenByAnAdtFile(entry)) {
                continue;
            }
            List<Resource> current = stored.matching(entry.getRequest().getUrl());
            if (current.stream().anyMatch(resource -> writtenByLaterFile(resource, file))) {
                entries.remove();
            } else if (entry.getResource() instanceof Encounter encounter && current.size() == 1
                    && current.get(0) instanceof Encounter before) {
                if (file.dataType().equals(AttendingChange.DATA_TYPE)) {
                    entry.setResource(AttendingChange.applyTo(before, encounter));
                } else {
                    encounter.setLocation(BedHistory.merge(before.getLocation(), encounter.getLocation()));
                }
            }
        }
    }

    private boolean writtenByAnAdtFile(Bundle.BundleEntryComponent entry) {
        return entry.getRequest().getMethod() == Bundle.HTTPVerb.PUT
                && SourceRecord.fileOf(hospital, entry.getResource().getMeta().getSource()).isPresent();
    }

    private boolean writtenByLaterFile(Resource resource, Ssmix2FileName file) {
        Optional<Ssmix2FileName> writer = SourceRecord.fileOf(hospital, resource.getMeta().getSource());
        return writer.isPresent() && writer.get().isLaterVersionThan(file);
    }
}
