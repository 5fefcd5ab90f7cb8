package jp.renkei.profiles;

import ca.uhn.fhir.context.support.IValidationSupport;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * JP-CLINS 1.5.2 JP_Bundle_eReferral re-slices its slice {@code Bundle.entry:observation} (own {@code slicing}, reslice
 * {@code observation/laboratory}). HAPI's InstanceValidator.assignChildren throws "Slice encountered midway through
 * set" on any element with slicing at the path of the slicing it is already in, so it cannot handle a reslice of
 * Bundle.entry, whatever the element order (regenerating the snapshot keeps the reslice, as the differential has it).
 * The reslice is min 0, open, discriminated by profile: an entry lands in it only if it already conforms to
 * JP_Observation_LabResult_eCS, so it constrains no instance. Dropping it (and the slicing on {@code observation})
 * changes no outcome and lets the validator run.
 */
public final class EReferralObservationResliceRepair implements LoadTimeRepair {

    static final String URL = "http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_eReferral";
    private static final String RESLICED_ID = "Bundle.entry:observation";

    @Override
    public String knownIssueId() {
        return "clins-ereferral-observation-reslice";
    }

    @Override
    public List<IBaseResource> repairedCopies(IValidationSupport published) {
        StructureDefinition copy = PublishedDefinitions.structureDefinition(published, URL).copy();
        flatten(copy.getSnapshot().getElement());
        flatten(copy.getDifferential().getElement());
        return List.of(copy);
    }

    private static void flatten(List<ElementDefinition> elements) {
        elements.removeIf(e -> e.getId().startsWith(RESLICED_ID + "/"));
        elements.stream().filter(e -> e.getId().equals(RESLICED_ID)).forEach(e -> e.setSlicing(null));
    }
}
