package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import java.util.function.Function;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationStatus;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * PV1 (来院情報) with EVN and PV2 of an encounter ADT message → JP_Encounter, after JAMI's ConceptMaps
 * segment-pv1-to-encounter and table maps v2-0003 (status, location status) and v2-0004 (class), and the dates
 * table of the message maps page (which field fills period and location.period for which data type).
 */
final class VisitSegment {

    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private static final String PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    private final HospitalIdentity hospital;
    private final SourceRecord record;
    private final String dataType;
    private final V2Segment evn;
    private final V2Segment pv1;
    private final Optional<V2Segment> pv2;
    private final AdtEvent event;

    VisitSegment(HospitalIdentity hospital, SourceRecord record, Ssmix2Message message) {
        this.hospital = hospital;
        this.record = record;
        this.dataType = record.name().dataType();
        this.evn = message.required("EVN");
        this.pv1 = message.required("PV1");
        this.pv2 = message.segments("PV2").stream().findFirst();
        V2Segment msh = message.required("MSH");
        String trigger = msh.text(9, 2);
        this.event = AdtEvent.of(trigger).orElseThrow(() -> msh.invalid(9, trigger,
                "a trigger event of ADT-01 (A54), ADT-12 (A04) or ADT-21 … ADT-52 (A14, A01, A21, A22, A15, A02, A16,"
                        + " A03) or their cancellations"));
    }

    /**
     * The identity of the admission (入院) the message belongs to: patient ID and admission day (PV1-44, for a planned
     * admission PV2-8). SS-MIX2 messages carry no admission number (PV1-19 is empty in the samples, the file's order
     * number is all nines), but PV1-44 is the same in every message of one admission, so ADT-22, -42, -52 … of one
     * stay update one Encounter. The day, not the minute, so that a planned admission (ADT-21) on the day it happens
     * and messages that send the time with other precision still meet; two admissions of a patient on one day would
     * merge. A message without an admission date cannot be tied to its admission: its Encounter is keyed by its own
     * record, as the other mappers key their resources; so is an outpatient visit (ADT-12: patient, day, department).
     */
    Identifier admission(Identifier patientId) {
        if (isOutpatientVisit()) {
            return record.identifier("PV1", "1");
        }
        Optional<String> day = admissionDate().map(value -> value.substring(0, Math.min(8, value.length())));
        return day.map(value -> new Identifier().setSystem(hospital.admissionSystem())
                        .setValue(patientId.getValue() + "_" + value))
                .orElseGet(() -> record.identifier("PV1", "1"));
    }

    /** An inpatient (PV1-2 I) with an admission date: a stay the message can be tied to. */
    boolean namesAnAdmission() {
        return pv1.text(2).equals("I") && admissionDate().isPresent();
    }

    private Optional<String> admissionDate() {
        Optional<String> admitted = pv1.optional(44);
        return dataType.equals("ADT-21") && admitted.isEmpty() ? pv2.flatMap(pv2 -> pv2.optional(8)) : admitted;
    }

    /**
     * The event the file stands for. A deleted-flag file of a transfer, leave, return or discharge withdraws that
     * event only, so it is read as its cancellation (the admission stands); see {@link #withdrawsAdmission()}.
     */
    private AdtEvent effectiveEvent() {
        return record.deleted() ? event.cancellation() : event;
    }

    /**
     * A deleted-flag ADT-21 or ADT-22 withdraws the (planned) admission itself, a deleted ADT-12 the visit: the
     * Encounter is entered-in-error.
     */
    private boolean withdrawsAdmission() {
        return record.deleted() && (dataType.equals("ADT-21") || dataType.equals("ADT-22") || isOutpatientVisit());
    }

    /** ADT-12 (外来診察の受付): an outpatient reception, a visit of its own rather than an event of an admission. */
    private boolean isOutpatientVisit() {
        return dataType.equals("ADT-12");
    }

    Encounter encounter(Identifier key, Reference patient, Function<BedLocation, Reference> locations) {
        AdtEvent effective = effectiveEvent();
        Encounter encounter = new Encounter();
        encounter.getMeta().addProfile(JpCoreProfiles.ENCOUNTER);
        // Every ADT file of a stay writes this Encounter: the file tells a late old one from the latest.
        encounter.getMeta().setSource(record.source());
        encounter.addIdentifier(key);
        encounter.setStatus(withdrawsAdmission() ? EncounterStatus.ENTEREDINERROR : effective.status());
        encounter.setClass_(encounterClass());
        encounter.setSubject(patient);
        pv1.optional(10).ifPresent(department -> encounter.setServiceType(departmentConcept(department)));
        participant(7, "ATND", "attender", encounter);
        participant(17, "ADM", "admitter", encounter);
        encounter.setPeriod(period(effective));
        if (effective == AdtEvent.A03) {
            pv1.optional(36).ifPresent(disposition -> encounter.getHospitalization().setDischargeDisposition(
                    new CodeableConcept(new Coding(hospital.localCodeSystem("HL70112"), disposition, null))));
        }
        locationHistory(effective, locations, encounter);
        return encounter;
    }

    /** PV1-2 via table map v2-0004: I (入院患者) IMP, O (外来患者) AMB. */
    private Coding encounterClass() {
        String patientClass = pv1.required(2, "patient class (患者区分)");
        return switch (patientClass) {
            case "I" -> new Coding(ACT_CODE, "IMP", "inpatient encounter");
            case "O" -> new Coding(ACT_CODE, "AMB", "ambulatory");
            default -> throw pv1.invalid(2, patientClass, "a patient class of table 0004 mapped by JAMI (I, O)");
        };
    }

    /**
     * PV1-10 (診療科, the department in the file name too). JAMI maps it to nothing, but a regional viewer needs
     * the department of a stay; FHIR's place for it is Encounter.serviceType ("e.g. cardiology"). The codes are the
     * hospital's: SS-MIX2 makes 0069 (診療部門) a user-defined table.
     */
    private CodeableConcept departmentConcept(String department) {
        return new CodeableConcept(new Coding(hospital.localCodeSystem("HL70069"), department, null));
    }

    /** XCN doctors as logical references ({@link StaffReference}). */
    private void participant(int field, String type, String display, Encounter encounter) {
        StaffReference.of(hospital, pv1, field).ifPresent(doctor -> encounter.addParticipant().setIndividual(doctor)
                .addType().addCoding(new Coding(PARTICIPATION_TYPE, type, display)));
    }

    /**
     * PV1-44 admission and PV1-45 discharge for every event (JAMI: regardless of event type); a planned admission
     * (ADT-21) without them has its planned dates PV2-8 and PV2-9. A cancelled discharge (A13) has no end.
     */
    private Period period(AdtEvent effective) {
        Period period = new Period();
        admissionStart().ifPresent(period::setStartElement);
        if (effective != AdtEvent.A13) {
            Optional<String> discharged = pv1.optional(45);
            if (discharged.isPresent()) {
                period.setEndElement(V2Time.dateTime(pv1, 45, discharged.get()));
            } else if (dataType.equals("ADT-21")) {
                pv2.flatMap(pv2 -> pv2.optional(9))
                        .ifPresent(value -> period.setEndElement(V2Time.dateTime(pv2.get(), 9, value)));
            }
        }
        return period;
    }

    /** PV1-44; else a planned admission's PV2-8, an outpatient reception's EVN-6 (when the patient was received). */
    private Optional<DateTimeType> admissionStart() {
        Optional<String> admitted = pv1.optional(44);
        if (admitted.isPresent()) {
            return Optional.of(V2Time.dateTime(pv1, 44, admitted.get()));
        }
        if (isOutpatientVisit()) {
            return eventTime();
        }
        return dataType.equals("ADT-21") ? pv2Time(8) : Optional.empty();
    }

    /**
     * PV1-3 is where the patient is (or will be), with the status of the event and the dates the message maps page
     * names for the data type. A transfer (ADT-42) also keeps PV1-6, the bed left, as completed at the event time:
     * the Encounter is replaced by each message, and without it the transfer would erase where the stay began.
     * A cancelled transfer (A12) puts the patient back in PV1-6. An outpatient's PV1-3 is the clinic (外来, PL-6 C),
     * not a bed, and JAMI has not settled its map for ADT-12: the department (PV1-10) says where the visit was.
     */
    private void locationHistory(AdtEvent effective, Function<BedLocation, Reference> locations,
            Encounter encounter) {
        if (isOutpatientVisit()) {
            return;
        }
        Optional<BedLocation> current = BedLocation.of(pv1, 3);
        Optional<BedLocation> previous = BedLocation.of(pv1, 6);
        if (effective == AdtEvent.A12 && previous.isPresent()) {
            encounter.addLocation().setLocation(locations.apply(previous.get()))
                    .setStatus(EncounterLocationStatus.ACTIVE);
            return;
        }
        if (effective == AdtEvent.A02 && previous.isPresent() && !previous.equals(current)) {
            Period left = new Period();
            eventTime().ifPresent(left::setEndElement);
            encounter.addLocation().setLocation(locations.apply(previous.get()))
                    .setStatus(EncounterLocationStatus.COMPLETED).setPeriod(left);
        }
        current.ifPresent(bed -> encounter.addLocation().setLocation(locations.apply(bed))
                .setStatus(effective.locationStatus()).setPeriod(locationPeriod(effective)));
    }

    private Period locationPeriod(AdtEvent effective) {
        Period period = new Period();
        switch (dataType) {
            case "ADT-22" -> pv1.optional(44).ifPresent(value -> period.setStartElement(V2Time.dateTime(pv1, 44, value)));
            case "ADT-21", "ADT-41" -> pv2Time(8).ifPresent(period::setStartElement);
            case "ADT-31", "ADT-32", "ADT-42" -> eventTime().ifPresent(period::setStartElement);
            default -> { }
        }
        switch (dataType) {
            case "ADT-52" -> {
                if (effective == AdtEvent.A03) {
                    pv1.optional(45).ifPresent(value -> period.setEndElement(V2Time.dateTime(pv1, 45, value)));
                }
            }
            case "ADT-51" -> pv2Time(9).ifPresent(period::setEndElement);
            case "ADT-31" -> pv2Time(47).ifPresent(period::setEndElement);
            default -> { }
        }
        return period;
    }

    /** EVN-6 (事象発生日時): when the transfer, leave, return or outpatient reception happened. */
    private Optional<DateTimeType> eventTime() {
        return evn.optional(6).map(value -> V2Time.dateTime(evn, 6, value));
    }

    private Optional<DateTimeType> pv2Time(int field) {
        return pv2.flatMap(segment -> segment.optional(field).map(value -> V2Time.dateTime(segment, field, value)));
    }
}
