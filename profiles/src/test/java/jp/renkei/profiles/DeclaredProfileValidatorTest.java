package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.validation.ValidationOptions;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.junit.jupiter.api.Test;

/** As a validator module (the server's {@code $validate}): a named profile nobody here defines is an error. */
class DeclaredProfileValidatorTest {

    private static final String SUPPORT_PLAN = "http://renkei.jp/fhir/StructureDefinition/renkei-support-plan";

    @Test
    void aNamedProfileThatNoPackageDefinesIsAnErrorEvenBesideAKnownDeclaredOne() {
        CarePlan plan = new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE).setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.getMeta().addProfile(SUPPORT_PLAN);

        ValidationResult result = validate(plan, "http://renkei.jp/fhir/StructureDefinition/no-such-profile");

        assertThat(result.getMessages()).anySatisfy(m -> {
            assertThat(m.getMessageId()).isEqualTo(DeclaredProfileValidator.UNKNOWN_PROFILE);
            assertThat(m.getMessage()).contains("no-such-profile");
        });
    }

    @Test
    void aNamedKnownProfileIsValidatedAgainst() {
        CarePlan plan = new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE).setIntent(CarePlan.CarePlanIntent.PLAN);

        ValidationResult result = validate(plan, SUPPORT_PLAN);

        assertThat(result.getMessages()).noneMatch(m -> DeclaredProfileValidator.UNKNOWN_PROFILE.equals(m.getMessageId()))
                .anyMatch(m -> m.getMessage().contains("rsp-1"));
    }

    @Test
    void structuralIssuesGiveThePathOfEachElementR4DoesNotDefine() {
        String transaction = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":["
                + "{\"resource\":{\"resourceType\":\"Patient\",\"name\":[{\"famly\":\"山田\"}]},"
                + "\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}},"
                + "{\"resource\":{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"体重\"},"
                + "\"valueQuantity\":{\"value\":52,\"unitt\":\"kg\"}},"
                + "\"request\":{\"method\":\"POST\",\"url\":\"Observation\"}}]}";

        List<ValidationMessage> issues = SharedValidation.VALIDATOR.structuralIssues(transaction, EncodingEnum.JSON);

        assertThat(issues)
                .anySatisfy(issue -> assertThat(issue.getLocation() + " " + issue.getMessage())
                        .contains("Bundle.entry[0].resource.name[0]", "famly"))
                .anySatisfy(issue -> assertThat(issue.getLocation() + " " + issue.getMessage())
                        .contains("Bundle.entry[1].resource", "unitt"));
    }

    @Test
    void xmlIsReadToo() {
        assertThat(SharedValidation.VALIDATOR.structuralIssues(
                "<Patient xmlns=\"http://hl7.org/fhir\"><gender value=\"female\"/></Patient>", EncodingEnum.XML))
                .isEmpty();
        assertThat(SharedValidation.VALIDATOR.structuralIssues(
                "<Patient xmlns=\"http://hl7.org/fhir\"><gender valu=\"female\"/></Patient>", EncodingEnum.XML))
                .anySatisfy(issue -> assertThat(issue.getLocation() + " " + issue.getMessage())
                        .contains("/f:Patient/f:gender", "valu"));
    }

    private static ValidationResult validate(CarePlan plan, String profile) {
        return SharedValidation.FHIR.newValidator().registerValidatorModule(SharedValidation.VALIDATOR)
                .validateWithResult(plan, new ValidationOptions().addProfile(profile));
    }
}
