package jp.renkei.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.util.BundleUtil;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.renkei.server.security.access.PatientCompartment;
import org.hl7.fhir.instance.model.api.IBaseBundle;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * The patients whose data an answer shows, by the Patient compartment. AuditEvents do not count: an auditor reading
 * the trail is not reading the patients' records, and counting it would make each look at a patient's trail a new
 * access to that patient.
 */
final class PatientsSeen {

    private final FhirContext fhirContext;
    private final PatientCompartment compartment;

    PatientsSeen(FhirContext fhirContext) {
        this.fhirContext = fhirContext;
        this.compartment = new PatientCompartment(fhirContext);
    }

    /** The patients of a resource, or of each resource in a Bundle (a search page, a history). */
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
        if (resource.fhirType().equals("AuditEvent")) {
            return Set.of();
        }
        // A patient without an id (inside a document Bundle) is not a stored patient the trail could name.
        return compartment.patientsOf(resource).stream().filter(patient -> patient.startsWith("Patient/"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
