package jp.renkei.server.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.AuditEvent.AuditEventEntityComponent;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every access leaves an IHE BALP AuditEvent in the database before its answer is sent; no client can alter the trail. */
@RenkeiServerTest
class AuditTrailIT {

    private final IGenericClient client;

    @LocalServerPort
    int port;

    AuditTrailIT(IGenericClient client) {
        this.client = client;
    }

    @Test
    void aReadIsOnRecordByTheTimeItsAnswerArrives() {
        String patient = createPatient();

        client.read().resource("Patient").withId(patient).execute();

        AuditEvent read = latest(patient, "read");
        assertThat(read.getAction().toCode()).isEqualTo("R");
        assertThat(read.getOutcome().toCode()).isEqualTo("0");
        assertThat(read.getType().getCode()).isEqualTo("rest");
        assertThat(what(read.getEntity())).contains(patient);
        assertThat(read.getAgent()).anySatisfy(agent -> assertThat(agent.getRequestor()).isTrue());
        assertThat(read.getSource().getTypeFirstRep().getCode()).isEqualTo("4");
    }

    @Test
    void aSearchNamesEachPatientInItsResultAndItsQuery() {
        String first = createPatient();
        String second = createPatient();
        condition(first);
        condition(second);

        client.search().byUrl("Condition?subject=" + first + "," + second).returnBundle(Bundle.class).execute();

        AuditEvent search = latest(first, "search-type");
        assertThat(what(search.getEntity())).contains(first, second);
        assertThat(search.getEntity()).anySatisfy(entity -> {
            assertThat(entity.getRole().getCode()).isEqualTo("24");
            assertThat(new String(entity.getQuery(), StandardCharsets.UTF_8)).contains("subject=" + first);
        });
        assertThat(latest(second, "search-type").getIdElement().getIdPart()).isEqualTo(search.getIdElement().getIdPart());
    }

    @Test
    void writesNameWhatTheyWroteAndWhoseDataItIs() {
        String patient = createPatient();
        String condition = condition(patient);

        AuditEvent create = latest(patient, "create");
        assertThat(create.getAction().toCode()).isEqualTo("C");
        assertThat(what(create.getEntity())).contains(patient, condition);

        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction.addEntry().setResource(new Condition().setSubject(new Reference(patient))
                        .setCode(new CodeableConcept().setText("誤嚥性肺炎")))
                .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Condition");
        client.transaction().withBundle(transaction).execute();
        assertThat(latest(patient, "transaction").getAction().toCode()).isEqualTo("E");
    }

    @Test
    void aRefusedRequestIsOnRecordWithItsFailure() {
        String patient = createPatient();
        client.delete().resourceById(new IdType(patient)).execute();

        assertThatThrownBy(() -> client.read().resource("Patient").withId(patient).execute())
                .isInstanceOf(ca.uhn.fhir.rest.server.exceptions.ResourceGoneException.class);

        assertThat(latest(patient, "delete").getAction().toCode()).isEqualTo("D");
        AuditEvent refused = (AuditEvent) client.search()
                .byUrl("AuditEvent?subtype=read&outcome=4&_sort=-date&_count=1").returnBundle(Bundle.class).execute()
                .getEntryFirstRep().getResource();
        assertThat(refused.getOutcomeDesc()).startsWith("410");
        assertThat(refused.getEntity()).extracting(AuditEventEntityComponent::getDescription).contains(patient);
    }

    @Test
    void noClientCanCreateChangeOrDeleteAnAuditEvent() {
        String patient = createPatient();
        client.read().resource("Patient").withId(patient).execute();
        AuditEvent recorded = latest(patient, "read");

        AuditEvent forged = recorded.copy();
        forged.setId((String) null);
        assertThatThrownBy(() -> client.create().resource(forged).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("written by the server only");
        recorded.setOutcome(AuditEvent.AuditEventOutcome._8);
        assertThatThrownBy(() -> client.update().resource(recorded).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        assertThatThrownBy(() -> client.delete().resourceById(recorded.getIdElement().toUnqualifiedVersionless()).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction.addEntry().setResource(forged).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("AuditEvent");
        assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
                .isInstanceOf(ForbiddenOperationException.class);
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        batch.addEntry().setResource(recorded).getRequest().setMethod(Bundle.HTTPVerb.PUT)
                .setUrl(recorded.getIdElement().toUnqualifiedVersionless().getValue());
        Bundle batchResponse = client.transaction().withBundle(batch).execute();
        assertThat(batchResponse.getEntryFirstRep().getResponse().getStatus()).startsWith("403");

        assertThat(client.read().resource(AuditEvent.class).withId(recorded.getIdElement().getIdPart()).execute()
                .getOutcome().toCode()).isEqualTo("0");
    }

    @Test
    void anAttemptWithoutATokenIsOnRecordAndTheAuditorFindsWhatEachClientDid() {
        String patient = createPatient();
        client.read().resource("Patient").withId(patient).execute();
        IGenericClient anonymous = FhirClients.unauthenticated(port);
        assertThatThrownBy(() -> anonymous.read().resource("Patient").withId(patient).execute())
                .isInstanceOf(AuthenticationException.class);

        IGenericClient auditor = FhirClients.as(port,
                SmartBackend.of(port, SmartBackend.TEST_KEY_DIR, "auditor", "system/AuditEvent.rs"));
        AuditEvent refused = (AuditEvent) auditor.search().byUrl("AuditEvent?outcome=4&_sort=-date&_count=1")
                .returnBundle(Bundle.class).execute().getEntryFirstRep().getResource();
        assertThat(refused.getOutcomeDesc()).startsWith("401");
        assertThat(refused.getEntity()).extracting(AuditEventEntityComponent::getDescription)
                .anySatisfy(path -> assertThat(path).endsWith(patient));
        Bundle byHospital = auditor.search()
                .byUrl("AuditEvent?altid=" + SmartBackend.HOSPITAL_EHR + "&patient=" + patient)
                .returnBundle(Bundle.class).execute();
        assertThat(byHospital.getEntry()).extracting(entry -> ((AuditEvent) entry.getResource()).getSubtypeFirstRep().getCode())
                .contains("create", "read");
        assertThatThrownBy(() -> auditor.read().resource("Patient").withId(patient).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    private String createPatient() {
        return client.create().resource(TestPatients.yamadaTaro(TestPatients.newPatientId())).execute()
                .getId().toUnqualifiedVersionless().getValue();
    }

    private String condition(String patient) {
        return client.create().resource(new Condition().setSubject(new Reference(patient))
                        .setCode(new CodeableConcept().setText("大腿骨頸部骨折")))
                .execute().getId().toUnqualifiedVersionless().getValue();
    }

    /** The newest AuditEvent of a patient for one interaction, found the way an auditor finds it. */
    private AuditEvent latest(String patient, String interaction) {
        Bundle events = client.search().byUrl("AuditEvent?patient=" + patient + "&subtype=" + interaction + "&_sort=-date")
                .returnBundle(Bundle.class).execute();
        assertThat(events.getEntry()).as("AuditEvents of %s for %s", interaction, patient).isNotEmpty();
        return (AuditEvent) events.getEntryFirstRep().getResource();
    }

    private static List<String> what(List<AuditEventEntityComponent> entities) {
        return entities.stream().filter(AuditEventEntityComponent::hasWhat)
                .map(entity -> entity.getWhat().getReference()).filter(java.util.Objects::nonNull).toList();
    }
}
