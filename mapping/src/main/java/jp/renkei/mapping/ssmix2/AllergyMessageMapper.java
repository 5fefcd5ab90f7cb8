package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.Bundle;

/**
 * ADT-61 (アレルギー情報, ADT^A60) → AllergyIntolerance per IAM, after JAMI's ConceptMap message-adt-61-to-bundle.
 * The Patient is only created when absent: ADT-00, not ADT-61, is the source of demographics.
 */
public final class AllergyMessageMapper implements MessageMapper {

    private final HospitalIdentity hospital;
    private final V2CodeSystems codeSystems;

    public AllergyMessageMapper(HospitalIdentity hospital) {
        this.hospital = hospital;
        this.codeSystems = new V2CodeSystems(hospital);
    }

    @Override
    public String dataType() {
        return "ADT-61";
    }

    @Override
    public Bundle map(Ssmix2Message message) {
        ClinicalMessage clinical = ClinicalMessage.start(hospital, message);
        AllergySegment allergies = new AllergySegment(codeSystems);
        for (V2Segment iam : message.segments("IAM")) {
            var allergy = allergies.fromIam(iam, clinical.patient(), clinical.record().deleted());
            var key = clinical.record().identifier("IAM", PatientMessageMapper.setId(iam));
            allergy.addIdentifier(key);
            clinical.bundle().update(allergy, key);
        }
        return clinical.bundle().bundle();
    }
}
