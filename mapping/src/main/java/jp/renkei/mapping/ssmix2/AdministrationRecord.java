package jp.renkei.mapping.ssmix2;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;

/**
 * One administration (実施記録, OMP-11 処方実施 or OMP-12 注射実施): an RXA with the ORC of its order and the RXR of
 * its administration group, numbered like {@link DrugOrder} by RP (ORC-4) and place in the RP. Mapped after JAMI's
 * ConceptMap segment-omp-12-rxa-to-medicationadministration, which OMP-11 follows too.
 */
record AdministrationRecord(V2Segment orc, V2Segment rxa, Optional<V2Segment> rxr, String rpNumber, int orderInRp) {

    static final String REQUESTER =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_MedicationAdministration_Requester";
    static final String REQUEST_AUTHORED_ON =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_MedicationAdministration_RequestAuthoredOn";
    static final String REQUEST_DEPARTMENT =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_MedicationAdministration_RequestDepartment";

    /**
     * The administrations of a message in file order. An ORC opens an order group (RAS^O17's ORDER); its RXAs share
     * the group's RXR, which HL7 puts after them (ADMINISTRATION: RXA…, RXR).
     */
    static List<AdministrationRecord> of(Ssmix2Message message) {
        List<AdministrationRecord> records = new ArrayList<>();
        Map<String, Integer> perRp = new HashMap<>();
        List<List<V2Segment>> groups = orderGroups(message);
        for (int g = 0; g < groups.size(); g++) {
            List<V2Segment> group = groups.get(g);
            V2Segment orc = group.get(0);
            String rp = orc.optional(4).orElse(String.valueOf(g + 1));
            Optional<V2Segment> rxr = group.stream().filter(s -> s.name().equals("RXR")).findFirst();
            group.stream().filter(s -> s.name().equals("RXA")).forEach(rxa ->
                    records.add(new AdministrationRecord(orc, rxa, rxr, rp, perRp.merge(rp, 1, Integer::sum))));
        }
        return records;
    }

    private static List<List<V2Segment>> orderGroups(Ssmix2Message message) {
        List<List<V2Segment>> groups = new ArrayList<>();
        for (V2Segment segment : message.segments()) {
            if (segment.name().equals("ORC")) {
                groups.add(new ArrayList<>(List.of(segment)));
            } else if (segment.name().equals("RXA") && groups.isEmpty()) {
                throw new MappingException(message.fileName(), "RXA", "", "an RXA comes before any ORC");
            } else if (!groups.isEmpty()) {
                groups.get(groups.size() - 1).add(segment);
            }
        }
        return groups;
    }

    /** The record identifier's set part: RP number and place in the RP, e.g. {@code RXA.1.2}. */
    String setId() {
        return rpNumber + "." + orderInRp;
    }

    /** OMP-11 → JP_MedicationAdministration: RXA-5 as the drug, referring to the prescription's drug of this place. */
    MedicationAdministration prescription(HospitalIdentity hospital, V2CodeSystems codeSystems, Reference patient,
            boolean deleted) {
        MedicationAdministration administration =
                administration(hospital, codeSystems, patient, deleted, JpCoreProfiles.MEDICATION_ADMINISTRATION);
        administration.setMedication(drug(codeSystems));
        request(hospital, orderInRp).ifPresent(administration::setRequest);
        return administration;
    }

    /**
     * OMP-12 → JP_MedicationAdministration_Injection: RXA-5 as a contained JP_Medication (the profile wants a
     * reference), RXA-12 as the rate. The order's RXE is one per RP, its drugs being RXCs, so the request is the RP's
     * first (and only) order item, whichever RXA of the mix this is.
     */
    MedicationAdministration injection(HospitalIdentity hospital, V2CodeSystems codeSystems, Reference patient,
            boolean deleted) {
        MedicationAdministration administration = administration(hospital, codeSystems, patient, deleted,
                JpCoreProfiles.MEDICATION_ADMINISTRATION_INJECTION);
        Medication.MedicationIngredientComponent drug = new Medication.MedicationIngredientComponent()
                .setItem(drug(codeSystems)).setStrength(new Ratio()
                        .setNumerator(dose(codeSystems).orElseThrow(() -> rxa.missing(6, "administered amount (投薬量)")))
                        .setDenominator(InjectionMedication.perAdministration()));
        administration.addContained(InjectionMedication.of(List.of(drug)));
        administration.setMedication(InjectionMedication.reference());
        request(hospital, 1).ifPresent(administration::setRequest);
        rxa.optional(12).flatMap(InfusionRate::parse).ifPresent(administration.getDosage()::setRate);
        return administration;
    }

    private MedicationAdministration administration(HospitalIdentity hospital, V2CodeSystems codeSystems,
            Reference patient, boolean deleted, String profile) {
        MedicationAdministration administration = new MedicationAdministration();
        administration.getMeta().addProfile(profile);
        requestExtensions(hospital, codeSystems, administration);
        administration.addIdentifier().setSystem(DrugOrder.RP_NUMBER).setValue(rpNumber);
        administration.addIdentifier().setSystem(DrugOrder.ORDER_IN_RP).setValue(String.valueOf(orderInRp));
        administration.setStatus(deleted ? MedicationAdministrationStatus.ENTEREDINERROR : status());
        V2Code orderType = orc.code(29);
        if (!orderType.isEmpty()) {
            administration.setCategory(codeSystems.concept(orderType));
        }
        administration.setSubject(patient);
        administration.setEffective(effective());
        StaffReference.of(hospital, rxa, 10).ifPresent(actor -> administration.addPerformer().setActor(actor));
        notes().forEach(administration::addNote);
        dosage(codeSystems, administration.getDosage());
        return administration;
    }

    /** RXA-9 administration notes (投薬注記), coded or as text. */
    private List<Annotation> notes() {
        List<Annotation> notes = new ArrayList<>();
        for (int rep = 0; rep < rxa.repetitions(9); rep++) {
            V2Code note = rxa.code(9, rep);
            if (!note.isEmpty()) {
                notes.add(new Annotation().setText(note.text().isEmpty() ? note.code() : note.text()));
            }
        }
        return notes;
    }

    /** The group's RXR route, site and method, and the RXA dose. */
    private void dosage(V2CodeSystems codeSystems, MedicationAdministration.MedicationAdministrationDosageComponent dosage) {
        rxr.map(DrugRoute::new).ifPresent(route -> {
            route.route(codeSystems).ifPresent(dosage::setRoute);
            route.site(codeSystems).ifPresent(dosage::setSite);
            route.method(codeSystems).ifPresent(dosage::setMethod);
        });
        dose(codeSystems).ifPresent(dosage::setDose);
    }

    /** ORC-12 requester, ORC-9 order date-time and ORC-17 department, in JP Core's extensions for the order. */
    private void requestExtensions(HospitalIdentity hospital, V2CodeSystems codeSystems,
            MedicationAdministration administration) {
        V2Code department = orc.code(17);
        if (!department.isEmpty()) {
            administration.addExtension(REQUEST_DEPARTMENT, codeSystems.concept(department));
        }
        StaffReference.of(hospital, orc, 12).ifPresent(requester -> administration.addExtension(REQUESTER, requester));
        orc.optional(9).ifPresent(time ->
                administration.addExtension(REQUEST_AUTHORED_ON, V2Time.dateTime(orc, 9, time)));
    }

    /**
     * RXA-21 action code D (削除) or RXA-20 completion status (table 0322): RE refused and NA not administered are
     * not-done, PA partially administered is stopped, CP complete or no status (an administration notice reports a
     * given drug) completed.
     */
    private MedicationAdministrationStatus status() {
        if (rxa.text(21).equals("D")) {
            return MedicationAdministrationStatus.ENTEREDINERROR;
        }
        return switch (rxa.text(20)) {
            case "RE", "NA" -> MedicationAdministrationStatus.NOTDONE;
            case "PA" -> MedicationAdministrationStatus.STOPPED;
            default -> MedicationAdministrationStatus.COMPLETED;
        };
    }

    /** RXA-3 start (required) and RXA-4 end of administration (投薬開始・終了日時). */
    private Period effective() {
        String start = rxa.required(3, "start of administration (投薬開始日時)");
        Period period = new Period().setStartElement(V2Time.dateTime(rxa, 3, start));
        rxa.optional(4).ifPresent(end -> period.setEndElement(V2Time.dateTime(rxa, 4, end)));
        return period;
    }

    /** RXA-5 administered code (投薬コード, HOT9 or YJ) with its alternate code; required. */
    private CodeableConcept drug(V2CodeSystems codeSystems) {
        if (rxa.code(5).isEmpty()) {
            throw rxa.missing(5, "administered code (投薬コード)");
        }
        return codeSystems.conceptWithAlternate(rxa, 5);
    }

    /** RXA-6 amount with RXA-7 its unit; JP Core wants a unit code once an amount is given. */
    private Optional<Quantity> dose(V2CodeSystems codeSystems) {
        return rxa.optional(6).map(amount -> {
            if (rxa.code(7).code().isEmpty()) {
                throw rxa.missing(7, "administered units (投薬単位) of RXA-6 " + amount);
            }
            return V2Quantity.of(codeSystems, rxa, 6, amount, rxa.code(7));
        });
    }

    /** A logical reference to the order's MedicationRequest by its order item identifier (ORC-2, RP, place). */
    private Optional<Reference> request(HospitalIdentity hospital, int itemInRp) {
        return DrugOrder.orderItem(hospital, orc, rpNumber, itemInRp)
                .map(item -> new Reference().setType("MedicationRequest").setIdentifier(item));
    }
}
