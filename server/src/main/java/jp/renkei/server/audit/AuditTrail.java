package jp.renkei.server.audit;

import ca.uhn.fhir.context.FhirContext;
import java.util.UUID;
import org.hl7.fhir.r4.model.AuditEvent;

/**
 * Records accesses as IHE BALP AuditEvents in the {@link AuditLedger}, synchronously: an event is committed before
 * the answer it records leaves the server (no in-memory queue a crash could lose). The event names what the request
 * touched as given, whether or not it is stored (a deleted patient, an organization not on file): the ledger has no
 * referential checks to satisfy, so nothing needs looking up first.
 */
public final class AuditTrail {

    private final AuditLedger ledger;
    private final FhirContext fhirContext;

    AuditTrail(AuditLedger ledger, FhirContext fhirContext) {
        this.ledger = ledger;
        this.fhirContext = fhirContext;
    }

    /** Stores the event of {@code access}; returns its reference ({@code AuditEvent/<id>}). */
    public String record(AuditedAccess access) {
        AuditEvent event = BalpAuditEvent.of(access);
        event.setId(UUID.randomUUID().toString());
        ledger.append(LedgerEntry.of(access, event, fhirContext.newJsonParser().encodeResourceToString(event)));
        return "AuditEvent/" + event.getIdElement().getIdPart();
    }
}
