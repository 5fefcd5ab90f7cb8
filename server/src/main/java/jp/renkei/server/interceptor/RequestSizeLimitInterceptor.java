package jp.renkei.server.interceptor;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.PayloadTooLargeException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.unit.DataSize;

/** Refuses a request body larger than the configured limit before anything reads it. */
@Interceptor
public final class RequestSizeLimitInterceptor implements RestInterceptor {

    private final DataSize limit;

    public RequestSizeLimitInterceptor(DataSize limit) {
        this.limit = limit;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_PROCESSED)
    public boolean refuseOversizedBody(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length > limit.toBytes()) {
            throw new PayloadTooLargeException("Request body of " + length + " bytes is over this server's limit of "
                    + limit.toBytes() + " bytes (renkei.fhir.max-request-size); split the upload into smaller bundles");
        }
        return true;
    }
}
