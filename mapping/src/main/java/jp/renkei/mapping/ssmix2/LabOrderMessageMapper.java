package jp.renkei.mapping.ssmix2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.Specimen;

/**
 * OML-01 (検体検査オーダ, OML^O33) → a JP_ServiceRequest per requested test (OBX) and a JP_Specimen per SPM, after
 * JAMI's ConceptMap segment-oml-11-orc-to-servicerequest (written for the ORC/OBR of results, which an order has too).
 * Keys: {@code <record>.SPM.<SPM-1>} and {@code <record>.OBR.<n>.OBX.<OBX-1>} with n the OBR's place in the message
 * ({@code <record>.OBR.<n>} for an OBR without OBXs). The Patient is only created when absent; PV1 and MSH are not
 * mapped.
 */
public final class LabOrderMessageMapper implements MessageMapper {

    private final HospitalIdentity hospital;
    private final V2CodeSystems codeSystems;

    public LabOrderMessageMapper(HospitalIdentity hospital) {
        this.hospital = hospital;
        this.codeSystems = new V2CodeSystems(hospital);
    }

    @Override
    public String dataType() {
        return "OML-01";
    }

    @Override
    public Bundle map(Ssmix2Message message) {
        ClinicalMessage clinical = ClinicalMessage.start(hospital, message);
        boolean deleted = clinical.record().deleted();
        Map<V2Segment, Reference> specimens = new HashMap<>();
        for (LabOrder order : LabOrder.of(message)) {
            Optional<Reference> specimen = order.spm().map(spm -> specimens.computeIfAbsent(spm, absent -> {
                Specimen resource = LabReport.specimen(spm, codeSystems, hospital, clinical.patient(), deleted);
                Identifier key = clinical.record().identifier("SPM", PatientMessageMapper.setId(spm));
                resource.addIdentifier(key);
                return clinical.bundle().update(resource, key);
            }));
            List<Optional<V2Segment>> tests = order.items().isEmpty()
                    ? List.of(Optional.empty()) : order.items().stream().map(Optional::of).toList();
            for (Optional<V2Segment> test : tests) {
                ServiceRequest request =
                        order.serviceRequest(hospital, codeSystems, test, clinical.patient(), specimen, deleted);
                Identifier key = clinical.record().identifier("OBR", order.setId(test));
                request.addIdentifier(key);
                clinical.bundle().update(request, key);
            }
        }
        return clinical.bundle().bundle();
    }
}
