package jp.renkei.mapping.ssmix2;

import java.math.BigDecimal;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

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
        String category = VITAL_SIGNS.contains(code.code()) ? "vital-signs" : "laboratory";
        observation.addCategory(new CodeableConcept().addCoding(
                new org.hl7.fhir.r4.model.Coding(CATEGORY, category, null)));
        observation.setCode(codeSystems.concept(code));
        observation.setSubject(patient);
        obx.optional(14).ifPresent(time -> observation.setEffective(V2Time.dateTime(obx, 14, time)));
        value(obx, observation);
        return observation;
    }

    /** OBX-2 value type decides value[x]: NM quantity, CWE/CE concept, ST/TX string. Lab results (OML-11) too. */
    void value(V2Segment obx, Observation observation) {
        String type = obx.text(2);
        String value = obx.text(5);
        if (value.isEmpty()) {
            return;
        }
        switch (type) {
            case "NM" -> {
                Quantity quantity = new Quantity();
                try {
                    quantity.setValue(new BigDecimal(value));
                } catch (NumberFormatException e) {
                    throw obx.invalid(5, value, "a number, as OBX-2 NM requires");
                }
                V2Code unit = obx.code(6);
                if (!unit.code().isEmpty()) {
                    quantity.setUnit(unit.text().isEmpty() ? unit.code() : unit.text());
                    quantity.setCode(unit.code());
                    if (!unit.system().isEmpty()) {
                        quantity.setSystem(codeSystems.uri(unit.system()));
                    }
                }
                observation.setValue(quantity);
            }
            case "CWE", "CE" -> observation.setValue(codeSystems.concept(obx.code(5)));
            default -> observation.setValue(new StringType(value));
        }
    }
}
