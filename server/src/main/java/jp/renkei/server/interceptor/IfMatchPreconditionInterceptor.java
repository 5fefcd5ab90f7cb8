package jp.renkei.server.interceptor;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;

/**
 * FHIR answers an update whose {@code If-Match} names a stale version with 412 Precondition Failed; HAPI's JPA
 * layer says 409 Conflict. Clients following the specification retry on 412 only, so we answer 412.
 */
@Interceptor
public final class IfMatchPreconditionInterceptor implements RestInterceptor {

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException answerStaleIfMatchWith412(RequestDetails request, Throwable exception) {
        if (exception instanceof ResourceVersionConflictException conflict
                && request.getHeader(Constants.HEADER_IF_MATCH) != null) {
            PreconditionFailedException failed = new PreconditionFailedException(conflict.getMessage()
                    + " (If-Match: " + request.getHeader(Constants.HEADER_IF_MATCH) + "; read the resource again)");
            failed.initCause(conflict);
            return failed;
        }
        return null;
    }
}
