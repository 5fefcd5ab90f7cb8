package jp.renkei.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.BundleUtil;
import ca.uhn.fhir.util.FhirTerser;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.instance.model.api.IIdType;

/** Whose data a resource is: the patients whose compartment (R4 CompartmentDefinition) holds it. */
final class PatientCompartment {

    private final FhirContext fhirContext;
    private final FhirTerser terser;

    PatientCompartment(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
        this.terser = fhirContext.newTerser();
    }

    /**
     * The patients of a resource, or of each resource in a Bundle (a search page, a history). AuditEvents do not
     * count: an auditor reading the trail is not reading the patients' records, and counting it would make each
     * look at a patient's trail a new access to that patient.
     */
    Set<String> patientsIn(IBaseResource resource) {
        Set<String> patients = new TreeSet<>();
        if (resource instanceof IBaseBundle bundle) {
            BundleUtil.toListOfResources(fhirContext, bundle).forEach(entry -> patients.addAll(patientsOf(entry)));
        } else if (resource != null) {
            patients.addAll(patientsOf(resource));
        }
        return patients;
    }

    Set<String> patientsOf(IBaseResource resource) {
        Set<String> patients = new TreeSet<>();
        if (resource.fhirType().equals("AuditEvent")) {
            return patients;
        }
        if (resource.fhirType().equals("Patient")) {
            if (resource.getIdElement().hasIdPart()) {
                patients.add("Patient/" + resource.getIdElement().getIdPart());
            }
            return patients;
        }
        for (IIdType owner : terser.getCompartmentOwnersForResource("Patient", resource, Set.of())) {
            if (owner.hasIdPart() && !owner.getIdPart().startsWith("urn:")) {
                patients.add("Patient/" + owner.getIdPart());
            }
        }
        return patients;
    }
}
