package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;

/**
 * An RXR (投薬経路) as JAMI maps it for orders and administrations alike: RXR-1 route (HL7 table 0162, JP Core's
 * route-codes), RXR-2 site, RXR-4 method. RXR-3 (device) is not mapped: FHIR wants a Device resource for it.
 */
record DrugRoute(V2Segment rxr) {

    Optional<CodeableConcept> route(V2CodeSystems codeSystems) {
        return concept(codeSystems, 1);
    }

    Optional<CodeableConcept> site(V2CodeSystems codeSystems) {
        return concept(codeSystems, 2);
    }

    Optional<CodeableConcept> method(V2CodeSystems codeSystems) {
        return concept(codeSystems, 4);
    }

    private Optional<CodeableConcept> concept(V2CodeSystems codeSystems, int field) {
        V2Code code = rxr.code(field);
        return code.isEmpty() ? Optional.empty() : Optional.of(codeSystems.concept(code));
    }
}
