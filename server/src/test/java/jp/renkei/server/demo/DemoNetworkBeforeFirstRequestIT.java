package jp.renkei.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.PackagedServer;
import jp.renkei.server.support.SmartBackend;
import jp.renkei.server.support.TestDatabase;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The server takes requests only once its start-up work is done ({@code StartupTasks}): the packaged server, started
 * as the README runs it on a fresh H2 file, must answer its very first requests with the demo network in place. As
 * application runners the start-up work ran after the web server was up, and for the seconds of the demo load a
 * request met a server without it (an SS-MIX2 message failed: "Organization/renkei-demo-hospital not found").
 *
 * <p>Runs in the H2 pass only: a start of its own (~30 s on a 2-core machine), and the order it checks is the
 * server's, not the database's.
 */
@DisabledIfSystemProperty(named = "renkei.test.database", matches = TestDatabase.POSTGRESQL,
        disabledReason = "a server start of its own; the H2 pass covers the start-up order")
class DemoNetworkBeforeFirstRequestIT {

    private static final String DEMO_HOSPITAL = "renkei-demo-hospital";
    private static final String DEMO_PATIENT = "renkei-demo-patient-01";

    @Test
    void theFirstRequestsFindTheDemoNetworkLoaded() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "first-request-");
        String databaseUrl = "jdbc:h2:file:" + dataDir.resolve("renkei").toAbsolutePath();

        // start… returns as soon as /metadata first answers 200.
        try (PackagedServer server = PackagedServer.startWithDemoNetwork(dataDir,
                TestDatabase.current().springProperties(databaseUrl))) {
            IGenericClient hospital = FhirClients.as(server.port(), SmartBackend.of(server.port(),
                    dataDir.resolve("keys"), SmartBackend.HOSPITAL_EHR, SmartBackend.HOSPITAL_EHR_SCOPE));

            Organization organization = hospital.read().resource(Organization.class).withId(DEMO_HOSPITAL).execute();
            Patient patient = hospital.read().resource(Patient.class).withId(DEMO_PATIENT).execute();

            assertThat(organization.getName()).as("server log:\n%s", server.log()).isNotBlank();
            assertThat(patient.getManagingOrganization().getReference()).isEqualTo("Organization/" + DEMO_HOSPITAL);
        }
    }
}
