package jp.renkei.mapping.ssmix2;

/**
 * The hospital whose storage is read, by its medical institution code (医療機関コード, 10 digits: prefecture, fee
 * table, institution number). Configured rather than taken from MSH-4, because EHRs fill MSH-3/MSH-4 with local
 * application names ("HIS123", "SEND" in the samples).
 */
public record HospitalIdentity(String medicalInstitutionCode) {

    public HospitalIdentity {
        if (medicalInstitutionCode == null || !medicalInstitutionCode.matches("\\d{10}")) {
            throw new IllegalArgumentException(
                    "A medical institution code has 10 digits, got '" + medicalInstitutionCode + "'");
        }
    }

    /** JP Core's patient-ID system of this hospital: 1.2.392.100495.20.3.51 + '1' + the institution code. */
    public String patientIdSystem() {
        return "urn:oid:1.2.392.100495.20.3.51.1" + medicalInstitutionCode;
    }

    /** Renkei's system for identifiers derived from an SS-MIX2 record and segment (see {@link SourceRecord}). */
    public String recordSystem() {
        return "http://renkei.jp/fhir/NamingSystem/ssmix2-record/" + medicalInstitutionCode;
    }

    /** Renkei's base URI of this hospital's SS-MIX2 files as sources of resources ({@link SourceRecord#source()}). */
    public String fileSourceSystem() {
        return "http://renkei.jp/fhir/ssmix2-file/" + medicalInstitutionCode;
    }

    /** Renkei's system for problem instance IDs (PRB-4) assigned by this hospital's EHR. */
    public String problemInstanceSystem() {
        return "http://renkei.jp/fhir/NamingSystem/ssmix2-problem-instance/" + medicalInstitutionCode;
    }

    /** Renkei's system for admissions (入院) of this hospital: patient ID and admission day (see {@link VisitSegment}). */
    public String admissionSystem() {
        return "http://renkei.jp/fhir/NamingSystem/ssmix2-admission/" + medicalInstitutionCode;
    }

    /** Renkei's system for ward^room^bed locations (病棟・病室・病床) of this hospital, from PV1-3 and PV1-6. */
    public String locationSystem() {
        return "http://renkei.jp/fhir/NamingSystem/ssmix2-location/" + medicalInstitutionCode;
    }

    /** Renkei's system for this hospital's EHR user IDs (利用者コード) of doctors, e.g. PV1-7 and PV1-17. */
    public String staffSystem() {
        return "http://renkei.jp/fhir/NamingSystem/ssmix2-staff/" + medicalInstitutionCode;
    }

    /**
     * JP Core's prescription-ID system with this hospital (処方箋ID, urn:oid:1.2.392.100495.20.3.11 + '1' + the
     * institution code), for ORC-2 of OMP-01: the EHR's order numbers are unique only within the hospital.
     */
    public String prescriptionIdSystem() {
        return "urn:oid:1.2.392.100495.20.3.11.1" + medicalInstitutionCode;
    }

    /** Renkei's system for this hospital's order numbers (ORC-2 依頼者オーダ番号) of other orders, e.g. lab tests. */
    public String orderNumberSystem() {
        return "http://renkei.jp/fhir/NamingSystem/ssmix2-order/" + medicalInstitutionCode;
    }

    /**
     * Renkei's system for one drug of an order (オーダ内の薬剤): ORC-2 order number, RP and place in the RP, so that an
     * administration (OMP-11/OMP-12) can name the MedicationRequest of its order (see {@link DrugOrder#orderItem}).
     */
    public String orderItemSystem() {
        return "http://renkei.jp/fhir/NamingSystem/ssmix2-order-item/" + medicalInstitutionCode;
    }

    /** Renkei's system for this hospital's specimen IDs (SPM-2 検体ID). */
    public String specimenSystem() {
        return "http://renkei.jp/fhir/NamingSystem/ssmix2-specimen/" + medicalInstitutionCode;
    }

    /** Code systems of this hospital's own tables (99xxx, user-defined in HL7 terms). */
    public String localCodeSystem(String v2Name) {
        return "http://renkei.jp/fhir/CodeSystem/ssmix2-local/" + medicalInstitutionCode + "/" + v2Name;
    }
}
