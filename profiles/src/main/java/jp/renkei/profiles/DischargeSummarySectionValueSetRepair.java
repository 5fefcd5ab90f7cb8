package jp.renkei.profiles;

import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;

/**
 * JP-CLINS 1.5.2's eDischargeSummary section value set (退院時サマリーセクション区分, bound required to
 * JP_Composition_eDischargeSummary section codes) includes the descendants of REF (the referral sections) and
 * COMMON: it was copied from the eReferral value set, and leaves out DIS, the discharge-specific sections (312 入院理由
 * … 713 入院中治療) that the Composition profile itself uses. Renkei includes DIS instead of REF.
 */
public final class DischargeSummarySectionValueSetRepair implements LoadTimeRepair {

    static final String URL = "http://jpfhir.jp/fhir/eDischargeSummary/ValueSet/document-section";

    @Override
    public String knownIssueId() {
        return "clins-discharge-summary-section-valueset";
    }

    @Override
    public List<IBaseResource> repairedCopies(IValidationSupport published) {
        ValueSet copy = PublishedDefinitions.valueSet(published, URL).copy();
        for (ConceptSetComponent include : copy.getCompose().getInclude()) {
            include.getFilter().stream()
                    .filter(f -> "REF".equals(f.getValue()))
                    .forEach(f -> f.setValue("DIS"));
        }
        return List.of(copy);
    }
}
