package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/** OBX of ADT-00 (height, weight, blood type) → JP_Observation_Common, after segment-adt-00-obx-to-observation. */
final class ObservationSegment {

    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    /** JLAC10 height (9N001) and weight (9N006): JAMI files them under vital-signs. */
    private static final Set<String> VITAL_SIGNS = Set.of("9N001000000000001", "9N006000000000001");

    private final V2CodeSystems codeSystems;

    ObservationSegment(V2CodeSystems codeSystems) {
        this.codeSystems = codeSystems;
    }

    Observation from(V2Segment obx, Reference patient, boolean deleted) {
        Observation observation = new Observation();
        observation.getMeta().addProfile(JpCoreProfiles.OBSERVATION_COMMON);
        // OBX-11 is F for every result ADT-00 carries; JAMI fixes final.
        observation.setStatus(deleted ? Observation.ObservationStatus.ENTEREDINERROR : Observation.ObservationStatus.FINAL);
        V2Code code = obx.code(3);
        if (code.isEmpty()) {
            throw obx.missing(3, "observation identifier (検査項目)");
        }
        boolean vital = VITAL_SIGNS.contains(code.code()) || VITAL_SIGNS.contains(obx.alternateCode(3).code());
        String category = vital ? "vital-signs" : "laboratory";
        observation.addCategory(new CodeableConcept().addCoding(
                new org.hl7.fhir.r4.model.Coding(CATEGORY, category, null)));
        observation.setCode(codeSystems.conceptWithAlternate(obx, 3));
        observation.setSubject(patient);
        obx.optional(14).ifPresent(time -> observation.setEffective(V2Time.dateTime(obx, 14, time)));
        value(obx, observation);
        return observation;
    }

    /**
     * OBX-2 value type decides value[x], after JAMI: NM quantity, CWE/CE concept, ST/TX string; SN (structured numeric,
     * which JAMI leaves out) see below. A number written as laboratory systems do ({@link ResultNumber}) is still a
     * quantity; an NM value that is no number at all ({@code (-)}, {@code 1+}) is kept as the string it is rather than
     * refusing the message's other results. Lab results (OML-11) too.
     */
    void value(V2Segment obx, Observation observation) {
        String type = obx.text(2);
        switch (type) {
            case "NM" -> nonEmpty(obx.text(5)).ifPresent(value -> observation.setValue(ResultNumber.parse(value)
                    .<Type>map(number -> quantity(obx, number))
                    .orElseGet(() -> new StringType(value))));
            case "SN" -> structuredNumeric(obx).ifPresent(observation::setValue);
            case "CWE", "CE" -> nonEmpty(obx.text(5))
                    .ifPresent(value -> observation.setValue(codeSystems.conceptWithAlternate(obx, 5)));
            default -> nonEmpty(obx.text(5)).ifPresent(value -> observation.setValue(new StringType(value)));
        }
    }

    /**
     * SN (comparator ^ number ^ separator or suffix ^ number): {@code <^0.5} is a quantity with comparator; a range
     * ({@code ^80^-^110}), ratio ({@code ^1^:^128}) or suffix ({@code ^2^+}) is kept as written, because JP Core's lab
     * result allows no other value type than quantity, concept and string.
     */
    private Optional<Type> structuredNumeric(V2Segment obx) {
        String comparator = obx.text(5, 0, 1);
        String number = obx.text(5, 0, 2);
        String rest = obx.text(5, 0, 3) + obx.text(5, 0, 4);
        String written = comparator + number + rest;
        if (written.isEmpty()) {
            return Optional.empty();
        }
        Optional<ResultNumber> quantity = rest.isEmpty()
                ? ResultNumber.parse(comparator.equals("=") ? number : written)
                : Optional.empty();
        return Optional.of(quantity.<Type>map(value -> quantity(obx, value)).orElseGet(() -> new StringType(written)));
    }

    /** The number with OBX-6's unit. */
    private Quantity quantity(V2Segment obx, ResultNumber number) {
        Quantity quantity = new Quantity().setValue(number.value());
        number.comparator().ifPresent(quantity::setComparator);
        V2Code unit = obx.code(6);
        if (!unit.code().isEmpty()) {
            quantity.setUnit(unit.text().isEmpty() ? unit.code() : unit.text());
            quantity.setCode(unit.code());
            if (!unit.system().isEmpty()) {
                quantity.setSystem(codeSystems.uri(unit.system()));
            }
        }
        return quantity;
    }

    private static Optional<String> nonEmpty(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
}
