package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import org.hl7.fhir.r4.model.ContactPoint;

/** XTN phone numbers and e-mail (PID-13/14, NK1-5/6), after table map v2-0201 (telecom use). */
final class V2Telecom {

    private V2Telecom() {
    }

    /**
     * XTN: number in component 12 (unformatted) or 1, e-mail in 4; use code (2) and equipment (3). {@code fieldUse} is
     * the use the field stands for (home or work phone) when the XTN names none. Empty without a number or address.
     */
    static Optional<ContactPoint> of(V2Segment segment, int field, int rep, ContactPoint.ContactPointUse fieldUse) {
        String equipment = segment.text(field, rep, 3);
        String number = segment.optional(field, rep, 12).orElse(segment.text(field, rep, 1));
        String value = equipment.equals("Internet") || equipment.equals("X.400") ? segment.text(field, rep, 4) : number;
        if (value.isEmpty()) {
            return Optional.empty();
        }
        ContactPoint point = new ContactPoint().setValue(value);
        point.setSystem(switch (equipment) {
            case "FX" -> ContactPoint.ContactPointSystem.FAX;
            case "BP" -> ContactPoint.ContactPointSystem.PAGER;
            case "Internet", "X.400" -> ContactPoint.ContactPointSystem.EMAIL;
            default -> ContactPoint.ContactPointSystem.PHONE;
        });
        // v2-0201: PRN home, WPN work, PRS mobile; EMR, ORN and the others have no FHIR use.
        switch (segment.text(field, rep, 2)) {
            case "PRN" -> point.setUse(ContactPoint.ContactPointUse.HOME);
            case "WPN" -> point.setUse(ContactPoint.ContactPointUse.WORK);
            case "PRS" -> point.setUse(ContactPoint.ContactPointUse.MOBILE);
            case "" -> point.setUse(fieldUse);
            default -> { }
        }
        if (equipment.equals("CP")) {
            point.setUse(ContactPoint.ContactPointUse.MOBILE);
        }
        return Optional.of(point);
    }
}
