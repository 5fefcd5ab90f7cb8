package jp.renkei.mapping.liaison;

import java.util.Optional;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;

/**
 * The assessments a liaison sheet reports, recognised by the Renkei code system of the Observation's value (the
 * liaison sheet examples code the Observation itself by text only): 要介護度 (care level), 障害高齢者の日常生活自立度
 * (bedridden level, 寝たきり度) and 認知症高齢者の日常生活自立度 (dementia level).
 */
enum Assessment {
    CARE_LEVEL("http://renkei.jp/fhir/CodeSystem/renkei-care-level", "要介護度"),
    BEDRIDDEN_LEVEL("http://renkei.jp/fhir/CodeSystem/renkei-bedridden-level", "障害高齢者の日常生活自立度"),
    DEMENTIA_LEVEL("http://renkei.jp/fhir/CodeSystem/renkei-dementia-level", "認知症高齢者の日常生活自立度");

    private final String system;
    private final String label;

    Assessment(String system, String label) {
        this.system = system;
        this.label = label;
    }

    String system() {
        return system;
    }

    /** The Japanese name of the assessment, for the narrative. */
    String label() {
        return label;
    }

    /** The coded value of this assessment in the observation, if it holds one. */
    Optional<Coding> valueOf(Observation observation) {
        if (!observation.hasValueCodeableConcept()) {
            return Optional.empty();
        }
        return observation.getValueCodeableConcept().getCoding().stream()
                .filter(coding -> system.equals(coding.getSystem()))
                .findFirst();
    }

    static Optional<Assessment> of(Observation observation) {
        for (Assessment assessment : values()) {
            if (assessment.valueOf(observation).isPresent()) {
                return Optional.of(assessment);
            }
        }
        return Optional.empty();
    }
}
