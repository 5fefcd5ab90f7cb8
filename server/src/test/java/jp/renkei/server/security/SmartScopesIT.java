package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The token's SMART scopes decide which interactions on which resource types a caller gets (403 otherwise). The
 * hospital EHR asks for narrower scopes here, so that only scopes decide: what partners may see is PartnerAccessIT's.
 */
@RenkeiServerTest
class SmartScopesIT {

    @LocalServerPort
    int port;

    private final IGenericClient hospital;

    SmartScopesIT(IGenericClient hospital) {
        this.hospital = hospital;
    }

    @Test
    void readAndSearchScopesDoNotAllowWrites() {
        IGenericClient reader = as("hospital-ehr", "system/*.rs");
        IdType patient = created(TestPatients.yamadaTaro(TestPatients.newPatientId()));

        assertThat(reader.read().resource(Patient.class).withId(patient).execute().getIdPart())
                .isEqualTo(patient.getIdPart());
        assertThatThrownBy(() -> reader.create().resource(TestPatients.yamadaTaro(TestPatients.newPatientId())).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("system/Patient.c");
        assertThatThrownBy(() -> reader.delete().resourceById(patient).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    @Test
    void aTaskScopeDoesNotOpenPatients() {
        IGenericClient taskReader = as("hospital-ehr", "system/Task.rs");
        IdType patient = created(TestPatients.yamadaTaro(TestPatients.newPatientId()));
        IdType task = created(new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
                .setFor(new Reference(patient)));

        assertThat(taskReader.read().resource(Task.class).withId(task).execute().getIdPart()).isEqualTo(task.getIdPart());
        assertThatThrownBy(() -> taskReader.read().resource(Patient.class).withId(patient).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("system/Patient.r");
        assertThatThrownBy(() -> taskReader.search().forResource(Patient.class).returnBundle(Bundle.class).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("system/Patient.s");

        Bundle tasksWithPatients = taskReader.search().byUrl("Task?_id=" + task.getIdPart() + "&_include=Task:patient")
                .returnBundle(Bundle.class).execute();
        assertThat(tasksWithPatients.getEntry()).as("the included Patient is left out")
                .extracting(entry -> entry.getResource().fhirType()).containsExactly("Task");
    }

    @Test
    void theEntriesOfATransactionNeedTheirOwnScopes() {
        IGenericClient clinic = as("hospital-ehr", "system/*.rs system/Task.u");
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        transaction.addEntry().setResource(TestPatients.yamadaTaro(TestPatients.newPatientId()))
                .getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Patient");

        assertThatThrownBy(() -> clinic.transaction().withBundle(transaction).execute())
                .isInstanceOf(ForbiddenOperationException.class).hasMessageContaining("create of Patient");
    }

    @Test
    void theAuditorSeesNoPatients() {
        IGenericClient auditor = as("auditor", "system/AuditEvent.rs");

        assertThatThrownBy(() -> auditor.search().forResource(Patient.class).returnBundle(Bundle.class).execute())
                .isInstanceOf(ForbiddenOperationException.class);
    }

    private IdType created(org.hl7.fhir.r4.model.Resource resource) {
        return ((IdType) hospital.create().resource(resource).execute().getId()).toUnqualifiedVersionless();
    }

    private IGenericClient as(String clientId, String scope) {
        return FhirClients.as(port, SmartBackend.of(port, SmartBackend.TEST_KEY_DIR, clientId, scope));
    }
}
