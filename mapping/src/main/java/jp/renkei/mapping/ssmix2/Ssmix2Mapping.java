package jp.renkei.mapping.ssmix2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;

/** Reads an SS-MIX2 file and maps it with the mapper for its data type (from the file name). */
public final class Ssmix2Mapping {

    private final Ssmix2MessageReader reader;
    private final Map<String, MessageMapper> mappers;

    public Ssmix2Mapping(Ssmix2MessageReader reader, List<MessageMapper> mappers) {
        this.reader = reader;
        this.mappers = mappers.stream().collect(Collectors.toMap(
                MessageMapper::dataType, Function.identity(), (first, second) -> first, TreeMap::new));
    }

    /**
     * The reader for ISO-2022-JP with Windows vendor characters (real storages have them: 髙, ①, ㈱) and a mapper for
     * every data type: ADT-00, ADT-61, PPR-01, the outpatient ADT-12, the inpatient ADT-21 … ADT-52 and ADT-01,
     * OMP-01, OMP-02, OMP-11, OMP-12, OML-01 and OML-11.
     */
    public static Ssmix2Mapping forHospital(HospitalIdentity hospital) {
        List<MessageMapper> mappers = new ArrayList<>(List.of(new PatientMessageMapper(hospital),
                new AllergyMessageMapper(hospital), new DiagnosisMessageMapper(hospital),
                new PrescriptionMessageMapper(hospital), new InjectionOrderMessageMapper(hospital),
                new LabOrderMessageMapper(hospital), new LabResultMessageMapper(hospital)));
        mappers.addAll(EncounterMessageMapper.all(hospital));
        mappers.addAll(AdministrationMessageMapper.all(hospital));
        return new Ssmix2Mapping(Ssmix2MessageReader.withVendorCharacters(), mappers);
    }

    public boolean supports(Ssmix2File file) {
        return mappers.containsKey(file.name().dataType());
    }

    /** The data types mapped, in order, e.g. for telling a sender which of its files are read. */
    public Set<String> dataTypes() {
        return mappers.keySet();
    }

    public Bundle map(Ssmix2File file) {
        MessageMapper mapper = mappers.get(file.name().dataType());
        if (mapper == null) {
            throw new MappingException(file.fileName(), "", "",
                    "data type " + file.name().dataType() + " is not mapped yet (mapped: " + mappers.keySet() + ")");
        }
        return mapper.map(reader.read(file));
    }
}
