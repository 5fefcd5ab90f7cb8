package jp.renkei.server;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jp.renkei.server.demo.DemoNetwork;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.SmartBackend;
import jp.renkei.server.support.TestDatabase;
import jp.renkei.server.support.TestDatabaseCondition;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server as a user runs it: an empty database gets its schema and the demo network on first start, and a
 * restart keeps every resource without loading the demo again; the keys generated at first start (the server's and the
 * demo partners') are kept too, so a partner's key still works after the restart.
 */
@ExtendWith(TestDatabaseCondition.class)
class RestartIT {

    @TempDir
    Path dataDir;

    @Test
    void aRestartKeepsAllDataAndDoesNotReloadTheDemoNetwork() {
        String patientId = TestPatients.newPatientId();
        IdType created;
        String markerVersion;
        int patientCount;
        String tokenOfTheFirstRun;
        try (ConfigurableApplicationContext first = start()) {
            IGenericClient client = client(first);
            tokenOfTheFirstRun = SmartBackend.of(port(first), dataDir, SmartBackend.HOSPITAL_EHR,
                    SmartBackend.HOSPITAL_EHR_SCOPE).accessToken();
            markerVersion = client.read().resource(Patient.class).withId(DemoNetwork.MARKER).execute()
                    .getMeta().getVersionId();
            created = (IdType) client.create().resource(TestPatients.yamadaTaro(patientId)).execute().getId();
            patientCount = countPatients(client);
        }

        try (ConfigurableApplicationContext second = start()) {
            IGenericClient client = client(second);

            Patient kept = client.read().resource(Patient.class).withId(created.toUnqualifiedVersionless()).execute();
            assertThat(kept.getIdentifierFirstRep().getValue()).isEqualTo(patientId);
            assertThat(countPatients(client)).isEqualTo(patientCount);
            assertThat(client.read().resource(Patient.class).withId(DemoNetwork.MARKER).execute()
                    .getMeta().getVersionId()).isEqualTo(markerVersion);

            IGenericClient withTheOldToken = FhirClients.unauthenticated(port(second));
            withTheOldToken.registerInterceptor(new BearerTokenAuthInterceptor(tokenOfTheFirstRun));
            assertThat(countPatients(withTheOldToken)).as("the signing key is kept").isEqualTo(patientCount);
        }
    }

    private ConfigurableApplicationContext start() {
        String h2Url = "jdbc:h2:file:" + dataDir.resolve("renkei").toAbsolutePath();
        Map<String, Object> properties = new HashMap<>(TestDatabase.current().springProperties(h2Url));
        properties.put("server.port", "0");
        properties.put("renkei.demo.enabled", "true");
        properties.put("renkei.security.key-dir", dataDir.toString());
        // As command-line arguments: default properties would lose against application.yaml (./data, ./data/renkei).
        return new SpringApplicationBuilder(RenkeiServerApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    private IGenericClient client(ConfigurableApplicationContext context) {
        int port = port(context);
        return FhirClients.as(port, SmartBackend.of(port, dataDir, SmartBackend.HOSPITAL_EHR, SmartBackend.HOSPITAL_EHR_SCOPE));
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    private static int countPatients(IGenericClient client) {
        return client.search().byUrl("Patient?_summary=count").returnBundle(Bundle.class).execute().getTotal();
    }
}
