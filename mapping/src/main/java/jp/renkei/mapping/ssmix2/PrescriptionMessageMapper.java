package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;

/**
 * OMP-01 (処方オーダ, RDE^O11) → one JP_MedicationRequest per RXE, after JAMI's ConceptMap message-omp-01-to-bundle:
 * ORC, TQ1 and RXR fill the MedicationRequest of their RXE. Each is keyed by the record and its RP number and place
 * in the RP ({@code <record>.RXE.<RP>.<n>}). The Patient is only created when absent (ADT-00 is the source of
 * demographics). PV1 (Encounter), AL1 and MSH (MessageHeader) are not mapped.
 */
public final class PrescriptionMessageMapper implements MessageMapper {

    private final HospitalIdentity hospital;
    private final V2CodeSystems codeSystems;

    public PrescriptionMessageMapper(HospitalIdentity hospital) {
        this.hospital = hospital;
        this.codeSystems = new V2CodeSystems(hospital);
    }

    @Override
    public String dataType() {
        return "OMP-01";
    }

    @Override
    public Bundle map(Ssmix2Message message) {
        ClinicalMessage clinical = ClinicalMessage.start(hospital, message);
        for (DrugOrder drug : DrugOrder.of(message)) {
            MedicationRequest request =
                    drug.medicationRequest(hospital, codeSystems, clinical.patient(), clinical.record().deleted());
            Identifier key = clinical.record().identifier("RXE", drug.setId());
            request.addIdentifier(key);
            clinical.bundle().update(request, key);
        }
        return clinical.bundle().bundle();
    }
}
