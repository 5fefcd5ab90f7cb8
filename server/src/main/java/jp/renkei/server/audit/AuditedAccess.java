package jp.renkei.server.audit;

import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One access to the record, as the audit trail keeps it: what was done, to which resources and patients, by whom,
 * when, and how it ended.
 *
 * @param interaction the FHIR interaction ({@code RestOperationTypeEnum}), or empty for a request refused before
 *     HAPI knew what it was (no or a bad token)
 * @param operationName the operation, e.g. {@code $ingest-ssmix2}, for operations
 * @param query the request's query string (search parameters), when it had one
 * @param patients the patients whose data was touched, as {@code Patient/<id>}
 * @param resources the resources read or written, as {@code <type>/<id>}; empty for searches (the patients and the
 *     query say what was seen) and for transactions (the patients say whose data was written)
 */
public record AuditedAccess(
        Optional<RestOperationTypeEnum> interaction,
        Optional<String> operationName,
        String requestPath,
        Optional<String> query,
        String requestId,
        Instant recorded,
        AuditAgent agent,
        AuditOutcome outcome,
        Optional<String> outcomeDescription,
        Set<String> patients,
        List<String> resources) {

    public AuditedAccess {
        patients = Set.copyOf(patients);
        resources = List.copyOf(resources);
    }
}
