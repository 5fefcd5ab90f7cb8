package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * An XCN field (EHR user ID^family^given…) as a logical reference to a Practitioner: the EHR user ID in the hospital's
 * staff system and the name as display. No Practitioner resource is made, as the messages carry no more about the
 * person (the doctors of an Encounter, the requester of a prescription).
 */
final class StaffReference {

    private StaffReference() {
    }

    static Optional<Reference> of(HospitalIdentity hospital, V2Segment segment, int field) {
        Optional<String> id = segment.optional(field, 1);
        String name = (segment.text(field, 2) + " " + segment.text(field, 3)).strip();
        if (id.isEmpty() && name.isEmpty()) {
            return Optional.empty();
        }
        Reference person = new Reference().setType("Practitioner");
        id.ifPresent(value -> person.setIdentifier(new Identifier().setSystem(hospital.staffSystem()).setValue(value)));
        if (!name.isEmpty()) {
            person.setDisplay(name);
        }
        return Optional.of(person);
    }
}
