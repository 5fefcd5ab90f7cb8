package jp.renkei.server.ingest;

import java.util.Arrays;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;

/**
 * What one version of an SS-MIX2 record says: the conditional update URLs on record identifiers in its transaction
 * ({@code MedicationRequest?identifier=<record system>|<record>.RXE.3}), one per resource the record is the source
 * of; not what other records write too (the Patient, an admission's Encounter). Comparing two versions' items tells
 * what the newer one no longer says.
 */
record RecordItems(SortedSet<String> matchUrls) {

    RecordItems {
        matchUrls = new TreeSet<>(matchUrls);
    }

    static RecordItems of(Bundle transaction, String recordSystem) {
        String onRecordIdentifier = "?identifier=" + recordSystem + "|";
        return new RecordItems(transaction.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getRequest)
                .filter(request -> request.getMethod() == Bundle.HTTPVerb.PUT
                        && request.getUrl().contains(onRecordIdentifier))
                .map(Bundle.BundleEntryRequestComponent::getUrl)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** As stored by {@link Ssmix2Deliveries}: one URL per line; nothing (a row from before items were kept) is none. */
    static RecordItems parse(String text) {
        return new RecordItems(text == null || text.isBlank() ? new TreeSet<>()
                : new TreeSet<>(Arrays.asList(text.split("\n"))));
    }

    String text() {
        return String.join("\n", matchUrls);
    }

    /** The items of this version that {@code newer} does not have. */
    Set<String> missingFrom(RecordItems newer) {
        SortedSet<String> missing = new TreeSet<>(matchUrls);
        missing.removeAll(newer.matchUrls);
        return missing;
    }
}
