package jp.renkei.mapping.ssmix2;

/**
 * Malformed SS-MIX2 input: says which file, segment and field, and why, so that an operator can find the message in the
 * storage and the hospital's vendor can fix it.
 */
public final class MappingException extends RuntimeException {

    private final String fileName;
    private final String segment;
    private final String field;
    private final String reason;

    /**
     * @param fileName the SS-MIX2 file name
     * @param segment the segment, e.g. {@code PID} (empty when the fault is before any segment)
     * @param field the field, e.g. {@code PID-3} (empty when the whole segment or message is at fault)
     * @param reason what is wrong
     */
    public MappingException(String fileName, String segment, String field, String reason, Throwable cause) {
        super(describe(fileName, segment, field, reason), cause);
        this.fileName = fileName;
        this.segment = segment;
        this.field = field;
        this.reason = reason;
    }

    public MappingException(String fileName, String segment, String field, String reason) {
        this(fileName, segment, field, reason, null);
    }

    public String fileName() {
        return fileName;
    }

    public String segment() {
        return segment;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    private static String describe(String fileName, String segment, String field, String reason) {
        StringBuilder text = new StringBuilder(fileName);
        if (!segment.isEmpty()) {
            text.append(", segment ").append(segment);
        }
        if (!field.isEmpty()) {
            text.append(", field ").append(field);
        }
        return text.append(": ").append(reason).toString();
    }
}
