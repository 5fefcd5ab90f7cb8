package jp.renkei.server.security.access;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.FhirTerser;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Which patients a resource is about, by the FHIR Patient compartment (the references HAPI's compartment definition
 * names for its type: {@code Observation.subject}, {@code Consent.patient}, {@code Communication.recipient} …).
 */
public final class PatientCompartment {

    private static final String PATIENT = "Patient";

    private final FhirContext fhir;
    private final FhirTerser terser;

    public PatientCompartment(FhirContext fhir) {
        this.fhir = fhir;
        this.terser = fhir.newTerser();
    }

    /** Whether resources of this type can belong to a patient at all. */
    boolean holdsPatientData(String resourceType) {
        return !fhir.getResourceDefinition(resourceType).getSearchParamsForCompartmentName(PATIENT).isEmpty();
    }

    /** Whether searches of this type take a {@code patient} parameter (a reference to Patient). */
    boolean hasPatientParameter(String resourceType) {
        return holdsPatientData(resourceType)
                && fhir.getResourceDefinition(resourceType).getSearchParam("patient") != null;
    }

    /** The patients ({@code Patient/<id>}) the resource names; a Patient is about itself. */
    public List<String> patientsOf(IBaseResource resource) {
        if (PATIENT.equals(resource.fhirType())) {
            return List.of(References.key(resource.getIdElement()));
        }
        return terser.getCompartmentReferencesForResource(PATIENT, resource, (Set<String>) null)
                .map(References::key)
                .filter(References::isPatient)
                .distinct()
                .toList();
    }
}
