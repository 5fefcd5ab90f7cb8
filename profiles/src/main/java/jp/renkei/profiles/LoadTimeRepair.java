package jp.renkei.profiles;

import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One defect of a published package, repaired in memory when the chain is built: the package files stay unmodified
 * (their licence forbids derivatives), the chain serves the corrected copies ahead of them. Each repair names its
 * entry in known-issues.json.
 */
public interface LoadTimeRepair {

    /** The id of this defect in known-issues.json. */
    String knownIssueId();

    /**
     * Corrected copies of the affected conformance resources, made from the published ones.
     *
     * @param published the unrepaired packages, to read the originals from
     */
    List<IBaseResource> repairedCopies(IValidationSupport published);
}
