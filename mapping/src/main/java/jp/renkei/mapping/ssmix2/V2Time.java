package jp.renkei.mapping.ssmix2;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;

/**
 * HL7 v2 DT/DTM values (yyyy[MM[dd[HH[mm[ss[.S+]]]]]][+zzzz]) as FHIR dates with the precision the sender gave.
 * SS-MIX2 times carry no zone; they are Japanese local time, which FHIR requires to be stated once a time is present.
 */
final class V2Time {

    private static final Pattern DTM = Pattern.compile(
            "(\\d{4})(\\d{2})?(\\d{2})?(?:(\\d{2})(\\d{2})?(?:(\\d{2})(?:\\.(\\d{1,4}))?)?)?([+-]\\d{4})?");
    private static final String JAPAN = "+09:00";

    private V2Time() {
    }

    static DateTimeType dateTime(V2Segment segment, int field, String value) {
        Matcher m = match(segment, field, value);
        StringBuilder text = datePart(m);
        if (m.group(4) != null) {
            // An hour without minutes (TQ1-7 "2011070100") is that hour's start: FHIR times need minutes.
            text.append('T').append(m.group(4)).append(':').append(m.group(5) == null ? "00" : m.group(5)).append(':')
                    .append(m.group(6) == null ? "00" : m.group(6));
            if (m.group(7) != null) {
                text.append('.').append(m.group(7));
            }
            String zone = m.group(8);
            text.append(zone == null ? JAPAN : zone.substring(0, 3) + ":" + zone.substring(3));
        }
        return new DateTimeType(text.toString());
    }

    /** A date without time; a DTM with a time is cut to its day. */
    static DateType date(V2Segment segment, int field, String value) {
        return new DateType(datePart(match(segment, field, value)).toString());
    }

    /** Year, then month and day when given: {@code yyyy[-MM[-dd]]}. */
    private static StringBuilder datePart(Matcher m) {
        StringBuilder text = new StringBuilder(m.group(1));
        if (m.group(2) != null) {
            text.append('-').append(m.group(2));
        }
        if (m.group(3) != null) {
            text.append('-').append(m.group(3));
        }
        return text;
    }

    private static Matcher match(V2Segment segment, int field, String value) {
        Matcher m = DTM.matcher(value);
        if (!m.matches()) {
            throw segment.invalid(field, value, "an HL7 date/time (yyyy[MM[dd[HH[mm[ss[.S]]]]]][+zzzz])");
        }
        return m;
    }
}
