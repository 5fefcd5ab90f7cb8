package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;

/**
 * PID (患者識別) → JP_Patient, after JAMI's ConceptMap segment-pid-to-patient and table maps v2-0001 (sex),
 * v2-0201 (telecom use) and v2-0465 (name representation).
 */
final class PatientSegment {

    static final String NAME_REPRESENTATION = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";

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
            name(rep, patient);
        }
        pid.optional(8).ifPresent(sex -> patient.setGender(gender(sex)));
        pid.optional(7).ifPresent(date -> patient.setBirthDateElement(V2Time.date(pid, 7, date)));
        return patient;
    }

    /** Everything PID has for ADT-00 (患者基本情報): identity plus addresses and phones. */
    Patient full() {
        Patient patient = core();
        for (int rep = 0; rep < pid.repetitions(11); rep++) {
            address(rep, patient);
        }
        for (int rep = 0; rep < pid.repetitions(13); rep++) {
            telecom(13, rep, ContactPoint.ContactPointUse.HOME, patient);
        }
        for (int rep = 0; rep < pid.repetitions(14); rep++) {
            telecom(14, rep, ContactPoint.ContactPointUse.WORK, patient);
        }
        return patient;
    }

    /** XPN: family^given^middle^suffix^prefix^degree^type^representation (I kanji, P kana). */
    private void name(int rep, Patient patient) {
        String family = pid.text(5, rep, 1);
        String given = pid.text(5, rep, 2);
        if (family.isEmpty() && given.isEmpty()) {
            return;
        }
        HumanName name = patient.addName().setUse(HumanName.NameUse.USUAL);
        if (!family.isEmpty()) {
            name.setFamily(family);
        }
        if (!given.isEmpty()) {
            name.addGiven(given);
        }
        name.setText(String.join(" ", family, given).strip());
        switch (pid.text(5, rep, 8)) {
            case "I" -> name.addExtension(NAME_REPRESENTATION, new CodeType("IDE"));
            case "P" -> name.addExtension(NAME_REPRESENTATION, new CodeType("SYL"));
            default -> { }
        }
        if (pid.text(5, rep, 7).equals("A")) {
            name.setUse(HumanName.NameUse.NICKNAME);
        }
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

    /**
     * XAD: street^other^city^state^zip^country^type^other geographic designation. SS-MIX2 EHRs put the whole address
     * in component 8 (as in the samples) or split it over 1-4; the text joins what is there.
     */
    private void address(int rep, Patient patient) {
        String text = String.join("", pid.text(11, rep, 4), pid.text(11, rep, 3), pid.text(11, rep, 1),
                pid.text(11, rep, 2), pid.text(11, rep, 8));
        String postalCode = pid.text(11, rep, 5);
        if (text.isEmpty() && postalCode.isEmpty()) {
            return;
        }
        Address address = patient.addAddress();
        if (!text.isEmpty()) {
            address.setText(text);
        }
        if (!postalCode.isEmpty()) {
            address.setPostalCode(postalCode);
        }
        pid.optional(11, rep, 6).ifPresent(address::setCountry);
        switch (pid.text(11, rep, 7)) {
            case "H" -> address.setUse(Address.AddressUse.HOME);
            case "B", "O" -> address.setUse(Address.AddressUse.WORK);
            case "C" -> address.setUse(Address.AddressUse.TEMP);
            default -> { }
        }
    }

    /** XTN: number in component 12 (unformatted) or 1, e-mail in 4; use code (2) and equipment (3). */
    private void telecom(int field, int rep, ContactPoint.ContactPointUse fieldUse, Patient patient) {
        String equipment = pid.text(field, rep, 3);
        String number = pid.optional(field, rep, 12).orElse(pid.text(field, rep, 1));
        String value = equipment.equals("Internet") || equipment.equals("X.400") ? pid.text(field, rep, 4) : number;
        if (value.isEmpty()) {
            return;
        }
        ContactPoint point = patient.addTelecom().setValue(value);
        point.setSystem(switch (equipment) {
            case "FX" -> ContactPoint.ContactPointSystem.FAX;
            case "BP" -> ContactPoint.ContactPointSystem.PAGER;
            case "Internet", "X.400" -> ContactPoint.ContactPointSystem.EMAIL;
            default -> ContactPoint.ContactPointSystem.PHONE;
        });
        // v2-0201: PRN home, WPN work, PRS mobile; EMR, ORN and the others have no FHIR use.
        switch (pid.text(field, rep, 2)) {
            case "PRN" -> point.setUse(ContactPoint.ContactPointUse.HOME);
            case "WPN" -> point.setUse(ContactPoint.ContactPointUse.WORK);
            case "PRS" -> point.setUse(ContactPoint.ContactPointUse.MOBILE);
            case "" -> point.setUse(fieldUse);
            default -> { }
        }
        if (equipment.equals("CP")) {
            point.setUse(ContactPoint.ContactPointUse.MOBILE);
        }
    }
}
