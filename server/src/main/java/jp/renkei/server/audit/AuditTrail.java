package jp.renkei.server.audit;

import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import org.hl7.fhir.r4.model.AuditEvent;

/**
 * Stores AuditEvents in the FHIR database itself, synchronously, each in its own committed transaction: an event is
 * durable before the answer it records leaves the server (no in-memory queue a crash could lose). Written as the
 * system, so that writing the trail is not itself audited or refused by the guard on the API.
 */
public final class AuditTrail {

    private final IFhirResourceDao<AuditEvent> auditEvents;

    public AuditTrail(IFhirResourceDao<AuditEvent> auditEvents) {
        this.auditEvents = auditEvents;
    }

    public String record(AuditedAccess access) {
        DaoMethodOutcome outcome = auditEvents.create(BalpAuditEvent.of(access), new SystemRequestDetails());
        return outcome.getId().toUnqualifiedVersionless().getValue();
    }
}
