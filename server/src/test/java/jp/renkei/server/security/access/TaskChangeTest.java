package jp.renkei.server.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

class TaskChangeTest {

    final Task referral = new Task().setStatus(Task.TaskStatus.REQUESTED).setIntent(Task.TaskIntent.ORDER)
            .setOwner(new Reference("Organization/clinic")).setFor(new Reference("Patient/a"))
            .setFocus(new Reference("ServiceRequest/r"));

    @Test
    void theOwnerMovesTheTaskAlongAndAnswers() {
        Task answered = referral.copy().setStatus(Task.TaskStatus.COMPLETED)
                .setBusinessStatus(new CodeableConcept().setText("返書送付済"));
        answered.addNote(new Annotation().setText("受診されました"));
        answered.addOutput().setType(new CodeableConcept().setText("返書"))
                .setValue(new Reference("DocumentReference/reply"));

        assertThat(TaskChange.refusal(referral, answered)).isEmpty();
    }

    @Test
    void theOwnerCannotHandTheTaskOnOrRepointIt() {
        assertThat(TaskChange.refusal(referral, referral.copy().setOwner(new Reference("Organization/other"))))
                .isPresent();
        assertThat(TaskChange.refusal(referral, referral.copy().setFor(new Reference("Patient/b")))).isPresent();
        assertThat(TaskChange.refusal(referral, referral.copy().setFocus(new Reference("ServiceRequest/x"))))
                .isPresent();
    }

    @Test
    void cancellingIsTheRequesters() {
        assertThat(TaskChange.refusal(referral, referral.copy().setStatus(Task.TaskStatus.CANCELLED)))
                .get().asString().contains("cancelled");
    }
}
