package jp.renkei.server.support;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Requests the generic client cannot make, e.g. an operation whose body is a resource rather than Parameters, sent to
 * the server the client talks to. Tests keep their HTTP here, so that what every request needs (e.g. credentials)
 * is added in one place.
 */
public final class PlainRequests {

    /** Status and body of a response. */
    public record Answer(int status, String body) {}

    private PlainRequests() {}

    /** POSTs the body to {@code <server base>/<path>}, asking for FHIR JSON back. */
    public static Answer post(IGenericClient client, String path, String contentType, String body) {
        HttpRequest request = SmartBackend.hospitalEhr(client.getServerBase())
                .authorize(HttpRequest.newBuilder(URI.create(client.getServerBase() + "/" + path)))
                .header("Content-Type", contentType)
                .header("Accept", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
