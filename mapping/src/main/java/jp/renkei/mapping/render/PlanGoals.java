package jp.renkei.mapping.render;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Goal;

/**
 * The goals of a support plan, long-term first. RenkeiSupportPlan contains its goals (#id, renkei-goal-term
 * long/short); plans stored before the profile refer to Goal resources with the older goal-term codes
 * (long-term/short-term): both are read, by code or by the 長期/短期 of the text.
 */
final class PlanGoals {

    private PlanGoals() {
    }

    static List<PlanGoal> of(CarePlan plan, BundleEntries entries) {
        return plan.getGoal().stream()
                .map(reference -> entries.resolve(reference, plan, Goal.class))
                .flatMap(Optional::stream)
                .map(PlanGoals::goal)
                .sorted(Comparator.comparing(goal -> !goal.longTerm()))
                .toList();
    }

    private static PlanGoal goal(Goal goal) {
        String due = goal.getTarget().stream().filter(Goal.GoalTargetComponent::hasDueDateType)
                .findFirst().map(t -> PrintedDate.day(t.getDueDateType())).orElse("");
        return new PlanGoal(term(goal), goal.getDescription().getText(), due, achievement(goal));
    }

    private static String term(Goal goal) {
        for (CodeableConcept category : goal.getCategory()) {
            for (Coding coding : category.getCoding()) {
                if ("long".equals(coding.getCode()) || "long-term".equals(coding.getCode())) {
                    return "長期目標";
                }
                if ("short".equals(coding.getCode()) || "short-term".equals(coding.getCode())) {
                    return "短期目標";
                }
            }
            String text = category.hasText() ? category.getText() : "";
            if (text.contains("長期") || text.contains("短期")) {
                return text.contains("長期") ? "長期目標" : "短期目標";
            }
        }
        return "目標";
    }

    private static String achievement(Goal goal) {
        CodeableConcept status = goal.getAchievementStatus();
        String code = status.getCodingFirstRep().getCode();
        if (code == null) {
            return status.hasText() ? status.getText() : "";
        }
        return switch (code) {
            case "in-progress" -> "取組中";
            case "improving" -> "改善";
            case "worsening" -> "悪化";
            case "no-change" -> "変化なし";
            case "achieved" -> "達成";
            case "sustaining" -> "維持";
            case "not-achieved" -> "未達成";
            case "no-progress" -> "進展なし";
            case "not-attainable" -> "達成困難";
            default -> code;
        };
    }
}
