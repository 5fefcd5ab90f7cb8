package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.SingleValidationMessage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples of input/fsh/Examples.fsh, read from the compiled Renkei package: the valid ones pass, each invalid
 * one (id "invalid-…") and each variant built here from a valid one fails with the rule it breaks.
 */
class RenkeiExamplesTest {

    private static RenkeiExamples fixture;
    private static Map<String, Resource> examples;

    @BeforeAll
    static void buildValidatorAndReadExamples() throws IOException {
        fixture = RenkeiExamples.ofTypes("CarePlan", "Goal");
        examples = fixture.all();
    }

    @Test
    void compiledPackageHoldsTheValidAndInvalidExamples() {
        assertThat(examples).containsKeys("renkei-goal-example", "renkei-support-plan-example",
                "invalid-renkei-support-plan-without-long-term-goal",
                "invalid-renkei-support-plan-without-emergency-procedure",
                "invalid-renkei-goal-without-term", "invalid-renkei-goal-without-due-date");
    }

    @Test
    void acceptsEveryValidExample() {
        examples.forEach((id, example) -> {
            if (!id.startsWith("invalid-")) {
                assertThat(errors(example)).as("errors of example %s", id).isEmpty();
            }
        });
    }

    @Test
    void rejectsSupportPlanWithoutLongTermGoal() {
        assertThat(errors(example("invalid-renkei-support-plan-without-long-term-goal")))
                .anyMatch(m -> m.getMessage().contains("rsp-1"));
    }

    @Test
    void rejectsMedicallyDependentSupportPlanWithoutEmergencyProcedure() {
        assertThat(errors(example("invalid-renkei-support-plan-without-emergency-procedure")))
                .anyMatch(m -> m.getMessage().contains("rsp-2"));
    }

    @Test
    void acceptsSupportPlanWithoutEmergencyProcedureWhenNoMedicalProcedureIsListed() {
        CarePlan plan = (CarePlan) example("invalid-renkei-support-plan-without-emergency-procedure");
        plan.getExtension().removeIf(e -> e.getUrl().endsWith("/renkei-medical-procedure"));

        assertThat(errors(plan)).isEmpty();
    }

    @Test
    void rejectsSupportPlanActivityWithoutPerformer() {
        CarePlan plan = (CarePlan) example("renkei-support-plan-example");
        plan.getActivityFirstRep().getDetail().getPerformer().clear();

        assertThat(errors(plan)).anyMatch(m -> m.getMessage().contains("CarePlan.activity.detail.performer")
                || m.getLocationString().contains("CarePlan.activity[0].detail"));
    }

    @Test
    void rejectsSupportPlanWithoutGoalAuthorCareTeamOrProblem() {
        CarePlan plan = (CarePlan) example("renkei-support-plan-example");
        plan.getGoal().clear();
        plan.getContained().clear();
        plan.setAuthor(null);
        plan.getCareTeam().clear();
        plan.getAddresses().clear();

        List<SingleValidationMessage> errors = errors(plan);

        assertThat(errors).anyMatch(m -> m.getMessage().contains("CarePlan.goal"));
        assertThat(errors).anyMatch(m -> m.getMessage().contains("CarePlan.author"));
        assertThat(errors).anyMatch(m -> m.getMessage().contains("CarePlan.careTeam"));
        assertThat(errors).anyMatch(m -> m.getMessage().contains("CarePlan.addresses"));
    }

    @Test
    void rejectsRiskWithoutCountermeasure() {
        CarePlan plan = (CarePlan) example("renkei-support-plan-example");
        plan.getActivity().get(1).getDetail().setDescription(null);

        assertThat(errors(plan)).anyMatch(m -> m.getMessage().contains("CarePlan.activity.detail.description")
                || m.getLocationString().contains("CarePlan.activity[1]"));
    }

    @Test
    void rejectsGoalWithoutDueDate() {
        assertThat(errors(example("invalid-renkei-goal-without-due-date")))
                .anyMatch(m -> m.getMessage().contains("Goal.target.due[x]"));
    }

    @Test
    void rejectsGoalWithoutTerm() {
        assertThat(errors(example("invalid-renkei-goal-without-term")))
                .anyMatch(m -> m.getMessage().contains("Goal.category"));
    }

    @Test
    void rejectsGoalWithAnUnknownTerm() {
        Goal goal = (Goal) example("renkei-goal-example");
        goal.getCategoryFirstRep().getCodingFirstRep().setCode("medium");

        assertThat(errors(goal)).anyMatch(m -> m.getLocationString().contains("Goal.category"));
    }

    @Test
    void rejectsContainedGoalWithoutDueDate() {
        CarePlan plan = (CarePlan) example("renkei-support-plan-example");
        ((Goal) plan.getContained().get(0)).getTarget().clear();

        assertThat(errors(plan)).anyMatch(m -> m.getMessage().contains("Goal.target"));
    }

    private static Resource example(String id) {
        return fixture.example(id);
    }

    private static List<SingleValidationMessage> errors(IBaseResource resource) {
        return fixture.errors(resource);
    }
}
