package jp.renkei.server.ingest;

import jp.renkei.mapping.ssmix2.HospitalIdentity;
import jp.renkei.mapping.ssmix2.SourceRecord;
import jp.renkei.mapping.ssmix2.Ssmix2FileName;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Keeps an admission's Encounter at its latest event. Every ADT file of a stay (ADT-22 admission, ADT-42 transfers,
 * ADT-52 discharge …) replaces the one Encounter, and they are different records, so the delivery ledger's version
 * order does not cover them: an old transfer sent after the discharge (a backlog re-sent after an outage) would make
 * a discharged patient an inpatient again. The Encounter names its file in {@code meta.source}; a file older than the
 * one that wrote the stored Encounter leaves it out of its transaction (the rest of the file is applied).
 */
final class AdmissionEventOrder {

    private final HospitalIdentity hospital;
    private final StoredResources stored;

    AdmissionEventOrder(HospitalIdentity hospital, StoredResources stored) {
        this.hospital = hospital;
        this.stored = stored;
    }

    /** Removes from the file's transaction the entries a later file has written since. */
    void removeOverwritten(Bundle transaction, Ssmix2FileName file) {
        transaction.getEntry().removeIf(entry -> writtenByLaterFile(entry, file));
    }

    private boolean writtenByLaterFile(Bundle.BundleEntryComponent entry, Ssmix2FileName file) {
        boolean namesItsFile = SourceRecord.fileOf(hospital, entry.getResource().getMeta().getSource()).isPresent();
        if (!namesItsFile || entry.getRequest().getMethod() != Bundle.HTTPVerb.PUT) {
            return false;
        }
        return stored.matching(entry.getRequest().getUrl()).stream()
                .flatMap(resource -> SourceRecord.fileOf(hospital, resource.getMeta().getSource()).stream())
                .anyMatch(writer -> writer.isLaterVersionThan(file));
    }
}
