package jp.renkei.mapping.liaison;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.DocumentReferenceStatus;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;

/**
 * Which of the record's resources each section reports. Only current data: entered-in-error, refuted, inactive,
 * resolved, stopped and cancelled records are left out, and of each assessment only the latest counts. What no rule
 * here selects is not reported (never guessed from free text).
 */
final class SectionEntries {

    static final String MEDICAL_PROCEDURE_SYSTEM = "http://renkei.jp/fhir/CodeSystem/renkei-medical-procedure";
    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private static final Set<String> INPATIENT_CLASSES = Set.of("IMP", "ACUTE", "NONAC");
    /**
     * LOINC 18842-5 (discharge summary), as JP-CLINS writes it (its document type system, which the filed
     * documents' DocumentReferences copy) or in LOINC itself.
     */
    static final String DISCHARGE_SUMMARY = "18842-5";
    private static final Set<String> DISCHARGE_SUMMARY_SYSTEMS = Set.of("http://loinc.org",
            "http://jpfhir.jp/fhir/Common/CodeSystem/doc-typecodes");
    private static final Set<String> ACTIVE_CLINICAL = Set.of("active", "recurrence", "relapse");
    private static final Set<String> NOT_TRUE = Set.of("entered-in-error", "refuted");

    private final SourceRecord record;
    private final Organization sender;
    private final Instant issued;

    SectionEntries(SourceRecord record, LiaisonSheetRequest request) {
        this.record = record;
        this.sender = request.sender();
        this.issued = request.issued();
    }

    List<Resource> of(LiaisonSection section) {
        return switch (section) {
            case CONDITION -> condition();
            case MEDICAL_PROCEDURES -> list(medicalProcedures());
            case ADL -> list(latest(Assessment.BEDRIDDEN_LEVEL).stream());
            case MEDICATIONS -> medications();
            case ALLERGIES_INFECTIONS -> allergiesAndInfections();
            case COGNITION_COMMUNICATION -> list(latest(Assessment.DEMENTIA_LEVEL).stream());
            case FAMILY -> list(relatedPersons());
            case CARE_LEVEL_SERVICES -> careLevelAndServices();
            case EXPLANATION -> list(explanations());
            case SUPPORT_POINTS -> supportPlans();
            case EMERGENCY_CONTACTS -> emergencyContacts();
            case NEXT_APPOINTMENT -> list(nextAppointments());
        };
    }

    /** The latest admission (入院), the encounter the document is about. */
    Optional<Encounter> latestAdmission() {
        return record.ofType(Encounter.class).stream()
                .filter(encounter -> record.isPatient(encounter.getSubject()))
                .filter(encounter -> ACT_CODE.equals(encounter.getClass_().getSystem())
                        && INPATIENT_CLASSES.contains(encounter.getClass_().getCode()))
                .filter(encounter -> encounter.getStatus() != Encounter.EncounterStatus.CANCELLED
                        && encounter.getStatus() != Encounter.EncounterStatus.ENTEREDINERROR)
                .max(Comparator.comparing(encounter -> time(encounter.getPeriod().getStart())));
    }

    private List<Resource> condition() {
        List<Resource> entries = new ArrayList<>(currentConditions().toList());
        latestAdmission().ifPresent(entries::add);
        latestDischargeSummary().ifPresent(entries::add);
        return entries;
    }

    private Stream<Condition> currentConditions() {
        return record.ofType(Condition.class).stream()
                .filter(condition -> record.isPatient(condition.getSubject()))
                .filter(condition -> hasCode(condition.getClinicalStatus(), ACTIVE_CLINICAL))
                .filter(condition -> !hasCode(condition.getVerificationStatus(), NOT_TRUE))
                .sorted(Comparator.comparing(condition -> time(condition.getRecordedDate())));
    }

    private Optional<DocumentReference> latestDischargeSummary() {
        return record.ofType(DocumentReference.class).stream()
                .filter(document -> record.isPatient(document.getSubject()))
                .filter(document -> document.getStatus() == DocumentReferenceStatus.CURRENT)
                .filter(document -> document.getType().getCoding().stream()
                        .anyMatch(c -> DISCHARGE_SUMMARY_SYSTEMS.contains(c.getSystem())
                                && DISCHARGE_SUMMARY.equals(c.getCode())))
                .max(Comparator.comparing(document -> time(document.getDate())));
    }

    private Stream<Procedure> medicalProcedures() {
        return record.ofType(Procedure.class).stream()
                .filter(procedure -> record.isPatient(procedure.getSubject()))
                .filter(procedure -> procedure.getStatus() == Procedure.ProcedureStatus.INPROGRESS)
                .filter(procedure -> procedure.getCode().getCoding().stream()
                        .anyMatch(c -> MEDICAL_PROCEDURE_SYSTEM.equals(c.getSystem())));
    }

    /** The latest valid observation of the assessment: earlier ones describe a state that has passed. */
    private Optional<Observation> latest(Assessment assessment) {
        return record.ofType(Observation.class).stream()
                .filter(observation -> record.isPatient(observation.getSubject()))
                .filter(observation -> Set.of(Observation.ObservationStatus.FINAL, Observation.ObservationStatus.AMENDED,
                        Observation.ObservationStatus.CORRECTED).contains(observation.getStatus()))
                .filter(observation -> assessment.valueOf(observation).isPresent())
                .max(Comparator.comparing(SectionEntries::effective));
    }

    private List<Resource> medications() {
        List<Resource> entries = new ArrayList<>();
        record.ofType(MedicationRequest.class).stream()
                .filter(request -> record.isPatient(request.getSubject()))
                .filter(request -> request.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE)
                .sorted(Comparator.comparing(request -> time(request.getAuthoredOn())))
                .forEach(entries::add);
        record.ofType(MedicationStatement.class).stream()
                .filter(statement -> record.isPatient(statement.getSubject()))
                .filter(statement -> statement.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE)
                .forEach(entries::add);
        return entries;
    }

    /**
     * Active allergies and intolerances, then the current Conditions that are infections by their ICD-10 code:
     * chapter I (A00–B99, certain infectious and parasitic diseases) and Z22 (carrier of an infectious disease,
     * e.g. MRSA). A Condition coded otherwise is not taken for an infection.
     */
    private List<Resource> allergiesAndInfections() {
        List<Resource> entries = new ArrayList<>();
        record.ofType(AllergyIntolerance.class).stream()
                .filter(allergy -> record.isPatient(allergy.getPatient()))
                .filter(allergy -> hasCode(allergy.getClinicalStatus(), Set.of("active")))
                .filter(allergy -> !hasCode(allergy.getVerificationStatus(), NOT_TRUE))
                .forEach(entries::add);
        currentConditions().filter(SectionEntries::isInfection).forEach(entries::add);
        return entries;
    }

    static boolean isInfection(Condition condition) {
        return condition.getCode().getCoding().stream()
                .filter(SectionEntries::isIcd10)
                .map(Coding::getCode)
                .filter(code -> code != null && !code.isEmpty())
                .map(String::toUpperCase)
                .anyMatch(code -> code.startsWith("A") || code.startsWith("B") || code.startsWith("Z22"));
    }

    /** ICD-10 in JP Core's MHLW system (…/ICD10-2013-full) or HL7's (http://hl7.org/fhir/sid/icd-10). */
    private static boolean isIcd10(Coding coding) {
        String system = coding.getSystem() == null ? "" : coding.getSystem().toLowerCase();
        return system.contains("icd10") || system.contains("icd-10");
    }

    private Stream<RelatedPerson> relatedPersons() {
        return record.ofType(RelatedPerson.class).stream()
                .filter(person -> record.isPatient(person.getPatient()))
                .filter(person -> !person.hasActive() || person.getActive());
    }

    /** The latest certified care level (要介護度; its effectivePeriod is the validity) and the active care teams. */
    private List<Resource> careLevelAndServices() {
        List<Resource> entries = new ArrayList<>(latest(Assessment.CARE_LEVEL).stream().toList());
        record.ofType(CareTeam.class).stream()
                .filter(team -> record.isPatient(team.getSubject()))
                .filter(team -> team.getStatus() == CareTeam.CareTeamStatus.ACTIVE)
                .forEach(entries::add);
        return entries;
    }

    /** What the patient and family were told: completed Communications about the patient that say something. */
    private Stream<Communication> explanations() {
        return record.ofType(Communication.class).stream()
                .filter(communication -> record.isPatient(communication.getSubject()))
                .filter(communication -> communication.getStatus() == Communication.CommunicationStatus.COMPLETED)
                .filter(communication -> communication.getPayload().stream().anyMatch(p -> p.hasContentStringType()))
                .sorted(Comparator.comparing(communication -> time(communication.getSent())));
    }

    /** The active support plans (支援計画書) and the Goal resources they point at. */
    private List<Resource> supportPlans() {
        List<CarePlan> plans = record.ofType(CarePlan.class).stream()
                .filter(plan -> record.isPatient(plan.getSubject()))
                .filter(plan -> plan.getStatus() == CarePlan.CarePlanStatus.ACTIVE)
                .toList();
        List<Resource> entries = new ArrayList<>(plans);
        plans.stream().flatMap(plan -> plan.getGoal().stream())
                .flatMap(goal -> record.resolve(goal).stream())
                .filter(Goal.class::isInstance)
                .distinct()
                .forEach(entries::add);
        return entries;
    }

    /** Family members with a number to call, then the sender (the liaison office), whom partners call otherwise. */
    private List<Resource> emergencyContacts() {
        List<Resource> entries = new ArrayList<>(relatedPersons().filter(RelatedPerson::hasTelecom).toList());
        entries.add(sender);
        return entries;
    }

    private Stream<Appointment> nextAppointments() {
        return record.ofType(Appointment.class).stream()
                .filter(appointment -> appointment.getParticipant().stream()
                        .anyMatch(participant -> record.isPatient(participant.getActor())))
                .filter(appointment -> appointment.getStatus() == Appointment.AppointmentStatus.BOOKED
                        || appointment.getStatus() == Appointment.AppointmentStatus.PENDING)
                .filter(appointment -> appointment.hasStart() && appointment.getStart().toInstant().isAfter(issued))
                .sorted(Comparator.comparing(Appointment::getStart));
    }

    private static boolean hasCode(CodeableConcept concept, Set<String> codes) {
        return concept.getCoding().stream().anyMatch(coding -> codes.contains(coding.getCode()));
    }

    private static Date effective(Observation observation) {
        if (observation.hasEffectiveDateTimeType()) {
            return observation.getEffectiveDateTimeType().getValue();
        }
        if (observation.hasEffectivePeriod()) {
            return time(observation.getEffectivePeriod().getStart());
        }
        return time(observation.getIssued());
    }

    /** A missing date sorts first, so that a dated record wins "latest". */
    private static Date time(Date date) {
        return date == null ? new Date(Long.MIN_VALUE) : date;
    }

    private static <T extends Resource> List<Resource> list(Stream<T> resources) {
        return resources.<Resource>map(resource -> resource).toList();
    }
}
