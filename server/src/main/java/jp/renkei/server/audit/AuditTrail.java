package jp.renkei.server.audit;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.HashSet;
import java.util.Set;
import org.hl7.fhir.r4.model.AuditEvent;

/**
 * Stores AuditEvents in the FHIR database itself, synchronously, each in its own committed transaction: an event is
 * durable before the answer it records leaves the server (no in-memory queue a crash could lose). Written as the
 * system, so that writing the trail is not itself audited or refused by the guard on the API.
 */
public final class AuditTrail {

    private final IFhirResourceDao<AuditEvent> auditEvents;
    private final StoredResources stored;

    AuditTrail(IFhirResourceDao<AuditEvent> auditEvents, StoredResources stored) {
        this.auditEvents = auditEvents;
        this.stored = stored;
    }

    public String record(AuditedAccess access) {
        Set<String> named = new HashSet<>(access.patients());
        named.addAll(access.resources());
        access.agent().organization().ifPresent(named::add);
        AuditedAccess referable = access.referringOnlyTo(stored.among(named));
        DaoMethodOutcome outcome = auditEvents.create(BalpAuditEvent.of(referable), new SystemRequestDetails());
        return outcome.getId().toUnqualifiedVersionless().getValue();
    }
}
