package jp.renkei.mapping.ssmix2;

/** JP Core 1.1.2 profile URLs the mapped resources claim in meta.profile. */
final class JpCoreProfiles {

    private static final String BASE = "http://jpfhir.jp/fhir/core/StructureDefinition/";
    static final String PATIENT = BASE + "JP_Patient";
    static final String COVERAGE = BASE + "JP_Coverage";
    static final String ALLERGY_INTOLERANCE = BASE + "JP_AllergyIntolerance";
    static final String OBSERVATION_COMMON = BASE + "JP_Observation_Common";
    static final String CONDITION = BASE + "JP_Condition";
    static final String ENCOUNTER = BASE + "JP_Encounter";
    static final String LOCATION = BASE + "JP_Location";
    static final String MEDICATION_REQUEST = BASE + "JP_MedicationRequest";
    static final String MEDICATION_REQUEST_INJECTION = BASE + "JP_MedicationRequest_Injection";
    static final String MEDICATION_ADMINISTRATION = BASE + "JP_MedicationAdministration";
    static final String MEDICATION_ADMINISTRATION_INJECTION = BASE + "JP_MedicationAdministration_Injection";
    static final String MEDICATION = BASE + "JP_Medication";
    static final String SERVICE_REQUEST = BASE + "JP_ServiceRequest";
    static final String OBSERVATION_LAB_RESULT = BASE + "JP_Observation_LabResult";
    static final String DIAGNOSTIC_REPORT_LAB_RESULT = BASE + "JP_DiagnosticReport_LabResult";
    static final String SPECIMEN = BASE + "JP_Specimen";

    private JpCoreProfiles() {
    }
}
