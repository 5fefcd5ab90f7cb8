package jp.renkei.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.junit.jupiter.api.Test;

/**
 * A discharge-summary Composition using the section codes JP_Composition_eDischargeSummary fixes: with the repairs,
 * none of its section codes is an error (other, unrelated errors of this minimal Composition are ignored).
 */
class DischargeSummarySectionsTest {

    private static final String PROFILE =
            "http://jpfhir.jp/fhir/eDischargeSummary/StructureDefinition/JP_Composition_eDischargeSummary";

    @Test
    void sectionCodesTheProfileFixesAreAccepted() {
        List<SingleValidationMessage> sectionCodeErrors = sectionCodeErrors(composition("300", "362", "322", "642"));

        assertThat(sectionCodeErrors).isEmpty();
    }

    @Test
    void aReferralSectionCodeIsStillRejectedAtTopLevel() {
        List<SingleValidationMessage> sectionCodeErrors = sectionCodeErrors(composition("910"));

        assertThat(sectionCodeErrors).isNotEmpty();
    }

    private static List<SingleValidationMessage> sectionCodeErrors(Composition composition) {
        return SharedValidation.VALIDATOR.validate(composition).getMessages().stream()
                .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .filter(m -> m.getLocationString() != null && m.getLocationString().matches(".*section\\[\\d+\\](\\.section\\[\\d+\\])?\\.code.*"))
                .toList();
    }

    /** Top-level section {@code top}, with the given sub-sections. */
    private static Composition composition(String top, String... subSections) {
        Composition composition = new Composition();
        composition.getMeta().addProfile(PROFILE);
        SectionComponent section = composition.addSection().setTitle("s").setCode(code(top));
        for (String sub : subSections) {
            section.addSection().setTitle(sub).setCode(code(sub));
        }
        return composition;
    }

    private static CodeableConcept code(String code) {
        return new CodeableConcept(new Coding(DischargeSummarySectionCodeRepair.URL, code, null));
    }
}
