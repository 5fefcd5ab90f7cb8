package jp.renkei.server.audit;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.api.model.DeleteConflictList;
import ca.uhn.fhir.jpa.delete.DeleteConflictOutcome;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import jp.renkei.server.interceptor.RestInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The audit trail is the server's own record: no client may create, change or delete an AuditEvent, directly or
 * inside a transaction, and the trail's references never stop a delete. Registered on the REST server, so it sees
 * only what comes over the API; the trail itself is written as the system.
 */
@Interceptor
public final class AuditTrailGuard implements RestInterceptor {

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
     * The trail names what was seen; that must not stop a client from deleting it (HAPI would refuse, 409, since the
     * AuditEvent refers to it). The trail's references are taken out of the conflicts; HAPI's first look finds only
     * one conflict, so when that was the trail's it looks once more, wider, for a real one.
     */
    @Hook(Pointcut.STORAGE_PRESTORAGE_DELETE_CONFLICTS)
    public DeleteConflictOutcome deleting(DeleteConflictList conflicts) {
        conflicts.removeIf(conflict -> "AuditEvent".equals(conflict.getSourceId().getResourceType()));
        return conflicts.isEmpty() ? new DeleteConflictOutcome().setShouldRetryCount(1) : null;
    }

    private static void refuseAuditEvent(IBaseResource resource, String verb) {
        if (resource.fhirType().equals("AuditEvent")) {
            throw new ForbiddenOperationException("AuditEvents are written by the server only and cannot be " + verb
                    + " through the API");
        }
    }
}
