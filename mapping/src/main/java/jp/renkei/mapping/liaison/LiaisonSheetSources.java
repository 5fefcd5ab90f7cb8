package jp.renkei.mapping.liaison;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.IdType;

/**
 * The searches that fill a {@link PatientRecord}: only what some section of a liaison sheet draws from, with
 * {@code _include} for the participants the sections name: the patient with its own records of ten types in one search,
 * then the latest admission, the latest discharge summary and the assessments.
 * Lab results stay out (a patient may have thousands; no section needs them): the Observation search asks only for
 * the Renkei assessment code systems (要介護度, 障害高齢者・認知症高齢者の日常生活自立度). The builder filters again
 * (e.g. entered-in-error, the latest of each assessment, appointments after the issue time), so a server that ignores
 * a parameter still gets a correct document.
 */
public final class LiaisonSheetSources {

    static final String INPATIENT = "http://terminology.hl7.org/CodeSystem/v3-ActCode|IMP";
    /** Code only: filed JP-CLINS summaries carry LOINC's code in JP-CLINS's document type system. */
    static final String DISCHARGE_SUMMARY = "18842-5";

    /**
     * The patient's own records of the types a sheet draws on, in one search: a search per type cost a tenth of a
     * sheet each (measured, src/bench LiaisonSheetBenchMain). Their status is not filtered here; the builder does.
     */
    private static final String REVINCLUDES = Stream.of("Condition", "Procedure", "MedicationRequest",
            "MedicationStatement", "AllergyIntolerance", "RelatedPerson", "CareTeam", "Communication", "CarePlan",
            "Appointment").map(type -> "&_revinclude=" + type + ":patient").collect(Collectors.joining());
    /**
     * What those refer to that the sections name (drugs, prescribers, team members, goals). HAPI applies a plain
     * {@code _include} to the revincluded resources too; only a PractitionerRole's practitioner is a second step.
     * Each iterated include costs one SQL query per round until a round finds nothing new: iterating all seven took
     * a sixth of a sheet (measured, src/bench LiaisonSheetBenchMain).
     */
    private static final String INCLUDES = Stream.of("MedicationRequest:medication", "MedicationRequest:requester",
            "MedicationStatement:medication", "CareTeam:participant", "CarePlan:goal", "CarePlan:performer")
            .map(include -> "&_include=" + include).collect(Collectors.joining())
            + "&_include:iterate=PractitionerRole:practitioner";

    private LiaisonSheetSources() {
    }

    /** Relative search URLs for the patient ({@code 123} or {@code Patient/123}). */
    public static List<String> queries(String patientId) {
        String id = new IdType(patientId).getIdPart();
        String patient = "patient=Patient/" + id;
        return List.of(
                "Patient?_id=" + id + REVINCLUDES + INCLUDES,
                "Encounter?" + patient + "&class=" + INPATIENT + "&_sort=-date&_count=1",
                "DocumentReference?" + patient + "&type=" + DISCHARGE_SUMMARY + "&status=current&_sort=-date&_count=1",
                "Observation?" + patient + "&value-concept=" + String.join(",",
                        Assessment.CARE_LEVEL.system() + "|", Assessment.BEDRIDDEN_LEVEL.system() + "|",
                        Assessment.DEMENTIA_LEVEL.system() + "|") + "&_sort=-date");
    }
}
