package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;

/**
 * OMP-02 (注射オーダ, RDE^O11) → one JP_MedicationRequest_Injection per RXE, its RXCs as the ingredients of a contained
 * JP_Medication. JAMI has no OMP-02 map; the OMP-01 one is followed for ORC, RXE, TQ1 and RXR. Keyed like
 * prescriptions ({@code <record>.RXE.<RP>.<n>}). The Patient is only created when absent; PV1, AL1 and MSH are not
 * mapped.
 */
public final class InjectionOrderMessageMapper implements MessageMapper {

    private final HospitalIdentity hospital;
    private final V2CodeSystems codeSystems;

    public InjectionOrderMessageMapper(HospitalIdentity hospital) {
        this.hospital = hospital;
        this.codeSystems = new V2CodeSystems(hospital);
    }

    @Override
    public String dataType() {
        return "OMP-02";
    }

    @Override
    public Bundle map(Ssmix2Message message) {
        ClinicalMessage clinical = ClinicalMessage.start(hospital, message);
        for (DrugOrder drug : DrugOrder.of(message)) {
            MedicationRequest request = new InjectionOrder(drug)
                    .medicationRequest(hospital, codeSystems, clinical.patient(), clinical.record().deleted());
            Identifier key = clinical.record().identifier("RXE", drug.setId());
            request.addIdentifier(key);
            clinical.bundle().update(request, key);
        }
        return clinical.bundle().bundle();
    }
}
