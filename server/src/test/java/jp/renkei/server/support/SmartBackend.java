package jp.renkei.server.support;

import jp.renkei.server.security.KeyFiles;
import jp.renkei.server.security.authserver.DemoPartners;
import jp.renkei.server.security.client.BackendServiceClient;
import jp.renkei.server.security.client.BackendServiceClient.AccessToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A demo partner system of a test server, getting real access tokens (private_key_jwt with the key the server
 * generated for it) and keeping each until shortly before it expires. Tests act as the hospital EHR
 * ({@code system/*.cruds}) unless they say otherwise.
 */
public final class SmartBackend {

    /** Where the shared test server keeps its keys (see {@link RenkeiServerTest}). */
    public static final Path TEST_KEY_DIR = Path.of("target/it-keys");
    public static final String HOSPITAL_EHR = "hospital-ehr";
    public static final String HOSPITAL_EHR_SCOPE = "system/*.cruds";

    private final BackendServiceClient client;
    private final String scope;
    private AccessToken token;

    public SmartBackend(BackendServiceClient client, String scope) {
        this.client = client;
        this.scope = scope;
    }

    /** The hospital EHR of the shared test server. */
    public static SmartBackend hospitalEhr(int port) {
        return of(port, TEST_KEY_DIR, HOSPITAL_EHR, HOSPITAL_EHR_SCOPE);
    }

    /** The hospital EHR of the shared test server behind {@code fhirBase} (e.g. an IGenericClient's server base). */
    public static SmartBackend hospitalEhr(String fhirBase) {
        return hospitalEhr(java.net.URI.create(fhirBase).getPort());
    }

    /** A demo client of the server on {@code port} whose keys are in {@code keyDir}, asking for {@code scope}. */
    public static SmartBackend of(int port, Path keyDir, String clientId, String scope) {
        HttpClient http = HttpClient.newHttpClient();
        try {
            return new SmartBackend(new BackendServiceClient(http, clientId,
                    KeyFiles.read(DemoPartners.privateKeyFile(keyDir, clientId)),
                    BackendServiceClient.discoverTokenEndpoint(http, FhirClients.baseUrl(port))), scope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public BackendServiceClient client() {
        return client;
    }

    /** A valid access token, requested again when the last one has less than a minute left. */
    public synchronized String accessToken() {
        if (token == null || token.expiresAt().isBefore(Instant.now().plus(Duration.ofMinutes(1)))) {
            try {
                token = client.requestToken(scope);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token.value();
    }

    /** The request with this partner's {@code Authorization: Bearer} header. */
    public HttpRequest.Builder authorize(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + accessToken());
    }
}
