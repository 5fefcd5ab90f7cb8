package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The referral (ServiceRequest + Task) and consent examples of input/fsh/ReferralAndConsentExamples.fsh, read from
 * the compiled Renkei package: the valid ones pass, each invalid one (id "invalid-…") fails with the invariant it
 * breaks, and the variants built here from a valid one fail naming the missing element.
 */
class RenkeiReferralAndConsentTest {

    private static RenkeiExamples fixture;
    private static Map<String, Resource> examples;

    @BeforeAll
    static void buildValidatorAndReadExamples() throws IOException {
        fixture = RenkeiExamples.ofTypes("ServiceRequest", "Task", "Consent");
        examples = fixture.all();
    }

    @Test
    void compiledPackageHoldsTheReferralAndConsentExamples() {
        assertThat(examples).containsKeys("renkei-referral-request-example", "renkei-referral-task-example",
                "renkei-referral-task-in-progress-example", "renkei-consent-example",
                "invalid-renkei-referral-request-without-reason",
                "invalid-renkei-referral-task-completed-without-output",
                "invalid-renkei-referral-task-rejected-without-reason",
                "invalid-renkei-consent-without-period-start");
    }

    @Test
    void validReferralTaskAndConsentExamplesHaveNoErrors() {
        examples.forEach((id, example) -> {
            if (!id.startsWith("invalid-")) {
                assertThat(errors(example)).as("errors of example %s", id).isEmpty();
            }
        });
    }

    @Test
    void referralWithoutReasonIsRejectedByRrq1() {
        assertThat(errors(example("invalid-renkei-referral-request-without-reason")))
                .anyMatch(m -> m.getMessage().contains("rrq-1"));
    }

    @Test
    void referralWithOnlyAReasonReferenceIsAccepted() {
        ServiceRequest referral = (ServiceRequest) example("renkei-referral-request-example");
        referral.getReasonCode().clear();
        referral.addReasonReference().setReference("Condition/renkei-demo-condition-copd");

        assertThat(errors(referral)).isEmpty();
    }

    @Test
    void referralWithoutPerformerIsRejected() {
        ServiceRequest referral = (ServiceRequest) example("renkei-referral-request-example");
        referral.getPerformer().clear();

        assertThat(errors(referral)).anyMatch(m -> m.getMessage().contains("ServiceRequest.performer"));
    }

    @Test
    void referralWithoutReferralCategoryIsRejected() {
        ServiceRequest referral = (ServiceRequest) example("renkei-referral-request-example");
        referral.getCategory().clear();

        assertThat(errors(referral)).anyMatch(m -> m.getMessage().contains("ServiceRequest.category"));
    }

    @Test
    void completedTaskWithoutReplyIsRejectedByRtk1() {
        assertThat(errors(example("invalid-renkei-referral-task-completed-without-output")))
                .anyMatch(m -> m.getMessage().contains("rtk-1"));
    }

    @Test
    void rejectedTaskWithoutStatusReasonIsRejectedByRtk2() {
        assertThat(errors(example("invalid-renkei-referral-task-rejected-without-reason")))
                .anyMatch(m -> m.getMessage().contains("rtk-2"));
    }

    @Test
    void rejectedTaskWithStatusReasonIsAccepted() {
        Task task = (Task) example("invalid-renkei-referral-task-rejected-without-reason");
        task.getStatusReason().setText("専門外のため受け入れ困難");

        assertThat(errors(task)).isEmpty();
    }

    @Test
    void taskWithoutOwnerIsRejected() {
        Task task = (Task) example("renkei-referral-task-example");
        task.setOwner(null);

        assertThat(errors(task)).anyMatch(m -> m.getMessage().contains("Task.owner"));
    }

    @Test
    void taskWithAnIntentOtherThanOrderIsRejected() {
        Task task = (Task) example("renkei-referral-task-example");
        task.setIntent(Task.TaskIntent.PLAN);

        assertThat(errors(task)).anyMatch(m -> m.getLocationString().contains("Task.intent"));
    }

    @Test
    void consentWithoutPeriodStartIsRejectedByRcs1() {
        assertThat(errors(example("invalid-renkei-consent-without-period-start")))
                .anyMatch(m -> m.getMessage().contains("rcs-1"));
    }

    @Test
    void consentWithoutActorIsRejected() {
        Consent consent = (Consent) example("renkei-consent-example");
        consent.getProvision().getActor().clear();

        assertThat(errors(consent)).anyMatch(m -> m.getMessage().contains("Consent.provision.actor"));
    }

    @Test
    void withdrawnConsentIsStillValid() {
        Consent consent = (Consent) example("renkei-consent-example");
        consent.setStatus(Consent.ConsentState.INACTIVE);

        assertThat(errors(consent)).isEmpty();
    }

    private static Resource example(String id) {
        return fixture.example(id);
    }

    private static List<SingleValidationMessage> errors(IBaseResource resource) {
        return fixture.errors(resource);
    }
}
