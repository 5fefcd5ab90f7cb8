package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Type;

/**
 * PID (患者識別) → JP_Patient, after JAMI's ConceptMap segment-pid-to-patient and table map v2-0001 (sex); names,
 * addresses and phones read by {@link V2Name}, {@link V2Address} and {@link V2Telecom}.
 */
final class PatientSegment {

    private final HospitalIdentity hospital;
    private final V2Segment pid;

    PatientSegment(HospitalIdentity hospital, Ssmix2Message message) {
        this.hospital = hospital;
        this.pid = message.required("PID");
    }

    /** PID-3: the hospital's patient ID (患者ID), the key every resource of the message hangs on. */
    Identifier identifier() {
        String id = pid.optional(3).orElseThrow(() -> pid.missing(3, "patient ID (患者ID)"));
        return new Identifier().setSystem(hospital.patientIdSystem()).setValue(id);
    }

    /** Identity only: ID, names, sex, birth date (all that ADT-61 and PPR-01 carry). */
    Patient core() {
        Patient patient = new Patient();
        patient.getMeta().addProfile(JpCoreProfiles.PATIENT);
        patient.addIdentifier(identifier());
        for (int rep = 0; rep < pid.repetitions(5); rep++) {
            V2Name.of(pid, 5, rep).ifPresent(patient::addName);
        }
        pid.optional(8).ifPresent(sex -> patient.setGender(gender(sex)));
        pid.optional(7).ifPresent(date -> patient.setBirthDateElement(V2Time.date(pid, 7, date)));
        return patient;
    }

    /** Everything PID has for ADT-00 (患者基本情報): identity plus addresses and phones. */
    Patient full() {
        Patient patient = core();
        for (int rep = 0; rep < pid.repetitions(11); rep++) {
            V2Address.of(pid, 11, rep).ifPresent(patient::addAddress);
        }
        for (int rep = 0; rep < pid.repetitions(13); rep++) {
            V2Telecom.of(pid, 13, rep, ContactPoint.ContactPointUse.HOME).ifPresent(patient::addTelecom);
        }
        for (int rep = 0; rep < pid.repetitions(14); rep++) {
            V2Telecom.of(pid, 14, rep, ContactPoint.ContactPointUse.WORK).ifPresent(patient::addTelecom);
        }
        deceased().ifPresent(patient::setDeceased);
        return patient;
    }

    /**
     * PID-29 date of death (患者死亡日時), else PID-30 death indicator (死亡患者識別情報, Y/N). Not in JAMI's map, but
     * partners planning home care must not contact the family of a patient who has died as if he were alive.
     */
    private Optional<Type> deceased() {
        if (pid.optional(29).isPresent()) {
            return Optional.of(V2Time.dateTime(pid, 29, pid.text(29)));
        }
        return pid.optional(30).map(indicator -> switch (indicator) {
            case "Y" -> new BooleanType(true);
            case "N" -> new BooleanType(false);
            default -> throw pid.invalid(30, indicator, "Y or N (HL7 table 0136)");
        });
    }

    private AdministrativeGender gender(String sex) {
        return switch (sex) {
            case "M" -> AdministrativeGender.MALE;
            case "F" -> AdministrativeGender.FEMALE;
            case "O" -> AdministrativeGender.OTHER;
            case "U" -> AdministrativeGender.UNKNOWN;
            default -> throw pid.invalid(8, sex, "a sex code of HL7 table 0001 (M, F, O, U)");
        };
    }
}
