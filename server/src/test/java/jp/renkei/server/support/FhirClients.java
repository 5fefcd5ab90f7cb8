package jp.renkei.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IClientInterceptor;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;

/** HAPI generic clients for a server listening on localhost, authenticated as a demo partner with real tokens. */
public final class FhirClients {

    public static final FhirContext FHIR = FhirContext.forR4Cached();

    private FhirClients() {}

    public static String baseUrl(int port) {
        return "http://localhost:" + port + "/fhir";
    }

    /** A client of the shared test server acting as the hospital EHR ({@code system/*.cruds}). */
    public static IGenericClient forPort(int port) {
        return as(port, SmartBackend.hospitalEhr(port));
    }

    /** A client of the server on {@code port} acting as {@code partner}. */
    public static IGenericClient as(int port, SmartBackend partner) {
        IGenericClient client = unauthenticated(port);
        client.registerInterceptor(new BearerToken(partner));
        return client;
    }

    /** A client sending no token: only {@code /metadata} answers it. */
    public static IGenericClient unauthenticated(int port) {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // The first validation waits for the validator's warm-up, which takes tens of seconds on a busy 2-core box.
        FHIR.getRestfulClientFactory().setSocketTimeout(120_000);
        return FHIR.newRestfulGenericClient(baseUrl(port));
    }

    /** Adds the partner's current token to every request (HAPI's own interceptor only knows a fixed token). */
    private record BearerToken(SmartBackend partner) implements IClientInterceptor {
        @Override
        public void interceptRequest(IHttpRequest request) {
            request.addHeader("Authorization", "Bearer " + partner.accessToken());
        }

        @Override
        public void interceptResponse(IHttpResponse response) {}
    }
}
