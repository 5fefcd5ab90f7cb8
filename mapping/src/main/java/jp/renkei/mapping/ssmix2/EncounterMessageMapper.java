package jp.renkei.mapping.ssmix2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * The inpatient ADT messages (入退院・転科転棟・外出泊) → one JP_Encounter per admission, after JAMI's ConceptMap
 * message-adt-22-to-bundle, which the message maps page applies to all of them: ADT-21 入院予定, ADT-22 入院実施,
 * ADT-31 外出泊実施, ADT-32 外出泊帰院実施, ADT-41 転科・転棟予定, ADT-42 転科・転棟実施, ADT-51 退院予定,
 * ADT-52 退院実施; ADT-01 担当医の変更 (JAMI: in-progress, active), whose Encounter the server applies as a change of
 * the stay's doctors only ({@link AttendingChange}); and ADT-12 外来診察の受付 → one JP_Encounter per outpatient visit,
 * with the same PV1 map (JAMI lists it for ADT-12 as under consideration). One instance per data type, as
 * {@link Ssmix2Mapping} picks mappers by data type.
 * <p>
 * Every message of an admission updates the same Encounter (keyed as {@link VisitSegment#admission} explains); the
 * beds are JP_Locations created when absent, and the Patient is only created when absent (ADT-00 is the source of
 * demographics). MessageHeader (MSH) is not mapped: the Bundle is a transaction, not a message.
 */
public final class EncounterMessageMapper implements MessageMapper {

    /** The SS-MIX2 data types of outpatient visits, admissions, stays and discharges. */
    public static final List<String> DATA_TYPES =
            List.of("ADT-01", "ADT-12", "ADT-21", "ADT-22", "ADT-31", "ADT-32", "ADT-41", "ADT-42", "ADT-51",
                    "ADT-52");

    private final HospitalIdentity hospital;
    private final String dataType;

    public EncounterMessageMapper(HospitalIdentity hospital, String dataType) {
        if (!DATA_TYPES.contains(dataType)) {
            throw new IllegalArgumentException("Not an encounter ADT data type: " + dataType + " (" + DATA_TYPES + ")");
        }
        this.hospital = hospital;
        this.dataType = dataType;
    }

    /** A mapper for each inpatient ADT data type. */
    public static List<MessageMapper> all(HospitalIdentity hospital) {
        return DATA_TYPES.stream().<MessageMapper>map(type -> new EncounterMessageMapper(hospital, type)).toList();
    }

    @Override
    public String dataType() {
        return dataType;
    }

    @Override
    public Bundle map(Ssmix2Message message) {
        ClinicalMessage clinical = ClinicalMessage.start(hospital, message);
        VisitSegment visit = new VisitSegment(hospital, clinical.record(), message);
        if (dataType.equals(AttendingChange.DATA_TYPE) && !visit.namesAnAdmission()) {
            // A doctor change that names no inpatient stay (an outpatient's, or without PV1-44) has nothing to change:
            // only the patient, created when absent.
            return clinical.bundle().bundle();
        }
        // PV1-3 and PV1-6 may name the same bed; one entry per bed keeps the transaction free of duplicates.
        Map<BedLocation, Reference> beds = new HashMap<>();
        Identifier key = visit.admission(clinical.pid().identifier());
        // The bed's identifier on the reference tells the server which stored stay a bed continues (BedHistory).
        Encounter encounter = visit.encounter(key, clinical.patient(), bed -> beds.computeIfAbsent(bed,
                absent -> clinical.bundle().createIfAbsent(absent.resource(hospital), absent.identifier(hospital))
                        .setIdentifier(absent.identifier(hospital))));
        clinical.bundle().update(encounter, key);
        return clinical.bundle().bundle();
    }
}
