package jp.renkei.mapping.ssmix2;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a file in SS-MIX2 standardized storage (標準化ストレージ):
 * {@code <patient>_<date|->_<data type>_<order no>_<timestamp>_<dept|->_<1 valid|0 deleted>}.
 *
 * @param patientId the hospital's patient ID
 * @param date the clinical date, empty for data types that have none ("-")
 * @param dataType the SS-MIX2 data type, for example {@code ADT-00} or {@code OML-11}
 * @param orderNumber the order number (all nines or zeros when the message has none)
 * @param timestamp the creation timestamp, yyyyMMddHHmmssSSS, kept as text because it orders file versions
 * @param department the department code, empty when "-"
 * @param valid false when the file marks a deletion (論理削除) of an earlier one
 */
public record Ssmix2FileName(
        String patientId,
        Optional<LocalDate> date,
        String dataType,
        String orderNumber,
        String timestamp,
        Optional<String> department,
        boolean valid) {

    private static final Pattern NAME = Pattern.compile(
            "(?<patient>[^_]+)_(?<date>\\d{8}|-)_(?<type>[A-Z]{3}-\\d{2})_(?<order>[^_]+)_(?<ts>\\d{14,17})_"
                    + "(?<dept>[^_]+)_(?<flag>[01])");

    /** True when the name follows the naming rule: index files and notes in a storage folder do not. */
    public static boolean isSsmix2Name(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /** Parses a file name; the message says which part is wrong so that an operator can find the file. */
    public static Ssmix2FileName parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not an SS-MIX2 file name: '" + fileName
                    + "' (expected <patient>_<yyyyMMdd|->_<type>_<order>_<timestamp>_<dept|->_<0|1>)");
        }
        return new Ssmix2FileName(
                m.group("patient"),
                parseDate(m.group("date"), fileName),
                m.group("type"),
                m.group("order"),
                m.group("ts"),
                dashIsEmpty(m.group("dept")),
                m.group("flag").equals("1"));
    }

    /** The name as written in the storage. */
    public String fileName() {
        return String.join("_", patientId, date.map(day -> day.format(DateTimeFormatter.BASIC_ISO_DATE)).orElse("-"),
                dataType, orderNumber, timestamp, department.orElse("-"), valid ? "1" : "0");
    }

    /**
     * The record this file is a version of: the name without the timestamp and the flag
     * ({@code <patient>_<date|->_<type>_<order>_<dept|->}). Files of one record replace each other, newest last.
     */
    public String recordKey() {
        return String.join("_", patientId, date.map(day -> day.format(DateTimeFormatter.BASIC_ISO_DATE)).orElse("-"),
                dataType, orderNumber, department.orElse("-"));
    }

    /**
     * True when this file is a later version of the same record than {@code other}: a later timestamp, or the same
     * timestamp with the deleted flag against a valid file (a deletion is written with the time of what it deletes
     * by some EHRs, and must not be undone by a re-sent copy of the valid file).
     */
    public boolean isLaterVersionThan(Ssmix2FileName other) {
        int byTime = paddedTimestamp().compareTo(other.paddedTimestamp());
        return byTime > 0 || byTime == 0 && !valid && other.valid;
    }

    /** Timestamps have 14 to 17 digits (seconds to milliseconds): padded, they compare as text. */
    private String paddedTimestamp() {
        return (timestamp + "000").substring(0, 17);
    }

    private static Optional<LocalDate> parseDate(String text, String fileName) {
        if (text.equals("-")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Bad date '" + text + "' in SS-MIX2 file name '" + fileName + "'", e);
        }
    }

    private static Optional<String> dashIsEmpty(String text) {
        return text.equals("-") ? Optional.empty() : Optional.of(text);
    }
}
