package jp.renkei.mapping.render;

import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Timing;

/**
 * The activities of a support plan, split as the form prints them: the 支援内容 table (supports and risks with
 * their countermeasures) and the 緊急時の対応 (emergency procedure, RenkeiSupportPlan's slice `emergency`; plans
 * stored before the profile name it 緊急時対応 or 急変時の対応 in the text).
 */
final class PlanActivities {

    private static final String ACTIVITY_SYSTEM = "http://renkei.jp/fhir/CodeSystem/renkei-support-plan-activity";
    private static final String RISK_SYSTEM = "http://renkei.jp/fhir/CodeSystem/renkei-risk-category";

    private final PartyName names;

    PlanActivities(PartyName names) {
        this.names = names;
    }

    List<PlanActivity> supports(CarePlan plan) {
        return plan.getActivity().stream().filter(a -> !emergency(a)).map(this::line).toList();
    }

    List<PlanActivity> emergencies(CarePlan plan) {
        return plan.getActivity().stream().filter(PlanActivities::emergency).map(this::line).toList();
    }

    private PlanActivity line(CarePlan.CarePlanActivityComponent activity) {
        CarePlanActivityDetailComponent detail = activity.getDetail();
        String support = activity.hasReference() && !activity.hasDetail()
                ? names.of(activity.getReference()) : support(detail.getCode());
        String performers = detail.getPerformer().stream().map(names::of).filter(s -> !s.isBlank())
                .collect(Collectors.joining("、"));
        return new PlanActivity(support, detail.getDescription(), performers, timing(detail), status(detail));
    }

    private static boolean emergency(CarePlan.CarePlanActivityComponent activity) {
        CodeableConcept code = activity.getDetail().getCode();
        boolean coded = code.getCoding().stream()
                .anyMatch(c -> ACTIVITY_SYSTEM.equals(c.getSystem()) && "emergency-procedure".equals(c.getCode()));
        String text = code.hasText() ? code.getText() : "";
        return coded || text.startsWith("緊急時") || text.startsWith("急変時");
    }

    private static String support(CodeableConcept code) {
        Coding risk = code.getCoding().stream().filter(c -> RISK_SYSTEM.equals(c.getSystem())).findFirst().orElse(null);
        if (risk != null) {
            return "リスク対策（" + (risk.hasDisplay() ? risk.getDisplay() : risk.getCode()) + "）";
        }
        if (code.hasText()) {
            return code.getText();
        }
        return code.getCoding().stream().filter(Coding::hasDisplay).map(Coding::getDisplay).findFirst().orElse("支援");
    }

    private static String timing(CarePlanActivityDetailComponent detail) {
        if (detail.hasScheduledStringType()) {
            return detail.getScheduledStringType().getValue();
        }
        if (detail.hasScheduledPeriod()) {
            return PrintedDate.period(detail.getScheduledPeriod());
        }
        return detail.hasScheduledTiming() ? timing(detail.getScheduledTiming()) : "";
    }

    private static String timing(Timing timing) {
        if (timing.getCode().hasText()) {
            return timing.getCode().getText();
        }
        Timing.TimingRepeatComponent repeat = timing.getRepeat();
        if (!repeat.hasFrequency() || !repeat.hasPeriodUnit()) {
            return "";
        }
        String per = switch (repeat.getPeriodUnit()) {
            case D -> "1日";
            case WK -> "週";
            case MO -> "月";
            case A -> "年";
            default -> repeat.getPeriod().stripTrailingZeros().toPlainString() + repeat.getPeriodUnit().getDisplay();
        };
        return per + repeat.getFrequency() + "回";
    }

    private static String status(CarePlanActivityDetailComponent detail) {
        if (!detail.hasStatus()) {
            return "";
        }
        return switch (detail.getStatus()) {
            case NOTSTARTED -> "未開始";
            case SCHEDULED -> "予定";
            case INPROGRESS -> "実施中";
            case ONHOLD -> "保留";
            case COMPLETED -> "完了";
            case CANCELLED, STOPPED -> "中止";
            default -> "";
        };
    }
}
