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

    /** Status, media type and bytes of a response that need not be text (a PDF). */
    public record Fetched(int status, String contentType, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private PlainRequests() {}

    /** GETs {@code <server base>/<path>} as the partner, with the given Accept header. */
    public static Fetched get(SmartBackend partner, String serverBase, String path, String accept) {
        HttpRequest request = partner.authorize(HttpRequest.newBuilder(URI.create(serverBase + "/" + path)))
                .header("Accept", accept).GET().build();
        HttpResponse<byte[]> response = send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Fetched(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    /** POSTs the body to {@code <server base>/<path>}, asking for FHIR JSON back. */
    public static Answer post(IGenericClient client, String path, String contentType, String body) {
        HttpRequest request = SmartBackend.hospitalEhr(client.getServerBase())
                .authorize(HttpRequest.newBuilder(URI.create(client.getServerBase() + "/" + path)))
                .header("Content-Type", contentType)
                .header("Accept", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HttpClient.newHttpClient().send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
