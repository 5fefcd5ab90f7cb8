package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.HumanName;

/** XPN person names (PID-5, NK1-2) as JP Core writes them, after table map v2-0465 (name representation). */
final class V2Name {

    static final String REPRESENTATION = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";

    private V2Name() {
    }

    /** XPN: family^given^middle^suffix^prefix^degree^type^representation (I kanji, P kana); empty without a name. */
    static Optional<HumanName> of(V2Segment segment, int field, int rep) {
        String family = segment.text(field, rep, 1);
        String given = segment.text(field, rep, 2);
        if (family.isEmpty() && given.isEmpty()) {
            return Optional.empty();
        }
        HumanName name = new HumanName().setUse(HumanName.NameUse.USUAL);
        if (!family.isEmpty()) {
            name.setFamily(family);
        }
        if (!given.isEmpty()) {
            name.addGiven(given);
        }
        name.setText(String.join(" ", family, given).strip());
        switch (segment.text(field, rep, 8)) {
            case "I" -> name.addExtension(REPRESENTATION, new CodeType("IDE"));
            case "P" -> name.addExtension(REPRESENTATION, new CodeType("SYL"));
            default -> { }
        }
        if (segment.text(field, rep, 7).equals("A")) {
            name.setUse(HumanName.NameUse.NICKNAME);
        }
        return Optional.of(name);
    }
}
