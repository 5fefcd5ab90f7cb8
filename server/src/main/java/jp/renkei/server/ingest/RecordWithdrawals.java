package jp.renkei.server.ingest;

import java.util.Set;
import jp.renkei.mapping.ssmix2.Withdrawal;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/**
 * Adds to a newer SS-MIX2 file's transaction the withdrawal ({@link Withdrawal}: entered-in-error) of the stored
 * resources that an earlier version of its record said and it no longer does, so that both commit together. The
 * withdrawals are written as the sender, whose write rules apply to them as to the rest of the transaction.
 */
final class RecordWithdrawals {

    private final StoredResources stored;

    RecordWithdrawals(StoredResources stored) {
        this.stored = stored;
    }

    /** Adds a PUT of the withdrawn resource for each resource stored under one of {@code droppedItems}. */
    void addTo(Bundle transaction, Set<String> droppedItems) {
        for (String matchUrl : droppedItems) {
            for (Resource resource : stored.matching(matchUrl)) {
                Withdrawal.of(resource).ifPresent(withdrawn -> add(transaction, withdrawn));
            }
        }
    }

    private static void add(Bundle transaction, Resource withdrawn) {
        String id = withdrawn.getIdElement().toUnqualifiedVersionless().getValue();
        withdrawn.setId(id);
        transaction.addEntry().setResource(withdrawn)
                .setRequest(new Bundle.BundleEntryRequestComponent().setMethod(Bundle.HTTPVerb.PUT).setUrl(id));
    }
}
