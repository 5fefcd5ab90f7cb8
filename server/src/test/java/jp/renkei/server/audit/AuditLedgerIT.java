package jp.renkei.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.PartnerNetwork;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent;
import org.hl7.fhir.r4.model.CapabilityStatement.ResourceInteractionComponent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit trail as the auditor uses it: kept in the audit ledger, served as AuditEvent resources, read-only. */
@RenkeiServerTest
class AuditLedgerIT {

    private final IGenericClient hospital;
    private IGenericClient auditor;

    @LocalServerPort
    int port;

    AuditLedgerIT(IGenericClient hospital) {
        this.hospital = hospital;
    }

    private IGenericClient auditor() {
        if (auditor == null) {
            auditor = FhirClients.as(port, SmartBackend.of(port, SmartBackend.TEST_KEY_DIR, "auditor",
                    "system/AuditEvent.rs"));
        }
        return auditor;
    }

    @Test
    void aPatientsTrailIsFoundByDateRange() throws InterruptedException {
        String patient = createPatient();
        Instant before = Instant.now().minusSeconds(1);
        hospital.read().resource("Patient").withId(patient).execute();
        Instant after = Instant.now().plusSeconds(1);

        List<AuditEvent> within = search("AuditEvent?patient=" + patient + "&date=ge" + before + "&date=le" + after
                + "&subtype=read");
        assertThat(within).hasSize(1);
        assertThat(within.get(0).getRecorded().toInstant()).isBetween(before, after);
        assertThat(search("AuditEvent?patient=" + patient + "&date=gt" + after)).isEmpty();
        assertThat(search("AuditEvent?patient=" + patient + "&date=lt" + before + "&subtype=read")).isEmpty();
        // The create came before the read: both within the day, in the patient's trail, newest first.
        List<AuditEvent> today = search("AuditEvent?patient=" + patient + "&date=" + before.toString().substring(0, 10));
        assertThat(today).extracting(event -> event.getSubtypeFirstRep().getCode()).startsWith("read", "create");
    }

    @Test
    void theAuditorFindsWhatAClientOrAnOrganizationDid() {
        String patient = createPatient();
        hospital.read().resource("Patient").withId(patient).execute();

        assertThat(search("AuditEvent?agent=" + SmartBackend.HOSPITAL_EHR + "&patient=" + patient))
                .extracting(event -> event.getSubtypeFirstRep().getCode()).containsExactly("read", "create");
        assertThat(search("AuditEvent?agent=" + PartnerNetwork.HOSPITAL + "&patient=" + patient)).hasSize(2);
        assertThat(search("AuditEvent?agent=" + PartnerNetwork.CLINIC + "&patient=" + patient)).isEmpty();
        assertThat(search("AuditEvent?entity=" + patient + "&action=R&outcome=0&type=rest")).hasSize(1);
    }

    @Test
    void aLongTrailIsPagedNewestFirstWithoutGapsOrRepeats() {
        String patient = createPatient();
        for (int i = 0; i < 5; i++) {
            hospital.read().resource("Patient").withId(patient).execute();
        }

        Bundle page = auditor().search().byUrl("AuditEvent?patient=" + patient + "&subtype=read&_count=2")
                .returnBundle(Bundle.class).execute();
        List<AuditEvent> events = new ArrayList<>();
        int pages = 0;
        while (page != null && pages < 10) {
            page.getEntry().forEach(entry -> events.add((AuditEvent) entry.getResource()));
            assertThat(page.getEntry()).hasSizeLessThanOrEqualTo(2);
            pages++;
            page = page.getLink(Bundle.LINK_NEXT) == null ? null : auditor().loadPage().next(page).execute();
        }

        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(events).hasSize(5);
        assertThat(events).extracting(event -> event.getIdElement().getIdPart()).doesNotHaveDuplicates();
        assertThat(events).extracting(event -> event.getRecorded().getTime())
                .isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void anEventIsReadByIdAndAnUnknownOneIsNotFound() {
        String patient = createPatient();
        AuditEvent created = search("AuditEvent?patient=" + patient + "&subtype=create").get(0);

        AuditEvent read = auditor().read().resource(AuditEvent.class).withId(created.getIdElement().getIdPart()).execute();

        assertThat(read.getIdElement().getIdPart()).isEqualTo(created.getIdElement().getIdPart());
        assertThat(read.getEntity()).anySatisfy(entity -> assertThat(entity.getWhat().getReference()).isEqualTo(patient));
        assertThat(search("AuditEvent?_id=" + read.getIdElement().getIdPart())).hasSize(1);
        assertThatThrownBy(() -> auditor().read().resource(AuditEvent.class).withId("no-such-event").execute())
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void theTrailCannotBeWrittenOverTheApiAndHasNoHistory() {
        String patient = createPatient();
        AuditEvent recorded = search("AuditEvent?patient=" + patient + "&subtype=create").get(0);
        String id = recorded.getIdElement().getIdPart();

        AuditEvent forged = recorded.copy();
        forged.setId((String) null);
        assertThatThrownBy(() -> hospital.create().resource(forged).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("written by the server only");
        assertThatThrownBy(() -> hospital.update().resource(recorded.setOutcome(AuditEvent.AuditEventOutcome._8))
                .execute()).isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> hospital.delete().resourceById("AuditEvent", id).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> hospital.history().onInstance("AuditEvent/" + id).returnBundle(Bundle.class).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("no history");

        assertThat(auditor().read().resource(AuditEvent.class).withId(id).execute().getOutcome())
                .isEqualTo(AuditEvent.AuditEventOutcome._0);
        // The refusals are on record too.
        assertThat(search("AuditEvent?agent=" + SmartBackend.HOSPITAL_EHR + "&subtype=delete&outcome=4&_count=5"))
                .anySatisfy(event -> assertThat(event.getOutcomeDesc()).startsWith("403"));
    }

    @Test
    void theCapabilityStatementShowsTheTrailAsReadAndSearchWithItsParameters() {
        CapabilityStatement capabilities = FhirClients.unauthenticated(port).capabilities()
                .ofType(CapabilityStatement.class).execute();

        CapabilityStatementRestResourceComponent auditEvents = capabilities.getRestFirstRep().getResource().stream()
                .filter(resource -> resource.getType().equals("AuditEvent")).findFirst().orElseThrow();
        assertThat(auditEvents.getInteraction()).extracting(ResourceInteractionComponent::getCode)
                .extracting(CapabilityStatement.TypeRestfulInteraction::toCode)
                .containsExactlyInAnyOrder("read", "search-type");
        assertThat(auditEvents.getSearchParam()).extracting(CapabilityStatementRestResourceSearchParamComponent::getName)
                .contains("patient", "agent", "altid", "entity", "date", "type", "subtype", "outcome", "action");
    }

    private List<AuditEvent> search(String url) {
        return auditor().search().byUrl(url).returnBundle(Bundle.class).execute().getEntry().stream()
                .map(entry -> (AuditEvent) entry.getResource()).toList();
    }

    private String createPatient() {
        return hospital.create().resource(TestPatients.yamadaTaro(TestPatients.newPatientId())).execute()
                .getId().toUnqualifiedVersionless().getValue();
    }
}
