package jp.renkei.mapping.ssmix2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Specimen;

/**
 * OML-11 (検体検査結果, OUL^R22) → a JP_Specimen per SPM, a JP_Observation_LabResult per OBX and a
 * JP_DiagnosticReport_LabResult per OBR whose results are those Observations, after JAMI's ConceptMap
 * message-oml-11-to-bundle. Keys: {@code <record>.SPM.<SPM-1>}, {@code <record>.OBR.<OBR-1>} and
 * {@code <record>.OBR.<OBR-1>.OBX.<OBX-1>} (OBX set IDs restart per OBR). The Specimen is a resource of its own, not
 * contained, because JP Core requires Observation.specimen and one specimen serves every result and the report. The
 * Patient is only created when absent. ORC/OBR → ServiceRequest, PV1 and MSH are not mapped.
 */
public final class LabResultMessageMapper implements MessageMapper {

    private final HospitalIdentity hospital;
    private final V2CodeSystems codeSystems;

    public LabResultMessageMapper(HospitalIdentity hospital) {
        this.hospital = hospital;
        this.codeSystems = new V2CodeSystems(hospital);
    }

    @Override
    public String dataType() {
        return "OML-11";
    }

    @Override
    public Bundle map(Ssmix2Message message) {
        ClinicalMessage clinical = ClinicalMessage.start(hospital, message);
        Reference patient = clinical.patient();
        boolean deleted = clinical.record().deleted();
        // Several OBRs share the SPM before them: one Specimen entry each.
        Map<V2Segment, Reference> specimens = new HashMap<>();
        for (LabReport request : LabReport.of(message)) {
            Optional<Reference> specimen = request.spm().map(spm -> specimens.computeIfAbsent(spm, absent -> {
                Specimen resource = LabReport.specimen(spm, codeSystems, hospital, patient, deleted);
                Identifier key = clinical.record().identifier("SPM", PatientMessageMapper.setId(spm));
                resource.addIdentifier(key);
                return clinical.bundle().update(resource, key);
            }));
            List<Reference> results = new ArrayList<>();
            for (LabReport.Result result : request.results()) {
                Observation observation = request.observation(result, codeSystems, patient, specimen, deleted);
                String obxKey = request.setId() + ".OBX." + PatientMessageMapper.setId(result.obx());
                Identifier key = clinical.record().identifier("OBR", obxKey);
                observation.addIdentifier(key);
                request.orderNumber(hospital).ifPresent(observation::addIdentifier);
                results.add(clinical.bundle().update(observation, key));
            }
            DiagnosticReport report = request.report(codeSystems, patient, specimen, results, deleted);
            Identifier key = clinical.record().identifier("OBR", request.setId());
            report.addIdentifier(key);
            request.orderNumber(hospital).ifPresent(report::addIdentifier);
            clinical.bundle().update(report, key);
        }
        return clinical.bundle().bundle();
    }
}
