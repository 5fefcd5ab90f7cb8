package jp.renkei.mapping.ssmix2;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Quantity.QuantityComparator;

/**
 * A numeric result (OBX-5) as Japanese laboratory systems write it, beyond HL7's plain NM: full-width digits
 * (全角, {@code ４．９}), a comparator in front ({@code <0.02}, {@code ≧100}: below or above what the analyser measures) and
 * thousands separators ({@code 1,200}). Anything else is not a number.
 *
 * @param comparator the comparator in front of the number, if any
 * @param value the number
 */
record ResultNumber(Optional<QuantityComparator> comparator, BigDecimal value) {

    private static final Map<String, QuantityComparator> COMPARATORS = Map.of(
            "<", QuantityComparator.LESS_THAN, "<=", QuantityComparator.LESS_OR_EQUAL,
            "≦", QuantityComparator.LESS_OR_EQUAL, ">", QuantityComparator.GREATER_THAN,
            ">=", QuantityComparator.GREATER_OR_EQUAL, "≧", QuantityComparator.GREATER_OR_EQUAL);
    private static final Pattern NUMBER = Pattern.compile(
            "(?<comparator><=|>=|<|>|≦|≧)?\\s*(?<number>[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.\\d+)?)");

    /** The number in the text, or empty when the text is not one. */
    static Optional<ResultNumber> parse(String text) {
        // NFKC makes full-width digits, signs and comparators ASCII; the minus sign U+2212 it leaves.
        Matcher m = NUMBER.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).replace('\u2212', '-').strip());
        if (!m.matches() || !m.group("number").matches(".*\\d.*")) {
            return Optional.empty();
        }
        return Optional.of(new ResultNumber(
                Optional.ofNullable(m.group("comparator")).map(COMPARATORS::get),
                new BigDecimal(m.group("number").replace(",", ""))));
    }
}
