package jp.renkei.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.PackagedServer;
import jp.renkei.server.support.PartnerNetwork;
import jp.renkei.server.support.SmartBackend;
import jp.renkei.server.support.TestDatabase;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.Organization;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * A read's AuditEvent is committed before its answer leaves the server (issue 5): the packaged server is started as
 * its own process on a fresh H2 file, a Patient is read, and the process is SIGKILLed the moment the answer arrives.
 * The AuditEvent of that read must then be in the database file.
 *
 * <p>The database is read directly with JDBC rather than by starting the server again and searching as the auditor:
 * the claim is about what the dead process left on disk, and a second start would cost another ~30 s on a 2-core
 * machine and write to the database before the check. The check parses the stored event from the audit ledger
 * ({@code renkei_audit_event.resource_json}); should the ledger change shape, the test fails, it does not pass.
 *
 * <p>Runs in the H2 pass only. H2 runs inside the killed process, so the pass proves both that the event is written
 * before the answer and that the embedded database keeps it (it did not before {@code DriverSettings} set H2's
 * WRITE_DELAY to 0). With PostgreSQL a committed transaction is out of the killed process's hands; the ordering the test checks is the same.
 */
@DisabledIfSystemProperty(named = "renkei.test.database", matches = TestDatabase.POSTGRESQL,
        disabledReason = "a server start of its own; the H2 pass covers the ordering and the embedded database's durability")
class KilledAfterReadIT {

    /** 128 + 9: how a JVM reports a child process that SIGKILL ended. */
    private static final int KILLED_BY_SIGKILL = 137;

    @Test
    void aReadAnsweredJustBeforeTheServerIsKilledIsOnRecord() throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "killed-after-read-");
        String databaseUrl = "jdbc:h2:file:" + dataDir.resolve("renkei").toAbsolutePath();
        // HAPI takes the client's X-Request-ID (letters, digits, at most 16) as the request id the AuditEvent names.
        String requestId = "kill" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String patient;
        HttpResponse<String> answer;
        int exit;
        try (PackagedServer server = PackagedServer.start(dataDir,
                TestDatabase.current().springProperties(databaseUrl))) {
            SmartBackend ehr = SmartBackend.of(server.port(), dataDir.resolve("keys"), SmartBackend.HOSPITAL_EHR,
                    SmartBackend.HOSPITAL_EHR_SCOPE);
            IGenericClient hospital = FhirClients.as(server.port(), ehr);
            // The hospital's Organization, as in every network: the patient is stamped with it (managingOrganization).
            Organization organization = new Organization().setName("さくら野中央病院");
            organization.setId(PartnerNetwork.HOSPITAL);
            hospital.update().resource(organization).execute();
            patient = hospital.create()
                    .resource(TestPatients.yamadaTaro(TestPatients.newPatientId())).execute()
                    .getId().toUnqualifiedVersionless().getValue();
            HttpRequest read = ehr.authorize(HttpRequest.newBuilder(
                            URI.create(FhirClients.baseUrl(server.port()) + "/" + patient))
                    .header("X-Request-ID", requestId)).build();

            answer = HttpClient.newHttpClient().send(read, HttpResponse.BodyHandlers.ofString());
            exit = server.kill();
            assertThat(answer.statusCode()).as("the read before the kill; server log:\n%s", server.log()).isEqualTo(200);
        }

        assertThat(exit).as("the server died by SIGKILL").isEqualTo(KILLED_BY_SIGKILL);
        assertThat(answer.body()).contains(TestPatients.HOSPITAL_PATIENT_ID_SYSTEM);
        List<AuditEvent> events = auditEventsNaming(databaseUrl, requestId);
        assertThat(events).as("AuditEvents of request %s in %s", requestId, dataDir).hasSize(1);
        AuditEvent event = events.get(0);
        assertThat(event.getSubtypeFirstRep().getCode()).isEqualTo("read");
        assertThat(event.getOutcome()).isEqualTo(AuditEvent.AuditEventOutcome._0);
        assertThat(event.getEntity()).extracting(AuditEventEntityComponent::getWhat)
                .extracting(what -> what.getReference()).contains(patient);
    }

    /** The stored AuditEvents whose text names {@code requestId}, read from the database the dead server left. */
    private static List<AuditEvent> auditEventsNaming(String databaseUrl, String requestId) throws SQLException {
        TestDatabase database = TestDatabase.current();
        var properties = database.springProperties(databaseUrl);
        List<AuditEvent> events = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(properties.get("spring.datasource.url"),
                        properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
                PreparedStatement query = connection.prepareStatement(
                        "select resource_json from renkei_audit_event where resource_json like ?")) {
            query.setString(1, "%" + requestId + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(FhirClients.FHIR.newJsonParser().parseResource(AuditEvent.class, rows.getString(1)));
                }
            }
        }
        return events;
    }
}
