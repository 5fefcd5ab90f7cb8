package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Renkei package that the build compiles from input/fsh, as the shared validation chain sees it. */
class RenkeiPackageTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final String SUPPORT_PLAN = "http://renkei.jp/fhir/StructureDefinition/renkei-support-plan";

    private static ValidationSupportChain chain;
    private static FhirValidator validator;

    @BeforeAll
    static void buildChain() {
        chain = SharedValidation.CHAIN;
        validator = FHIR.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
    }

    @Test
    void resolvesTheSupportPlanProfileAndGeneratesItsSnapshotOnJpCarePlan() {
        StructureDefinition compiled = (StructureDefinition) chain.fetchStructureDefinition(SUPPORT_PLAN);
        // SUSHI emits differentials only (FSHOnly); the chain's SnapshotGeneratingValidationSupport, which the
        // validator calls too, expands them on JP_CarePlan's snapshot.
        StructureDefinition profile = (StructureDefinition) chain.generateSnapshot(
                new ValidationSupportContext(chain), compiled.copy(), SUPPORT_PLAN, null, compiled.getName());

        assertThat(compiled.getBaseDefinition()).isEqualTo("http://jpfhir.jp/fhir/core/StructureDefinition/JP_CarePlan");
        assertThat(compiled.hasSnapshot()).isFalse();
        assertThat(profile.getSnapshot().getElement()).hasSizeGreaterThan(50);
        assertThat(element(profile, "CarePlan.period").getMin()).isEqualTo(1);
        assertThat(element(profile, "CarePlan.period").getShort()).isEqualTo("計画の対象期間");
        assertThat(element(profile, "CarePlan.subject").getMin()).isEqualTo(1);
        assertThat(element(profile, "CarePlan.subject").getShort()).isEqualTo("計画の対象となる患者");
    }

    @Test
    void resolvesTheGoalTermCodeSystemAndValueSet() {
        CodeSystem codeSystem = (CodeSystem) chain.fetchCodeSystem("http://renkei.jp/fhir/CodeSystem/renkei-goal-term");
        ValueSet valueSet = (ValueSet) chain.fetchValueSet("http://renkei.jp/fhir/ValueSet/renkei-goal-term");

        assertThat(codeSystem.getConcept()).extracting(CodeSystem.ConceptDefinitionComponent::getCode,
                CodeSystem.ConceptDefinitionComponent::getDisplay)
                .containsExactly(Tuple.tuple("long", "長期目標"),
                        Tuple.tuple("short", "短期目標"));
        assertThat(valueSet.getCompose().getIncludeFirstRep().getSystem()).isEqualTo(codeSystem.getUrl());
    }

    @Test
    void rejectsASupportPlanWithoutSubjectAndPeriod() {
        CarePlan plan = supportPlan();
        plan.setSubject(null);
        plan.setPeriod(null);

        List<SingleValidationMessage> errors = errors(plan);

        assertThat(errors).anyMatch(m -> m.getMessage().contains("CarePlan.period") && m.getMessage().contains(SUPPORT_PLAN));
        assertThat(errors).anyMatch(m -> m.getMessage().contains("CarePlan.subject"));
    }

    @Test
    void findsNothingWrongWithSubjectAndPeriodWhenBothArePresent() {
        // The plan lacks goals, activities … (see RenkeiExamplesTest for a complete one); subject and period are fine.
        assertThat(errors(supportPlan())).noneMatch(m -> m.getMessage().contains("CarePlan.subject")
                || m.getMessage().contains("CarePlan.period"));
    }

    private static CarePlan supportPlan() {
        CarePlan plan = new CarePlan();
        plan.getMeta().addProfile(SUPPORT_PLAN);
        plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("居宅サービス計画");
        plan.setSubject(new Reference("Patient/renkei-demo-patient-01"));
        plan.setPeriod(new Period().setStartElement(new DateTimeType("2025-04-01")));
        return plan;
    }

    private static List<SingleValidationMessage> errors(CarePlan plan) {
        return validator.validateWithResult(plan).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
    }

    private static ElementDefinition element(StructureDefinition profile, String id) {
        return profile.getSnapshot().getElement().stream()
                .filter(e -> e.getId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No snapshot element " + id));
    }
}
