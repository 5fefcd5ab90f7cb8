package jp.renkei.server.outbound;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.renkei.mapping.liaison.LiaisonSheetSources;
import jp.renkei.mapping.liaison.PatientRecord;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * Reads a patient's current record for a liaison sheet: the searches {@link LiaisonSheetSources} names. Each resource
 * once, even when several searches include it.
 */
final class PatientRecordReader {

    private final RecordSearch search;

    PatientRecordReader(RecordSearch search) {
        this.search = search;
    }

    /** The patient; HAPI's 404 / 410 when it does not exist or was deleted. */
    Patient patient(String patient) {
        return search.read(Patient.class, patient);
    }

    PatientRecord read(Patient stored) {
        String key = stored.getIdElement().toUnqualifiedVersionless().getValue();
        Map<String, Resource> found = new LinkedHashMap<>();
        search.inOneTransaction(() -> {
            for (String query : LiaisonSheetSources.queries(stored.getIdElement().getIdPart())) {
                for (IBaseResource resource : search.run(query)) {
                    found.putIfAbsent(resource.getIdElement().toUnqualifiedVersionless().getValue(),
                            (Resource) resource);
                }
            }
            return found;
        });
        found.remove(key);
        return new PatientRecord(stored, new ArrayList<>(found.values()));
    }
}
