package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jp.renkei.server.RenkeiServerApplication;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import jp.renkei.server.support.TestDatabase;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With {@code renkei.security.external-issuer} set, a server accepts that issuer's tokens (keys found by discovery)
 * and runs no authorization server of its own. The shared test server plays the external issuer.
 */
@RenkeiServerTest
class ExternalIssuerIT {

    @LocalServerPort
    int issuerPort;

    @TempDir
    Path dataDir;

    @Test
    void theIssuersTokensAreAcceptedWithTheirScopesAndNoOwnTokenEndpointRuns() throws Exception {
        String issuer = "http://localhost:" + issuerPort;
        try (ConfigurableApplicationContext server = start(issuer)) {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            String readerToken = SmartBackend.of(issuerPort, SmartBackend.TEST_KEY_DIR, "clinic-aoba", "system/*.rs")
                    .accessToken();
            IGenericClient reader = FhirClients.unauthenticated(port);
            reader.registerInterceptor(new BearerTokenAuthInterceptor(readerToken));

            assertThat(reader.search().forResource("Patient").returnBundle(Bundle.class).execute()).isNotNull();
            assertThatThrownBy(() -> reader.create().resource(TestPatients.yamadaTaro(TestPatients.newPatientId()))
                    .execute()).isInstanceOf(ForbiddenOperationException.class);
            assertThatThrownBy(() -> FhirClients.unauthenticated(port).search().forResource("Patient")
                    .returnBundle(Bundle.class).execute()).isInstanceOf(AuthenticationException.class);

            HttpClient http = HttpClient.newHttpClient();
            var smart = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(
                    URI.create(FhirClients.baseUrl(port) + "/.well-known/smart-configuration")).build(),
                    BodyHandlers.ofString()).body());
            assertThat(smart.path("token_endpoint").asText()).isEqualTo(issuer + "/oauth2/token");
            assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/token"))
                            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                            .header("Content-Type", "application/x-www-form-urlencoded").build(),
                    BodyHandlers.ofString()).statusCode()).as("no token endpoint of its own").isEqualTo(401);
        }
    }

    private ConfigurableApplicationContext start(String issuer) {
        String h2Url = "jdbc:h2:file:" + dataDir.resolve("renkei").toAbsolutePath();
        Map<String, Object> properties = new HashMap<>(TestDatabase.current().springProperties(h2Url));
        properties.put("server.port", "0");
        properties.put("renkei.demo.enabled", "false");
        properties.put("renkei.security.key-dir", dataDir.toString());
        properties.put("renkei.security.external-issuer", issuer);
        // As command-line arguments: default properties would lose against application.yaml (./data, ./data/renkei).
        return new SpringApplicationBuilder(RenkeiServerApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }
}
