package jp.renkei.server.validation;

import ca.uhn.fhir.rest.api.server.RequestDetails;

/**
 * A request whose resources an operation answers for itself, so the {@link ProfileValidationInterceptor} must not
 * validate them again, nor refuse them: {@code $ingest-document} validates the document once and files it even when it
 * does not conform (unless in strict mode); {@code $ingest-ssmix2} stores what Renkei's own mappers made, whose
 * conformance to JP Core the mapping tests check for every data type (validating each message's output again cost
 * two thirds of the ingest CPU, measured with JFR). Only the operation that handles the request marks it; any other
 * write is validated as usual.
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
