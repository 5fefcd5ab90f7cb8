package jp.renkei.bench;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.IRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.time.Duration;

/** Builds the one generic client all bench threads share (HAPI's generic client is thread-safe). */
final class FhirClients {

	/** Large transactions under load can take long; a timeout should mean a stuck server, not a busy one. */
	static final Duration SOCKET_TIMEOUT = Duration.ofMinutes(2);
	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private FhirClients() {
	}

	static IGenericClient create(FhirContext context, String baseUrl, int clients) {
		IRestfulClientFactory factory = context.getRestfulClientFactory();
		// One pooled connection per client thread: fewer would queue requests inside the bench
		// and the figures would include waiting for a connection.
		factory.setPoolMaxTotal(clients);
		factory.setPoolMaxPerRoute(clients);
		factory.setSocketTimeout((int) SOCKET_TIMEOUT.toMillis());
		factory.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
		factory.setConnectionRequestTimeout((int) SOCKET_TIMEOUT.toMillis());
		// The bench reads the CapabilityStatement itself once; no hidden /metadata call per client.
		factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
		IGenericClient client = context.newRestfulGenericClient(baseUrl);
		client.setEncoding(EncodingEnum.JSON);
		// Renkei wants a bearer token (README, "Security"); a run longer than the token's life needs a server started
		// with a longer --renkei.security.access-token-lifetime.
		String token = System.getenv("RENKEI_TOKEN");
		if (token != null && !token.isBlank()) {
			client.registerInterceptor(new BearerTokenAuthInterceptor(token.strip()));
		}
		return client;
	}
}
