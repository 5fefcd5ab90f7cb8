package jp.renkei.mapping.ssmix2;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationAdministration;

/**
 * OMP-11 (処方実施) and OMP-12 (注射実施), both RAS^O17 → one MedicationAdministration per RXA, after JAMI's ConceptMaps
 * message-omp-12-to-bundle and segment-omp-12-rxa-to-medicationadministration (JAMI has no OMP-11 map; it is the
 * same message for oral drugs). OMP-11 gives JP_MedicationAdministration, OMP-12 JP_MedicationAdministration_Injection.
 * Keys: {@code <record>.RXA.<RP>.<n>}. RXE, TQ1 and RXC of the order are not mapped (JAMI: disjoint, under
 * discussion), nor are PV1, AL1 and MSH; vaccinations (RXE-2 注射種別 06) are not made Immunizations (JAMI: under
 * discussion). The Patient is only created when absent.
 */
public final class AdministrationMessageMapper implements MessageMapper {

    /** Prescription and injection administrations. */
    public static final List<String> DATA_TYPES = List.of("OMP-11", "OMP-12");

    private final HospitalIdentity hospital;
    private final V2CodeSystems codeSystems;
    private final String dataType;

    public AdministrationMessageMapper(HospitalIdentity hospital, String dataType) {
        if (!DATA_TYPES.contains(dataType)) {
            throw new IllegalArgumentException("Not an administration data type: " + dataType + " (" + DATA_TYPES + ")");
        }
        this.hospital = hospital;
        this.codeSystems = new V2CodeSystems(hospital);
        this.dataType = dataType;
    }

    /** A mapper for each administration data type. */
    public static List<MessageMapper> all(HospitalIdentity hospital) {
        return DATA_TYPES.stream().<MessageMapper>map(type -> new AdministrationMessageMapper(hospital, type)).toList();
    }

    @Override
    public String dataType() {
        return dataType;
    }

    @Override
    public Bundle map(Ssmix2Message message) {
        ClinicalMessage clinical = ClinicalMessage.start(hospital, message);
        boolean deleted = clinical.record().deleted();
        for (AdministrationRecord given : AdministrationRecord.of(message)) {
            MedicationAdministration administration = dataType.equals("OMP-12")
                    ? given.injection(hospital, codeSystems, clinical.patient(), deleted)
                    : given.prescription(hospital, codeSystems, clinical.patient(), deleted);
            Identifier key = clinical.record().identifier("RXA", given.setId());
            administration.addIdentifier(key);
            clinical.bundle().update(administration, key);
        }
        return clinical.bundle().bundle();
    }
}
