package jp.renkei.server.support;

import java.util.UUID;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/** Patients for tests, each with a fresh hospital patient ID so that tests never see each other's data. */
public final class TestPatients {

    public static final String HOSPITAL_PATIENT_ID_SYSTEM = "urn:oid:1.2.392.100495.20.3.51.11119900018";
    private static final String NAME_REPRESENTATION =
            "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";

    private TestPatients() {}

    public static String newPatientId() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** 山田 太郎 (ヤマダ タロウ) with the given hospital patient ID. */
    public static Patient yamadaTaro(String patientId) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(HOSPITAL_PATIENT_ID_SYSTEM).setValue(patientId);
        patient.addName(name("山田", "太郎", "IDE"));
        patient.addName(name("ヤマダ", "タロウ", "SYL"));
        patient.setGender(AdministrativeGender.MALE);
        patient.getBirthDateElement().setValueAsString("1940-07-01");
        return patient;
    }

    private static HumanName name(String family, String given, String representation) {
        HumanName name = new HumanName().setUse(HumanName.NameUse.OFFICIAL).setFamily(family);
        name.addGiven(given);
        name.addExtension(NAME_REPRESENTATION, new org.hl7.fhir.r4.model.CodeType(representation));
        return name;
    }

    public static StringType kanjiFamily(Patient patient) {
        return patient.getNameFirstRep().getFamilyElement();
    }
}
