package jp.renkei.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.model.DeleteConflictList;
import ca.uhn.fhir.jpa.delete.DeleteConflictOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import jp.renkei.server.interceptor.RestInterceptor;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseConformance;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CapabilityStatement;

/**
 * The audit trail is the server's own record: no client may create, change or delete an AuditEvent. Direct requests
 * reach {@link AuditEventProvider}, which refuses them with {@link #refusal}; the entries of a transaction or batch go
 * to HAPI's JPA AuditEvent DAO (HAPI routes them by type, past the REST providers), where the storage hooks below
 * refuse them. The CapabilityStatement shows AuditEvent as read and search only. Events stored in HAPI's tables by
 * earlier versions never stop a delete.
 */
@Interceptor
public final class AuditTrailGuard implements RestInterceptor {

    private static final Set<CapabilityStatement.TypeRestfulInteraction> SERVED = Set.of(
            CapabilityStatement.TypeRestfulInteraction.READ, CapabilityStatement.TypeRestfulInteraction.SEARCHTYPE);

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void creating(IBaseResource resource, RequestDetails request) {
        refuseAuditEvent(resource, "created");
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void updating(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        refuseAuditEvent(resource, "changed");
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    public void deleting(IBaseResource resource, RequestDetails request) {
        refuseAuditEvent(resource, "deleted");
    }

    /**
     * AuditEvents that versions before the ledger stored in HAPI's tables refer to what they name; that must not stop
     * a client from deleting it (HAPI would refuse, 409). Their references are taken out of the conflicts; HAPI's
     * first look finds only one conflict, so when that was the trail's it looks once more, wider, for a real one.
     */
    @Hook(Pointcut.STORAGE_PRESTORAGE_DELETE_CONFLICTS)
    public DeleteConflictOutcome deleting(DeleteConflictList conflicts) {
        conflicts.removeIf(conflict -> "AuditEvent".equals(conflict.getSourceId().getResourceType()));
        return conflicts.isEmpty() ? new DeleteConflictOutcome().setShouldRetryCount(1) : null;
    }

    /** AuditEvent's interactions in the CapabilityStatement: those {@link AuditEventProvider} refuses left out. */
    @Hook(Pointcut.SERVER_CAPABILITY_STATEMENT_GENERATED)
    public void readOnlyInCapabilities(IBaseConformance generated) {
        if (generated instanceof CapabilityStatement statement) {
            statement.getRest().forEach(rest -> rest.getResource().stream()
                    .filter(resource -> "AuditEvent".equals(resource.getType()))
                    .forEach(resource -> resource.getInteraction().removeIf(interaction ->
                            !SERVED.contains(interaction.getCode()))));
        }
    }

    static ForbiddenOperationException refusal(String verb) {
        return new ForbiddenOperationException("AuditEvents are written by the server only and cannot be " + verb
                + " through the API");
    }

    static ForbiddenOperationException noHistory() {
        return new ForbiddenOperationException("AuditEvents have no history: each is written once and never changes");
    }

    private static void refuseAuditEvent(IBaseResource resource, String verb) {
        if (resource.fhirType().equals("AuditEvent")) {
            throw refusal(verb);
        }
    }
}
