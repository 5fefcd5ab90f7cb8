package jp.renkei.mapping.ssmix2;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;

/**
 * PPR-01 (病名(歴)情報, PPR^ZD1) → Condition per PRB, after JAMI's ConceptMap message-ppr-01-to-bundle. A ZPR belongs
 * to the PRB before it. PRB has no set ID, so the n-th PRB of the record is keyed by n. The Patient is only created
 * when absent. ORC-12 (recorder) and ZI1 (insurance of the claim) are not mapped yet.
 */
public final class DiagnosisMessageMapper implements MessageMapper {

    private final HospitalIdentity hospital;
    private final V2CodeSystems codeSystems;

    public DiagnosisMessageMapper(HospitalIdentity hospital) {
        this.hospital = hospital;
        this.codeSystems = new V2CodeSystems(hospital);
    }

    @Override
    public String dataType() {
        return "PPR-01";
    }

    @Override
    public Bundle map(Ssmix2Message message) {
        ClinicalMessage clinical = ClinicalMessage.start(hospital, message);
        ProblemSegment problems = new ProblemSegment(hospital, codeSystems);
        List<V2Segment> segments = message.segments();
        int occurrence = 0;
        for (int i = 0; i < segments.size(); i++) {
            if (!segments.get(i).name().equals("PRB")) {
                continue;
            }
            occurrence++;
            Optional<V2Segment> zpr = i + 1 < segments.size() && segments.get(i + 1).name().equals("ZPR")
                    ? Optional.of(segments.get(i + 1)) : Optional.empty();
            var condition = problems.from(segments.get(i), zpr, clinical.patient(), clinical.record().deleted());
            var key = clinical.record().identifier("PRB", String.valueOf(occurrence));
            condition.addIdentifier(key);
            clinical.bundle().update(condition, key);
        }
        return clinical.bundle().bundle();
    }
}
