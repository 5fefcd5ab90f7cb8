package jp.renkei.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad requests get a 4xx with an OperationOutcome that says what is wrong, and the server carries on.
 * Raw HTTP, because a FHIR client would not send such requests.
 */
@RenkeiServerTest
class BadInputIT {

    private static final String FHIR_JSON = "application/fhir+json";

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    SmartBackend hospital;

    @BeforeEach
    void actAsTheHospital() {
        hospital = SmartBackend.hospitalEhr(port);
    }

    @AfterEach
    void theNextRequestStillSucceeds() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/metadata")).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() throws Exception {
        HttpResponse<String> response = post("/Patient", FHIR_JSON, "{\"resourceType\":\"Patient\",\"name\":[{\"family\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(diagnostics(response)).containsIgnoringCase("json");
    }

    @Test
    void xmlSentAsJsonIsRefused() throws Exception {
        HttpResponse<String> response = post("/Patient", FHIR_JSON,
                "<Patient xmlns=\"http://hl7.org/fhir\"><active value=\"true\"/></Patient>");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(diagnostics(response)).containsIgnoringCase("json");
    }

    @Test
    void anElementTheServerWouldDropIsRefusedAndNothingIsStored() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> response = post("/Patient", FHIR_JSON, "{\"resourceType\":\"Patient\",\"identifier\":[{"
                + "\"system\":\"urn:renkei:test\",\"value\":\"" + marker + "\"}],\"gendr\":\"female\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(diagnostics(response)).startsWith("Patient: ").contains("'gendr'", "Nothing was stored");
        assertThat(patientsWithIdentifier(marker)).isZero();
    }

    @Test
    void aTransactionWithOneEntryTheServerWouldCutIsRefusedWhole() throws Exception {
        String marker = UUID.randomUUID().toString();
        String patient = "{\"resourceType\":\"Patient\",\"identifier\":[{\"system\":\"urn:renkei:test\",\"value\":\""
                + marker + "\"}]}";
        String observation = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"体重\"},"
                + "\"subject\":{\"reference\":\"urn:uuid:" + marker + "\"},"
                + "\"valueQuantity\":{\"value\":52,\"unitt\":\"kg\"}}";
        HttpResponse<String> response = post("/", FHIR_JSON,
                "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"fullUrl\":\"urn:uuid:" + marker
                + "\",\"resource\":" + patient + ",\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}},"
                + "{\"resource\":" + observation + ",\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(diagnostics(response)).startsWith("Bundle.entry[1].resource").contains("'unitt'");
        assertThat(patientsWithIdentifier(marker)).isZero();
    }

    @Test
    void anUpdateWithAnElementTheServerWouldDropLeavesTheStoredVersion() throws Exception {
        String id = "dropped-" + UUID.randomUUID().toString().substring(0, 8);
        String stored = "{\"resourceType\":\"Patient\",\"id\":\"" + id + "\",\"gender\":\"female\"}";
        assertThat(put("/Patient/" + id, stored).statusCode()).isEqualTo(201);

        HttpResponse<String> response =
                put("/Patient/" + id, stored.replace("\"gender\"", "\"gender\":\"male\",\"sex\""));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(diagnostics(response)).contains("'sex'");
        HttpResponse<String> read = send(HttpRequest.newBuilder(uri("/Patient/" + id)).GET());
        assertThat(FhirClients.FHIR.newJsonParser().parseResource(Patient.class, read.body()))
                .satisfies(patient -> assertThat(patient.getGender().toCode()).isEqualTo("female"))
                .satisfies(patient -> assertThat(patient.getMeta().getVersionId()).isEqualTo("1"));
    }

    @Test
    void anUnknownResourceTypeIsNamed() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/Frobnicator?name=x")).GET());

        assertThat(response.statusCode()).isBetween(400, 404);
        assertThat(diagnostics(response)).contains("Frobnicator");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        String huge = "{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">"
                + "あ".repeat(600_000) + "</div>\"}}";

        HttpResponse<String> response = post("/Patient", FHIR_JSON, huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(diagnostics(response)).contains("max-request-size");
    }

    @Test
    void anUnknownSearchParameterIsNamed() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/Patient?frobnicate=1")).GET());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(diagnostics(response)).contains("frobnicate");
    }

    @Test
    void anUnencodedBarInATokenSearchIsAccepted() throws Exception {
        // java.net.URI refuses a raw '|', as curl does not: speak HTTP on a plain socket.
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /fhir/Patient?identifier=urn:oid:1.2.392.100495.20.3.51.11119900018|none"
                    + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/fhir+json\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + hospital.accessToken() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String statusLine = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();

            assertThat(statusLine).contains(" 200 ");
        }
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/Patient"))
                .method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "GET"));

        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void graphQlIsNotServed() throws Exception {
        HttpResponse<String> response = post("/$graphql", "application/json", "{\"query\":\"{PatientList{id}}\"}");

        assertThat(response.statusCode()).isBetween(400, 499);
    }

    private String diagnostics(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("fhir"));
        OperationOutcome outcome = FhirClients.FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
        return outcome.getIssueFirstRep().getDiagnostics();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .header("Accept", FHIR_JSON).POST(BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> put(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", FHIR_JSON).PUT(BodyPublishers.ofString(body)));
    }

    private int patientsWithIdentifier(String value) throws IOException, InterruptedException {
        HttpResponse<String> found = send(HttpRequest.newBuilder(uri("/Patient?identifier=urn:renkei:test%7C" + value)).GET());
        assertThat(found.statusCode()).isEqualTo(200);
        return FhirClients.FHIR.newJsonParser().parseResource(Bundle.class, found.body()).getEntry().size();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(hospital.authorize(request.header("Accept", FHIR_JSON)).build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(FhirClients.baseUrl(port) + path);
    }
}
