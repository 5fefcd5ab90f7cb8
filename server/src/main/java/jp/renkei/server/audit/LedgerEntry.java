package jp.renkei.server.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;

/**
 * One row of the audit ledger: the AuditEvent as served (its JSON) and the values auditors search it by, each a
 * column of its own so that no search has to read the JSON.
 *
 * @param patients the patients the event names ({@code Patient/<id>}), one subject row each
 * @param entities the resources the event names one by one ({@code <type>/<id>}), one subject row each
 */
record LedgerEntry(String id, Instant recorded, String clientId, Optional<String> organization, String outcome,
        String action, String type, Optional<String> subtype, String json, Set<String> patients,
        List<String> entities) {

    LedgerEntry {
        patients = Set.copyOf(patients);
        entities = List.copyOf(entities);
    }

    /** The entry of {@code event}, made by {@link BalpAuditEvent} from {@code access} and encoded as {@code json}. */
    static LedgerEntry of(AuditedAccess access, AuditEvent event, String json) {
        return new LedgerEntry(event.getIdElement().getIdPart(), event.getRecorded().toInstant(),
                access.agent().clientId(), access.agent().organization(), event.getOutcome().toCode(),
                event.getAction().toCode(), event.getType().getCode(),
                event.getSubtype().stream().map(coding -> coding.getCode()).findFirst(), json, access.patients(),
                access.resources());
    }
}
