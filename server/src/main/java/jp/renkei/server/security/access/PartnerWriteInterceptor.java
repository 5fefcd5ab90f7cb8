package jp.renkei.server.security.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Optional;
import jp.renkei.server.interceptor.RestInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Lets a partner write only what {@link PartnerAccess} allows, checked on every resource the storage layer is about
 * to write on its behalf: single requests, each entry of a transaction or batch, and whatever an operation writes.
 * A refusal (403) rolls the whole transaction back.
 */
@Interceptor
public final class PartnerWriteInterceptor implements RestInterceptor {

    private final AccessDecisions decisions;

    public PartnerWriteInterceptor(AccessDecisions decisions) {
        this.decisions = decisions;
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_CREATED)
    public void checkCreate(IBaseResource resource, RequestDetails request) {
        decisions.partnerOf(request).ifPresent(access -> refuseIf(access.refusalToCreate(resource)));
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_UPDATED)
    public void checkUpdate(IBaseResource previous, IBaseResource resource, RequestDetails request) {
        decisions.partnerOf(request).ifPresent(access -> refuseIf(access.refusalToUpdate(previous, resource)));
    }

    @Hook(Pointcut.STORAGE_PRESTORAGE_RESOURCE_DELETED)
    public void checkDelete(IBaseResource resource, RequestDetails request) {
        if (decisions.isPartner(request)) {
            throw new ForbiddenOperationException("Partner organizations delete nothing; ask the hospital's"
                    + " liaison office to correct or retire " + resource.fhirType());
        }
    }

    private static void refuseIf(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw new ForbiddenOperationException(reason);
        });
    }
}
