package jp.renkei.mapping.ssmix2;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Location;

/**
 * A PL (person location) of PV1-3 or PV1-6: ward (病棟) ^ room (病室) ^ bed (病床). It becomes a JP_Location of its own,
 * created when absent and keyed by the three codes, so that every admission through the same bed refers to the same
 * Location (a contained one could not be searched across encounters).
 */
record BedLocation(String ward, String room, String bed) {

    private static final String PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";

    /** The location in a PL field; empty when ward, room and bed are all absent (e.g. ADT-31 to an unknown place). */
    static Optional<BedLocation> of(V2Segment segment, int field) {
        BedLocation location = new BedLocation(segment.text(field, 1), segment.text(field, 2), segment.text(field, 3));
        return location.parts().isEmpty() ? Optional.empty() : Optional.of(location);
    }

    Identifier identifier(HospitalIdentity hospital) {
        return new Identifier().setSystem(hospital.locationSystem()).setValue(String.join("^", ward, room, bed));
    }

    Location resource(HospitalIdentity hospital) {
        Location location = new Location();
        location.getMeta().addProfile(JpCoreProfiles.LOCATION);
        location.addIdentifier(identifier(hospital));
        location.setName(String.join(" ", parts()));
        location.setMode(Location.LocationMode.INSTANCE);
        // The most specific part given: a bed lies in a room, a room in a ward.
        String type = !bed.isEmpty() ? "bd" : !room.isEmpty() ? "ro" : "wa";
        location.setPhysicalType(new CodeableConcept(new Coding(PHYSICAL_TYPE, type, null)));
        return location;
    }

    /** Labelled parts for the name, e.g. "病棟 32 病室 302 病床 1". */
    private List<String> parts() {
        List<String> parts = new ArrayList<>();
        if (!ward.isEmpty()) {
            parts.add("病棟 " + ward);
        }
        if (!room.isEmpty()) {
            parts.add("病室 " + room);
        }
        if (!bed.isEmpty()) {
            parts.add("病床 " + bed);
        }
        return parts;
    }
}
