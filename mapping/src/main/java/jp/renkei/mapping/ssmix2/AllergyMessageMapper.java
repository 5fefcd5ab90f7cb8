package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Reference;

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
        SourceRecord record = new SourceRecord(hospital, message.file().name());
        PatientSegment pid = new PatientSegment(hospital, message);
        TransactionBundle bundle = new TransactionBundle();
        Reference patient = bundle.createIfAbsent(pid.core(), pid.identifier());
        AllergySegment allergies = new AllergySegment(codeSystems);
        for (V2Segment iam : message.segments("IAM")) {
            var allergy = allergies.fromIam(iam, patient, record.deleted());
            var key = record.identifier("IAM", PatientMessageMapper.setId(iam));
            allergy.addIdentifier(key);
            bundle.update(allergy, key);
        }
        return bundle.bundle();
    }
}
