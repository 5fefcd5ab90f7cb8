package jp.renkei.server.security.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A SMART backend service asking a token endpoint for an access token with a private_key_jwt client assertion
 * ({@code grant_type=client_credentials}). What a partner system does; used by {@link ClientTokenCommand} and the
 * tests.
 */
public record BackendServiceClient(HttpClient http, String clientId, JWK privateKey, URI tokenEndpoint) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The token endpoint advertised at {@code <FHIR base>/.well-known/smart-configuration}. */
    public static URI discoverTokenEndpoint(HttpClient http, String fhirBase) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create(fhirBase.replaceAll("/$", "") + "/.well-known/smart-configuration")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("No SMART configuration at " + fhirBase + ": HTTP " + response.statusCode());
        }
        return URI.create(JSON.readTree(response.body()).path("token_endpoint").asText());
    }

    /** A fresh assertion for this client: five minutes to live at most (SMART), here one. */
    public ClientAssertion newAssertion() {
        return new ClientAssertion(clientId, tokenEndpoint.toString(), Instant.now().plus(Duration.ofMinutes(1)),
                UUID.randomUUID().toString());
    }

    /** Asks for a token; throws unless it is granted. */
    public AccessToken requestToken(String scope) throws IOException, InterruptedException {
        HttpResponse<String> response = send(newAssertion().signWith(privateKey), scope);
        JsonNode body = JSON.readTree(response.body());
        if (response.statusCode() != 200) {
            throw new IOException("Token request of " + clientId + " refused: HTTP " + response.statusCode() + " "
                    + response.body());
        }
        return new AccessToken(body.path("access_token").asText(), body.path("scope").asText(),
                Instant.now().plusSeconds(body.path("expires_in").asLong()));
    }

    /** The raw token request with the given signed assertion, whatever the answer. */
    public HttpResponse<String> send(String signedAssertion, String scope) throws IOException, InterruptedException {
        String form = Map.of(
                        "grant_type", "client_credentials",
                        "client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                        "client_assertion", signedAssertion,
                        "client_id", clientId,
                        "scope", scope)
                .entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(tokenEndpoint)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A granted access token. */
    public record AccessToken(String value, String scope, Instant expiresAt) {}
}
