package jp.renkei.mapping.liaison;

import java.util.List;
import org.hl7.fhir.r4.model.IdType;

/**
 * The searches that fill a {@link PatientRecord}: only what some section of a liaison sheet draws from, filtered by
 * status where a standard search parameter allows it, with {@code _include} for the participants the sections name.
 * Lab results stay out (a patient may have thousands; no section needs them): the Observation search asks only for
 * the Renkei assessment code systems (要介護度, 障害高齢者・認知症高齢者の日常生活自立度). The builder filters again
 * (e.g. entered-in-error, the latest of each assessment, appointments after the issue time), so a server that ignores
 * a parameter still gets a correct document.
 */
public final class LiaisonSheetSources {

    static final String INPATIENT = "http://terminology.hl7.org/CodeSystem/v3-ActCode|IMP";
    /** Code only: filed JP-CLINS summaries carry LOINC's code in JP-CLINS's document type system. */
    static final String DISCHARGE_SUMMARY = "18842-5";

    private LiaisonSheetSources() {
    }

    /** Relative search URLs for the patient ({@code 123} or {@code Patient/123}). */
    public static List<String> queries(String patientId) {
        String patient = "patient=Patient/" + new IdType(patientId).getIdPart();
        return List.of(
                "Encounter?" + patient + "&class=" + INPATIENT + "&_sort=-date&_count=1",
                "DocumentReference?" + patient + "&type=" + DISCHARGE_SUMMARY + "&status=current&_sort=-date&_count=1",
                "Condition?" + patient + "&clinical-status=active,recurrence,relapse",
                "Procedure?" + patient + "&status=in-progress",
                "Observation?" + patient + "&value-concept=" + String.join(",",
                        Assessment.CARE_LEVEL.system() + "|", Assessment.BEDRIDDEN_LEVEL.system() + "|",
                        Assessment.DEMENTIA_LEVEL.system() + "|") + "&_sort=-date",
                "MedicationRequest?" + patient + "&status=active&_include=MedicationRequest:medication"
                        + "&_include=MedicationRequest:requester",
                "MedicationStatement?" + patient + "&status=active&_include=MedicationStatement:medication",
                "AllergyIntolerance?" + patient + "&clinical-status=active",
                "RelatedPerson?" + patient,
                "CareTeam?" + patient + "&status=active&_include=CareTeam:participant"
                        + "&_include:iterate=PractitionerRole:practitioner",
                "Communication?" + patient + "&status=completed",
                "CarePlan?" + patient + "&status=active&_include=CarePlan:goal&_include=CarePlan:performer",
                "Appointment?" + patient + "&status=booked,pending&_sort=date");
    }
}
