package jp.renkei.mapping.ssmix2;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
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

    /**
     * The data types of SS-MIX2 standardized storage (標準化ストレージ): patient (ADT-00), change of attending doctor
     * (ADT-01 担当医の変更, events A54/A55, which JAMI's event-type ConceptMap lists first), outpatient reception
     * (ADT-12), admission events (ADT-21 … ADT-52), allergies (ADT-61), problems (PPR-01), diet (OMD-01), prescriptions
     * and injections (OMP-01/02, their administration OMP-11/12), lab tests (OML-01/11), radiology, endoscopy and
     * physiology exams (OMG-01/02/03, their performance OMG-11/12/13).
     */
    public static final Set<String> STANDARD_DATA_TYPES = Set.of("ADT-00", "ADT-01", "ADT-12", "ADT-21", "ADT-22",
            "ADT-31", "ADT-32", "ADT-41", "ADT-42", "ADT-51", "ADT-52", "ADT-61", "PPR-01", "OMD-01", "OMP-01",
            "OMP-02", "OMP-11", "OMP-12", "OML-01", "OML-11", "OMG-01", "OMG-02", "OMG-03", "OMG-11", "OMG-12",
            "OMG-13");

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

    /** True for a data type of standardized storage, whether Renkei maps it or not. */
    public boolean hasStandardDataType() {
        return STANDARD_DATA_TYPES.contains(dataType);
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
