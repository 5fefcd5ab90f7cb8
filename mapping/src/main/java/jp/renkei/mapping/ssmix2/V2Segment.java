package jp.renkei.mapping.ssmix2;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.util.Terser;
import java.util.Optional;

/** Read access to one HL7 v2 segment by field, repetition and component numbers, as the specifications number them. */
public record V2Segment(String fileName, Segment segment) {

    public String name() {
        return segment.getName();
    }

    /** Component (1-based) of a field repetition (0-based); empty text when absent. */
    public String text(int field, int repetition, int component) {
        return text(field, repetition, component, 1);
    }

    /** Sub-component (1-based, separated by {@code &}) of a component, e.g. the code inside TQ1-3's repeat pattern. */
    public String text(int field, int repetition, int component, int subcomponent) {
        try {
            String value = Terser.get(segment, field, repetition, component, subcomponent);
            return value == null ? "" : value.strip();
        } catch (HL7Exception e) {
            throw new MappingException(fileName, name(), name() + "-" + field, e.getMessage(), e);
        }
    }

    public String text(int field, int component) {
        return text(field, 0, component);
    }

    public String text(int field) {
        return text(field, 0, 1);
    }

    public Optional<String> optional(int field, int repetition, int component) {
        String value = text(field, repetition, component);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public Optional<String> optional(int field, int component) {
        return optional(field, 0, component);
    }

    public Optional<String> optional(int field) {
        return optional(field, 0, 1);
    }

    /** The field's first component, or a {@link MappingException} naming what it should have held. */
    public String required(int field, String meaning) {
        return optional(field).orElseThrow(() -> missing(field, meaning));
    }

    public int repetitions(int field) {
        try {
            return segment.getField(field).length;
        } catch (HL7Exception e) {
            throw new MappingException(fileName, name(), name() + "-" + field, e.getMessage(), e);
        }
    }

    /** A coded field (CE/CWE): identifier, text, coding-system name. */
    public V2Code code(int field, int repetition) {
        return new V2Code(text(field, repetition, 1), text(field, repetition, 2), text(field, repetition, 3));
    }

    public V2Code code(int field) {
        return code(field, 0);
    }

    /** A CE/CWE's alternate code (components 4-6), e.g. the hospital's own code beside JLAC10 or HOT9. */
    public V2Code alternateCode(int field) {
        return new V2Code(text(field, 0, 4), text(field, 0, 5), text(field, 0, 6));
    }

    /** A CE/CWE held as sub-components of one component (e.g. RXE-19 {@code 3^TAB&錠&MR9P}: the unit). */
    public V2Code subCode(int field, int component) {
        return new V2Code(text(field, 0, component, 1), text(field, 0, component, 2), text(field, 0, component, 3));
    }

    public MappingException missing(int field, String meaning) {
        return new MappingException(fileName, name(), name() + "-" + field, meaning + " is missing");
    }

    public MappingException invalid(int field, String value, String expectation) {
        return new MappingException(fileName, name(), name() + "-" + field,
                "'" + value + "' is not " + expectation);
    }
}
