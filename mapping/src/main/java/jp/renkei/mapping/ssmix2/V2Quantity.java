package jp.renkei.mapping.ssmix2;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Quantity;

/** HL7 v2 amounts (NM) with a CE unit as FHIR Quantities, units labelled MR9P being MERIT-9 (医薬品単位略号). */
final class V2Quantity {

    private V2Quantity() {
    }

    /** An amount with a CE unit (code^text^system). */
    static Quantity of(V2CodeSystems codeSystems, V2Segment segment, int field, String amount, V2Code unit) {
        Quantity quantity = new Quantity().setValue(number(segment, field, amount));
        if (!unit.code().isEmpty()) {
            quantity.setCode(unit.code());
            quantity.setUnit(unit.text().isEmpty() ? unit.code() : unit.text());
            if (!unit.system().isEmpty()) {
                quantity.setSystem(codeSystems.unitUri(unit.system()));
            }
        }
        return quantity;
    }

    static BigDecimal number(V2Segment segment, int field, String amount) {
        try {
            return new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw segment.invalid(field, amount, "a number");
        }
    }
}
