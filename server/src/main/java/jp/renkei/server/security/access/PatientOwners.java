package jp.renkei.server.security.access;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.HashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Patient;

/**
 * The owners of the patients a request writes about, each read at most once per request and kept in the request
 * only: a transaction of fifty observations about one patient reads that patient once, and the next request sees
 * the owner as it is then. Patients the request itself stores are remembered as written, so resources referring to a
 * patient created earlier in the same transaction need no read at all.
 */
public final class PatientOwners {

    private static final String KEY = PatientOwners.class.getName();

    private final DaoRegistry daos;

    public PatientOwners(DaoRegistry daos) {
        this.daos = daos;
    }

    /** The owner of {@code Patient/<id>}; unowned when it is not stored (HAPI refuses dangling references itself). */
    public PatientOwner of(RequestDetails request, String patient) {
        return known(request).computeIfAbsent(patient, this::read);
    }

    /** What the request has just stored about a patient, for its later resources. */
    public void remember(RequestDetails request, PatientOwner owner) {
        known(request).put(owner.patient(), owner);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PatientOwner> known(RequestDetails request) {
        return (Map<String, PatientOwner>) request.getUserData().computeIfAbsent(KEY, key -> new HashMap<>());
    }

    private PatientOwner read(String patient) {
        try {
            // As the system: the caller's own rules (and audit of its reads) do not apply to this check.
            return PatientOwner.of((Patient) daos.getResourceDao("Patient")
                    .read(new IdType(patient), new SystemRequestDetails()));
        } catch (ResourceNotFoundException | ResourceGoneException e) {
            return PatientOwner.unowned(patient);
        }
    }
}
