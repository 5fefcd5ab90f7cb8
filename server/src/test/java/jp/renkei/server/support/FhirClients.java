package jp.renkei.server.support;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;

/** HAPI generic clients for a server listening on localhost. */
public final class FhirClients {

    public static final FhirContext FHIR = FhirContext.forR4Cached();

    private FhirClients() {}

    public static String baseUrl(int port) {
        return "http://localhost:" + port + "/fhir";
    }

    public static IGenericClient forPort(int port) {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        // The first validation waits for the validator's warm-up, which takes tens of seconds on a busy 2-core box.
        FHIR.getRestfulClientFactory().setSocketTimeout(120_000);
        return FHIR.newRestfulGenericClient(baseUrl(port));
    }
}
