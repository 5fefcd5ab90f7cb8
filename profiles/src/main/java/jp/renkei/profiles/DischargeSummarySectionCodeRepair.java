package jp.renkei.profiles;

import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;

/**
 * JP_Composition_eDischargeSummary fixes four sub-section codes that its own code system
 * (clins/CodeSystem/document-section 1.4.0, content complete) does not define: 362 現病歴, 372 既往歴, 552 家族歴,
 * 642 社会歴・生活習慣, the discharge-summary variants of the COMMON codes 360/370/550/640. A document that follows
 * the profile would fail on "unknown code". Renkei keeps the profile's codes (senders follow the profile) and adds
 * them under DIS, with the profile's displays.
 */
public final class DischargeSummarySectionCodeRepair implements LoadTimeRepair {

    static final String URL = "http://jpfhir.jp/fhir/clins/CodeSystem/document-section";

    /** Code → display, as JP_Composition_eDischargeSummary fixes them. */
    static final Map<String, String> MISSING = new TreeMap<>(Map.of(
            "362", "現病歴セクション",
            "372", "既往歴セクション",
            "552", "家族歴セクション",
            "642", "社会歴・生活習慣セクション"));

    @Override
    public String knownIssueId() {
        return "clins-discharge-summary-section-codes";
    }

    @Override
    public List<IBaseResource> repairedCopies(IValidationSupport published) {
        CodeSystem copy = PublishedDefinitions.codeSystem(published, URL).copy();
        ConceptDefinitionComponent discharge = copy.getConcept().stream()
                .filter(c -> "DIS".equals(c.getCode()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No DIS group in " + URL));
        MISSING.forEach((code, display) -> {
            if (discharge.getConcept().stream().noneMatch(c -> code.equals(c.getCode()))) {
                discharge.addConcept().setCode(code).setDisplay(display);
            }
        });
        if (copy.hasCount()) {
            copy.setCount(countConcepts(copy.getConcept()));
        }
        return List.of(copy);
    }

    private static int countConcepts(List<ConceptDefinitionComponent> concepts) {
        return concepts.stream().mapToInt(c -> 1 + countConcepts(c.getConcept())).sum();
    }
}
