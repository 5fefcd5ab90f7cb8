package jp.renkei.mapping.render;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;

/** Dates as Japanese forms print them: 2025年4月25日, a birth date also in the era (和暦) that older forms ask for. */
final class PrintedDate {

    /** Dates on the page are those of Japan, whatever the server's zone. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 H:mm");
    private static final DateTimeFormatter ERA_YEAR = DateTimeFormatter.ofPattern("GGGGy年", Locale.JAPAN);

    private PrintedDate() {
    }

    static String day(BaseDateTimeType date) {
        LocalDate local = localDate(date);
        return local == null ? "" : DAY.format(local);
    }

    /** A day, with the time when the source has one (an appointment, a conference). */
    static String dayAndTime(BaseDateTimeType date) {
        if (date == null || !date.hasValue()) {
            return "";
        }
        if (date.getPrecision().ordinal() <= ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
            return day(date);
        }
        return DAY_TIME.format(date.getValue().toInstant().atZone(JAPAN));
    }

    static String birthDay(LocalDate birthDate) {
        return DAY.format(birthDate) + "（" + ERA_YEAR.format(JapaneseDate.from(birthDate)) + "）";
    }

    static String period(Period period) {
        if (period == null || period.isEmpty()) {
            return "";
        }
        String start = dayAndTime(period.getStartElement());
        String end = dayAndTime(period.getEndElement());
        // A visit or conference within one day reads 2026年11月26日 14:00 ～ 15:00.
        boolean sameDay = !start.equals(day(period.getStartElement())) && !end.isEmpty()
                && day(period.getStartElement()).equals(day(period.getEndElement()));
        return start + " ～ " + (sameDay ? end.substring(end.indexOf(' ') + 1) : end);
    }

    static LocalDate localDate(BaseDateTimeType date) {
        if (date == null || !date.hasValue()) {
            return null;
        }
        if (date.getPrecision().ordinal() <= ca.uhn.fhir.model.api.TemporalPrecisionEnum.DAY.ordinal()) {
            // A plain date has no zone: take its fields, not the instant (which is midnight in the server's zone).
            return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
        }
        return date.getValue().toInstant().atZone(JAPAN).toLocalDate();
    }
}
