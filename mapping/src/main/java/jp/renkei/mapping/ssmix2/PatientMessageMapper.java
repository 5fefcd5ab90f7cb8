package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * ADT-00 (患者基本情報, ADT^A08) → Patient (PID, contacts from NK1), Observation (OBX), AllergyIntolerance (AL1),
 * Coverage (IN1), after JAMI's ConceptMap message-adt-00-to-bundle. ADT-00 is the source of the patient's
 * demographics, so the Patient is updated; a deleted ADT-00 leaves the Patient alone and withdraws the other
 * resources. PV1 and DB1 are not mapped yet.
 */
public final class PatientMessageMapper implements MessageMapper {

    private final HospitalIdentity hospital;
    private final V2CodeSystems codeSystems;
    private final NextOfKinSegment contacts;

    public PatientMessageMapper(HospitalIdentity hospital) {
        this.hospital = hospital;
        this.codeSystems = new V2CodeSystems(hospital);
        this.contacts = new NextOfKinSegment(codeSystems);
    }

    @Override
    public String dataType() {
        return "ADT-00";
    }

    @Override
    public Bundle map(Ssmix2Message message) {
        SourceRecord record = new SourceRecord(hospital, message.file().name());
        PatientSegment pid = new PatientSegment(hospital, message);
        TransactionBundle bundle = new TransactionBundle();
        Reference patient = record.deleted()
                ? bundle.createIfAbsent(pid.core(), pid.identifier())
                : bundle.update(withContacts(pid.full(), message), pid.identifier());
        ObservationSegment observations = new ObservationSegment(codeSystems);
        for (V2Segment obx : message.segments("OBX")) {
            var observation = observations.from(obx, patient, record.deleted());
            var key = record.identifier("OBX", setId(obx));
            observation.addIdentifier(key);
            bundle.update(observation, key);
        }
        AllergySegment allergies = new AllergySegment(codeSystems);
        for (V2Segment al1 : message.segments("AL1")) {
            var allergy = allergies.fromAl1(al1, patient, record.deleted());
            var key = record.identifier("AL1", setId(al1));
            allergy.addIdentifier(key);
            bundle.update(allergy, key);
        }
        InsuranceSegment insurances = new InsuranceSegment(codeSystems);
        for (V2Segment in1 : message.segments("IN1")) {
            var coverage = insurances.from(in1, patient, record.deleted());
            var key = record.identifier("IN1", setId(in1));
            coverage.addIdentifier(key);
            bundle.update(coverage, key);
        }
        return bundle.bundle();
    }

    private Patient withContacts(Patient patient, Ssmix2Message message) {
        for (V2Segment nk1 : message.segments("NK1")) {
            contacts.from(nk1).ifPresent(patient::addContact);
        }
        return patient;
    }

    /** Field 1 (Set ID) numbers repeating segments; without it, two segments would share an identifier. */
    static String setId(V2Segment segment) {
        return segment.optional(1).orElseThrow(() -> segment.missing(1, "set ID"));
    }

}
