package jp.renkei.mapping.ssmix2;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Quantity;

/**
 * An infusion rate (投与速度) as a FHIR Quantity. RXE-23/RXE-24 give it as an amount and a CE unit; RXA-12 gives it
 * as free text such as {@code 102ml/hr}. Millilitres per hour, however written, become UCUM {@code mL/h}.
 */
final class InfusionRate {

    private static final String UCUM = "http://unitsofmeasure.org";
    /** A number, then a unit: {@code 102ml/hr}, {@code 50 mL/h}, {@code 20ｍＬ／時}. */
    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(\\S.*?)\\s*");
    private static final Pattern MILLILITRES_PER_HOUR =
            Pattern.compile("(?iu)(ml|ｍｌ)\\s*[/／]\\s*(h|hr|hour|ｈ|ｈｒ|時|時間)");

    private InfusionRate() {
    }

    /** RXE-23 give rate amount with RXE-24 give rate units. */
    static Quantity of(V2CodeSystems codeSystems, V2Segment segment, int field, String amount, V2Code unit) {
        if (MILLILITRES_PER_HOUR.matcher(unit.code()).matches()) {
            String text = unit.text().isEmpty() ? unit.code() : unit.text();
            return millilitresPerHour(V2Quantity.number(segment, field, amount), text);
        }
        return V2Quantity.of(codeSystems, segment, field, amount, unit);
    }

    /** Free text such as RXA-12; empty when it does not start with a number followed by a unit. */
    static Optional<Quantity> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1));
        String unit = m.group(2);
        if (MILLILITRES_PER_HOUR.matcher(unit).matches()) {
            return Optional.of(millilitresPerHour(value, unit));
        }
        return Optional.of(new Quantity().setValue(value).setUnit(unit));
    }

    private static Quantity millilitresPerHour(BigDecimal value, String unitText) {
        return new Quantity().setValue(value).setUnit(unitText).setSystem(UCUM).setCode("mL/h");
    }
}
