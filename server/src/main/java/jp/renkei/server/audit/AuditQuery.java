package jp.renkei.server.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A search of the audit trail in the ledger's terms. Within one list any value matches (OR); the lists and the time
 * range must all match (AND); an empty list does not narrow.
 *
 * @param patients {@code Patient/<id>} references
 * @param entities references of anything an event names, patients included
 * @param agents client ids or organization references ({@code agent}); {@code clientIds} client ids only ({@code altid})
 * @param recorded when the event was recorded
 * @param oldestFirst the order; newest first unless asked
 */
record AuditQuery(List<String> ids, List<String> patients, List<String> entities, List<String> agents,
        List<String> clientIds, List<String> types, List<String> subtypes, List<String> outcomes, List<String> actions,
        Optional<RecordedRange> recorded, boolean oldestFirst) {

    AuditQuery {
        ids = List.copyOf(ids);
        patients = List.copyOf(patients);
        entities = List.copyOf(entities);
        agents = List.copyOf(agents);
        clientIds = List.copyOf(clientIds);
        types = List.copyOf(types);
        subtypes = List.copyOf(subtypes);
        outcomes = List.copyOf(outcomes);
        actions = List.copyOf(actions);
    }

    /**
     * Events recorded from {@code from} to {@code to}, both inclusive and each optional, or (for {@code ne}) outside
     * that range.
     */
    record RecordedRange(Optional<Instant> from, Optional<Instant> to, boolean outside) {}
}
