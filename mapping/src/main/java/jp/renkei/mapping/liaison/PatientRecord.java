package jp.renkei.mapping.liaison;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Resource;

/**
 * A patient's current record as the server found it: the results of {@link LiaisonSheetSources#queries(String)} and
 * the resources they include (Organizations, Practitioners, PractitionerRoles, Medications …). Resources carry their
 * server ids ({@code Condition/123}, possibly with a version or a base URL); references between them are resolved
 * by unqualified, versionless id.
 */
public record PatientRecord(Patient patient, List<Resource> resources) {

    public PatientRecord {
        Objects.requireNonNull(patient, "patient");
        if (!patient.getIdElement().hasIdPart()) {
            throw new IllegalArgumentException("The patient needs an id: the document's identifiers derive from it");
        }
        resources = List.copyOf(resources);
    }
}
