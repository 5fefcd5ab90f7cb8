package jp.renkei.mapping.liaison;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The patient's record indexed by unqualified, versionless id ({@code Condition/123}), so that references between
 * the server's resources resolve whatever base URL or version they were read with. The request's sender and
 * recipient organizations are part of it: the document names them.
 */
final class SourceRecord {

    private final Patient patient;
    private final String patientKey;
    private final Map<String, Resource> byKey = new LinkedHashMap<>();

    SourceRecord(PatientRecord record, LiaisonSheetRequest request) {
        this.patient = record.patient();
        this.patientKey = key(patient);
        record.resources().forEach(resource -> byKey.put(key(resource), resource));
        byKey.put(patientKey, patient);
        byKey.put(key(request.recipient()), request.recipient());
        byKey.put(key(request.sender()), request.sender());
    }

    Patient patient() {
        return patient;
    }

    String patientKey() {
        return patientKey;
    }

    /** {@code Type/id} of a resource, whatever base or version its id carries. */
    static String key(Resource resource) {
        return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }

    /** {@code Type/id} a literal reference points at; empty for contained, urn: and logical-only references. */
    static Optional<String> key(Reference reference) {
        String literal = reference.getReference();
        if (literal == null || literal.startsWith("#") || literal.startsWith("urn:")) {
            return Optional.empty();
        }
        IdType id = new IdType(literal);
        if (!id.hasResourceType() || !id.hasIdPart()) {
            return Optional.empty();
        }
        return Optional.of(id.getResourceType() + "/" + id.getIdPart());
    }

    Optional<Resource> resolve(Reference reference) {
        return key(reference).map(byKey::get);
    }

    Optional<Resource> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    boolean isPatient(Reference reference) {
        return key(reference).filter(patientKey::equals).isPresent();
    }

    /** The record's resources of a type, in key order (the server's result order may change between searches). */
    <T extends Resource> List<T> ofType(Class<T> type) {
        return byKey.entrySet().stream()
                .filter(entry -> type.isInstance(entry.getValue()))
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(entry -> type.cast(entry.getValue()))
                .toList();
    }
}
