package jp.renkei.mapping.liaison;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Quantity;

/** How coded and quantified values read in a narrative: the source's own words first, never a made-up label. */
final class Texts {

    private Texts() {
    }

    /** The concept's text, else the first coding's display, else its code; empty when there is none. */
    static String of(CodeableConcept concept) {
        if (concept == null) {
            return "";
        }
        if (concept.hasText()) {
            return concept.getText();
        }
        return concept.getCoding().stream().map(Texts::of).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    static String of(Coding coding) {
        if (coding.hasDisplay()) {
            return coding.getDisplay();
        }
        return coding.hasCode() ? coding.getCode() : "";
    }

    static String of(List<CodeableConcept> concepts) {
        return joined(concepts.stream().map(Texts::of).toList());
    }

    static String of(Quantity quantity) {
        if (quantity == null || !quantity.hasValue()) {
            return "";
        }
        String unit = quantity.hasUnit() ? quantity.getUnit() : quantity.hasCode() ? quantity.getCode() : "";
        return quantity.getValue().stripTrailingZeros().toPlainString() + " " + unit;
    }

    static String notes(List<Annotation> notes) {
        return joined(notes.stream().map(Annotation::getText).toList());
    }

    /** Telephone numbers and other contact points, e.g. 電話 090-0000-0000. */
    static String telecom(List<ContactPoint> telecom) {
        return joined(telecom.stream().filter(ContactPoint::hasValue)
                .map(point -> label(point) + " " + point.getValue()).toList());
    }

    private static String label(ContactPoint point) {
        if (point.getSystem() == null) {
            return "連絡先";
        }
        return switch (point.getSystem()) {
            case PHONE -> "電話";
            case FAX -> "FAX";
            case EMAIL -> "メール";
            default -> "連絡先";
        };
    }

    /** Non-empty parts joined by 、 */
    static String joined(List<String> parts) {
        return parts.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).collect(Collectors.joining("、"));
    }
}
