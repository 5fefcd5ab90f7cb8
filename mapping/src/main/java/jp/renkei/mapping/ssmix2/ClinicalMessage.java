package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.Reference;

/**
 * What every message but ADT-00 starts from: its record (identity and deleted flag), its patient (PID), the Bundle
 * being built, and the reference to the Patient, created only when absent (ADT-00 is the source of demographics).
 */
record ClinicalMessage(SourceRecord record, PatientSegment pid, TransactionBundle bundle, Reference patient) {

    static ClinicalMessage start(HospitalIdentity hospital, Ssmix2Message message) {
        PatientSegment pid = new PatientSegment(hospital, message);
        TransactionBundle bundle = new TransactionBundle();
        return new ClinicalMessage(new SourceRecord(hospital, message.file().name()), pid, bundle,
                bundle.createIfAbsent(pid.core(), pid.identifier()));
    }
}
