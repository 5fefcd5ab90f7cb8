package jp.renkei.server.validation;

import ca.uhn.fhir.rest.api.server.RequestDetails;

/**
 * A request whose resources an operation has validated itself, and stores by its own rules: {@code $ingest-document}
 * validates the document once and files it even when it does not conform (unless in strict mode), so the
 * {@link ProfileValidationInterceptor} must not validate its entries again, nor refuse them. Only the operation that
 * handles the request marks it; any other write is validated as usual.
 */
public final class ValidatedRequest {

    private static final String KEY = ValidatedRequest.class.getName();

    private ValidatedRequest() {}

    /** @param operation the operation that validated the request, for the log and for debugging */
    public static void mark(RequestDetails request, String operation) {
        request.getUserData().put(KEY, operation);
    }

    static boolean isMarked(RequestDetails request) {
        return request != null && request.getUserData().containsKey(KEY);
    }
}
