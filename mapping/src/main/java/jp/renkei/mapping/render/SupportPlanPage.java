package jp.renkei.mapping.render;

import java.util.Map;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * A support plan (支援計画書, RenkeiSupportPlan) as one printable XHTML page, laid out as care managers know it:
 * patient, period and state, 長期目標 / 短期目標, the 支援内容 table, the care team and the 緊急時の対応.
 * The input is the search result of the plan with its patient, goals, care teams and their members
 * (_include), a collection Bundle whose first entry is the CarePlan. Thread-safe: one instance serves all requests.
 */
public final class SupportPlanPage {

    private static final String NEXT_REVIEW = "http://renkei.jp/fhir/StructureDefinition/renkei-next-review-date";

    private final PageTemplates templates = new PageTemplates();

    public String html(Bundle plan) {
        if (plan.getEntry().isEmpty() || !(plan.getEntryFirstRep().getResource() instanceof CarePlan)) {
            throw new IllegalArgumentException("A support plan Bundle starts with its CarePlan");
        }
        CarePlan carePlan = (CarePlan) plan.getEntryFirstRep().getResource();
        BundleEntries entries = new BundleEntries(plan);
        PartyName names = new PartyName(entries);
        PlanActivities activities = new PlanActivities(names);
        PatientBlock patient = entries.resolve(carePlan.getSubject(), carePlan, Patient.class)
                .map(p -> PatientBlock.of(p, PrintedDate.localDate(carePlan.hasCreated()
                        ? carePlan.getCreatedElement() : carePlan.getPeriod().getStartElement())))
                .orElse(PatientBlock.UNKNOWN);
        return templates.render("support-plan", Map.of(
                "header", header(carePlan, entries, names),
                "patient", patient,
                "goals", PlanGoals.of(carePlan, entries),
                "supports", activities.supports(carePlan),
                "emergencies", activities.emergencies(carePlan),
                "team", new CareTeamMembers(entries, names).of(carePlan),
                "notes", carePlan.getNote().stream().map(n -> n.getText()).toList()));
    }

    private static PlanHeader header(CarePlan plan, BundleEntries entries, PartyName names) {
        String problems = plan.getAddresses().stream().map(reference -> problem(reference, plan, entries))
                .filter(s -> !s.isBlank()).collect(Collectors.joining("、"));
        Extension review = plan.getExtensionByUrl(NEXT_REVIEW);
        return new PlanHeader(plan.hasTitle() ? plan.getTitle() : "支援計画書", status(plan),
                PrintedDate.period(plan.getPeriod()), problems, plan.getDescription(), names.of(plan.getAuthor()),
                PrintedDate.day(plan.getCreatedElement()),
                review != null && review.getValue() instanceof DateType date
                        ? PrintedDate.day(date) : "");
    }

    private static String problem(Reference reference, CarePlan plan, BundleEntries entries) {
        return entries.resolve(reference, plan, Condition.class)
                .map(c -> c.getCode().hasText() ? c.getCode().getText() : c.getCode().getCodingFirstRep().getDisplay())
                .orElse(reference.hasDisplay() ? reference.getDisplay() : "");
    }

    private static String status(CarePlan plan) {
        if (!plan.hasStatus()) {
            return "";
        }
        return switch (plan.getStatus()) {
            case DRAFT -> "作成中";
            case ACTIVE -> "実施中";
            case ONHOLD -> "保留";
            case REVOKED -> "中止";
            case COMPLETED -> "終了";
            case ENTEREDINERROR -> "取消";
            default -> "";
        };
    }
}
