package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import jp.renkei.server.security.authserver.AuthorizationServerConfig;
import jp.renkei.server.security.client.BackendServiceClient;
import jp.renkei.server.security.client.ClientAssertion;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * SMART Backend Services against the running server: discovery, tokens for RS384 and ES384 clients, each way a
 * client assertion can be wrong, and the resource server refusing requests without a valid token.
 */
@RenkeiServerTest
class SmartBackendServicesIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theSmartConfigurationAndTheCapabilityStatementAreOpen() throws Exception {
        HttpResponse<String> smart = get("/.well-known/smart-configuration", null);
        HttpResponse<String> metadata = get("/metadata", null);

        assertThat(smart.statusCode()).isEqualTo(200);
        JsonNode configuration = JSON.readTree(smart.body());
        assertThat(configuration.path("token_endpoint").asText()).isEqualTo("http://localhost:" + port + "/oauth2/token");
        assertThat(configuration.path("token_endpoint_auth_methods_supported").toString()).isEqualTo("[\"private_key_jwt\"]");
        assertThat(configuration.path("token_endpoint_auth_signing_alg_values_supported").toString())
                .isEqualTo("[\"RS384\",\"ES384\"]");
        assertThat(configuration.path("grant_types_supported").toString()).isEqualTo("[\"client_credentials\"]");
        assertThat(configuration.path("capabilities").toString())
                .contains("client-confidential-asymmetric").contains("permission-v2");
        assertThat(configuration.path("scopes_supported").toString()).contains("system/*.cruds");
        assertThat(metadata.statusCode()).isEqualTo(200);
        org.hl7.fhir.r4.model.CapabilityStatement statement = FhirClients.FHIR.newJsonParser()
                .parseResource(org.hl7.fhir.r4.model.CapabilityStatement.class, metadata.body());
        assertThat(statement.getRestFirstRep().getSecurity().getServiceFirstRep().getCodingFirstRep().getCode())
                .isEqualTo("SMART-on-FHIR");
        assertThat(statement.getRestFirstRep().getSecurity().getExtensionByUrl(CapabilityStatementSecurity.OAUTH_URIS)
                .getExtensionString("token")).isEqualTo(configuration.path("token_endpoint").asText());
    }

    @Test
    void anRs384AndAnEs384ClientGetTokensThatOpenTheApi() throws Exception {
        for (String clientId : new String[] {"hospital-ehr", "clinic-aoba"}) {
            BackendServiceClient client = client(clientId);
            String expectedAlgorithm = clientId.equals("clinic-aoba") ? "ES384" : "RS384";
            String assertion = client.newAssertion().signWith(key(clientId));
            assertThat(SignedJWT.parse(assertion).getHeader().getAlgorithm().getName()).isEqualTo(expectedAlgorithm);

            HttpResponse<String> response = client.send(assertion, "system/Patient.rs");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode token = JSON.readTree(response.body());
            assertThat(token.path("token_type").asText()).isEqualToIgnoringCase("Bearer");
            assertThat(token.path("scope").asText()).isEqualTo("system/Patient.rs");
            assertThat(token.path("expires_in").asLong()).isBetween(60L, 300L);
            JWTClaimsSet claims = SignedJWT.parse(token.path("access_token").asText()).getJWTClaimsSet();
            assertThat(claims.getStringClaim("client_id")).isEqualTo(clientId);
            assertThat(claims.getStringClaim("scope")).isEqualTo("system/Patient.rs");
            assertThat(claims.getStringClaim(CallingPartner.ORGANIZATION_CLAIM)).isEqualTo(clientId.equals("clinic-aoba")
                    ? "Organization/renkei-demo-clinic-aoba" : "Organization/renkei-demo-hospital");
            assertThat(get("/Patient?_count=1", token.path("access_token").asText()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anAssertionSignedWithAnotherKeyIsRefused() throws Exception {
        BackendServiceClient client = client("hospital-ehr");

        assertRefused(client.send(client.newAssertion().signWith(otherRsaKey()), "system/*.rs"), 401, "invalid_client");
    }

    @Test
    void anExpiredAssertionIsRefused() throws Exception {
        BackendServiceClient client = client("hospital-ehr");
        ClientAssertion expired = new ClientAssertion("hospital-ehr", tokenEndpoint(),
                Instant.now().minus(Duration.ofMinutes(5)), UUID.randomUUID().toString());

        assertRefused(client.send(expired.signWith(key("hospital-ehr")), "system/*.rs"), 401, "invalid_client");
    }

    @Test
    void anAssertionLivingLongerThanFiveMinutesIsRefused() throws Exception {
        BackendServiceClient client = client("hospital-ehr");
        ClientAssertion tooLong = new ClientAssertion("hospital-ehr", tokenEndpoint(),
                Instant.now().plus(Duration.ofHours(1)), UUID.randomUUID().toString());

        assertRefused(client.send(tooLong.signWith(key("hospital-ehr")), "system/*.rs"), 401, "invalid_client");
    }

    @Test
    void aReplayedAssertionIsRefused() throws Exception {
        BackendServiceClient client = client("hospital-ehr");
        String assertion = client.newAssertion().signWith(key("hospital-ehr"));

        assertThat(client.send(assertion, "system/*.rs").statusCode()).isEqualTo(200);
        assertRefused(client.send(assertion, "system/*.rs"), 401, "invalid_client");
    }

    @Test
    void anAssertionForAnotherAudienceIsRefused() throws Exception {
        BackendServiceClient client = client("hospital-ehr");
        ClientAssertion elsewhere = new ClientAssertion("hospital-ehr", "https://other.example.jp/oauth2/token",
                Instant.now().plus(Duration.ofMinutes(1)), UUID.randomUUID().toString());

        assertRefused(client.send(elsewhere.signWith(key("hospital-ehr")), "system/*.rs"), 401, "invalid_client");
    }

    @Test
    void anUnknownClientIsRefused() throws Exception {
        BackendServiceClient stranger = new BackendServiceClient(http, "stranger", otherRsaKey(), URI.create(tokenEndpoint()));

        assertRefused(stranger.send(stranger.newAssertion().signWith(otherRsaKey()), "system/*.rs"), 401, "invalid_client");
    }

    @Test
    void aScopeBeyondTheRegisteredOnesIsRefused() throws Exception {
        BackendServiceClient clinic = client("clinic-aoba");

        assertRefused(clinic.send(clinic.newAssertion().signWith(key("clinic-aoba")), "system/Patient.c"),
                400, "invalid_scope");
        assertRefused(clinic.send(clinic.newAssertion().signWith(key("clinic-aoba")), "system/*.rs openid"),
                400, "invalid_scope");
        assertThat(clinic.send(clinic.newAssertion().signWith(key("clinic-aoba")), "system/Task.rus").statusCode())
                .as("system/*.rs and system/Task.u together cover system/Task.rus").isEqualTo(200);
    }

    @Test
    void requestsWithoutATokenAreRefused() throws Exception {
        HttpResponse<String> search = get("/Patient", null);
        HttpResponse<String> ingest = http.send(HttpRequest.newBuilder(uri("/$ingest-ssmix2?file=x"))
                .header("Content-Type", "application/hl7-v2").POST(HttpRequest.BodyPublishers.ofString("MSH|")).build(),
                BodyHandlers.ofString());
        HttpResponse<String> transaction = http.send(HttpRequest.newBuilder(uri(""))
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"resourceType\":\"Bundle\",\"type\":\"transaction\"}")).build(),
                BodyHandlers.ofString());

        for (HttpResponse<String> response : java.util.List.of(search, ingest, transaction)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Bearer"));
        }
        assertThat(search.body()).contains("OperationOutcome").contains("bearer token is required");
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        String forged = accessToken(otherRsaKey(), Instant.now().plus(Duration.ofMinutes(5)));

        HttpResponse<String> response = get("/Patient", forged);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).contains("invalid_token"));
    }

    @Test
    void anExpiredTokenIsRefusedButTheSameTokenUnexpiredIsAccepted() throws Exception {
        RSAKey serverKey = JWK.parse(java.nio.file.Files.readString(
                SmartBackend.TEST_KEY_DIR.resolve(AuthorizationServerConfig.SIGNING_KEY_FILE))).toRSAKey();

        assertThat(get("/Patient?_count=1", accessToken(serverKey, Instant.now().minus(Duration.ofMinutes(3))))
                .statusCode()).isEqualTo(401);
        assertThat(get("/Patient?_count=1", accessToken(serverKey, Instant.now().plus(Duration.ofMinutes(3))))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void theTokenCommandPrintsAWorkingToken() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream original = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            jp.renkei.server.security.client.ClientTokenCommand.main(new String[] {"visiting-nursing",
                    FhirClients.baseUrl(port), "system/*.rs",
                    jp.renkei.server.security.authserver.DemoPartners.privateKeyFile(SmartBackend.TEST_KEY_DIR,
                            "visiting-nursing").toString()});
        } finally {
            System.setOut(original);
        }
        String token = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();

        assertThat(get("/Patient?_count=1", token).statusCode()).isEqualTo(200);
    }

    private void assertRefused(HttpResponse<String> response, int status, String error) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(JSON.readTree(response.body()).path("error").asText()).isEqualTo(error);
    }

    /** An access token like the server's (same claims), signed with {@code key}. */
    private static String accessToken(RSAKey key, Instant expiresAt) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject("hospital-ehr").claim("client_id", "hospital-ehr")
                        .claim("scope", "system/*.cruds")
                        .claim(CallingPartner.ORGANIZATION_CLAIM, "Organization/renkei-demo-hospital")
                        .issueTime(Date.from(expiresAt.minus(Duration.ofMinutes(5))))
                        .expirationTime(Date.from(expiresAt)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static RSAKey otherRsaKey() {
        return KeyFiles.generate(JWSAlgorithm.RS384).toRSAKey();
    }

    private static JWK key(String clientId) {
        return KeyFiles.read(jp.renkei.server.security.authserver.DemoPartners.privateKeyFile(
                SmartBackend.TEST_KEY_DIR, clientId));
    }

    private BackendServiceClient client(String clientId) {
        return new BackendServiceClient(http, clientId, key(clientId), URI.create(tokenEndpoint()));
    }

    private String tokenEndpoint() {
        return "http://localhost:" + port + "/oauth2/token";
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/fhir+json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.GET().build(), BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(FhirClients.baseUrl(port) + path);
    }
}
