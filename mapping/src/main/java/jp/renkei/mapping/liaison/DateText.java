package jp.renkei.mapping.liaison;

import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;

/**
 * Dates as a Japanese reader writes them (2025年4月1日, 2025年4月1日 11:00), at the precision and in the time zone
 * the source recorded: a date-only value never gains a time, a month never gains a day.
 */
final class DateText {

    private DateText() {
    }

    static String of(BaseDateTimeType date) {
        if (date == null || date.getValue() == null) {
            return "";
        }
        return switch (date.getPrecision()) {
            case YEAR -> date.getYear() + "年";
            case MONTH -> date.getYear() + "年" + (date.getMonth() + 1) + "月";
            case DAY -> day(date);
            default -> day(date) + String.format(" %d:%02d", date.getHour(), date.getMinute());
        };
    }

    /** start〜end; an open end stays open (〜). */
    static String of(Period period) {
        if (period == null || (!period.hasStart() && !period.hasEnd())) {
            return "";
        }
        return of(period.getStartElement()) + "〜" + of(period.getEndElement());
    }

    private static String day(BaseDateTimeType date) {
        return date.getYear() + "年" + (date.getMonth() + 1) + "月" + date.getDay() + "日";
    }
}
