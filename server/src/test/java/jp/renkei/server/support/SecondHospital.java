package jp.renkei.server.support;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jp.renkei.server.security.KeyFiles;
import jp.renkei.server.security.authserver.DemoPartners;
import org.hl7.fhir.r4.model.Organization;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second data provider on the shared test server, as a regional network with two hospitals has: its EHR client is
 * registered the way a real one is, through the clients file ({@code renkei.security.clients-file}), which this
 * initializer writes into {@code target/} before the context starts (the key pair stays next to the demo clients',
 * so {@link SmartBackend#of} finds it). Registering it on the one shared server costs no extra server start, and no
 * other test acts as it.
 *
 * <p>Once the server is up it also stores both providers' Organizations, as every real network has them: a Patient a
 * provider posts is stamped with its organization ({@code managingOrganization}), a reference HAPI checks.
 */
public final class SecondHospital implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String CLIENT_ID = "hospital-b-ehr";
    public static final String ORGANIZATION = "Organization/renkei-test-hospital-b";
    public static final String SCOPE = "system/*.cruds";
    /** Named by {@link RenkeiServerTest}. */
    static final Path CLIENTS_FILE = SmartBackend.TEST_KEY_DIR.resolve("clients.json");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        writeClientsFile();
        context.addApplicationListener((ApplicationListener<ApplicationReadyEvent>) event -> storeOrganizations(
                event.getApplicationContext().getBean(DaoRegistry.class)));
    }

    /** The second hospital's EHR on the shared test server, with all its scopes. */
    public static SmartBackend backend(int port) {
        return SmartBackend.of(port, SmartBackend.TEST_KEY_DIR, CLIENT_ID, SCOPE);
    }

    private static void writeClientsFile() {
        JWK key = KeyFiles.loadOrGenerate(DemoPartners.privateKeyFile(SmartBackend.TEST_KEY_DIR, CLIENT_ID),
                JWSAlgorithm.RS384);
        Map<String, Object> clients = Map.of("clients", List.of(Map.of("client_id", CLIENT_ID,
                "organization", ORGANIZATION, "scope", SCOPE,
                "jwks", Map.of("keys", List.of(key.toPublicJWK().toJSONObject())))));
        try {
            Files.createDirectories(CLIENTS_FILE.getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(CLIENTS_FILE.toFile(), clients);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void storeOrganizations(DaoRegistry daos) {
        for (String[] organization : new String[][] {{PartnerNetwork.HOSPITAL, "さくら野中央病院"},
                {ORGANIZATION, "テスト第二病院"}}) {
            Organization stored = new Organization().setName(organization[1]);
            stored.setId(organization[0]);
            daos.getResourceDao(Organization.class).update(stored, new SystemRequestDetails());
        }
    }
}
