package jp.renkei.mapping.liaison;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The references anywhere in a resource (extensions and contained resources included), found by HAPI's terser. */
final class References {

    private References() {
    }

    static List<Reference> in(Resource resource) {
        return FhirContext.forR4Cached().newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class);
    }
}
