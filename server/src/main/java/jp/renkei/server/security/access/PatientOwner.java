package jp.renkei.server.security.access;

import java.util.Optional;
import org.hl7.fhir.r4.model.Patient;

/**
 * Which organization a patient's record belongs to: {@code Patient.managingOrganization}, the custodian of the record
 * in JP Core. Data providers write only the records of their own patients.
 *
 * @param patient {@code Patient/<id>}
 * @param organization {@code Organization/<id>}; empty for a patient stored before owners were recorded, whom any
 *     provider may write (and thereby owns)
 */
public record PatientOwner(String patient, Optional<String> organization) {

    public static PatientOwner of(Patient patient) {
        String owner = References.key(patient.getManagingOrganization());
        return new PatientOwner(References.key(patient.getIdElement()),
                owner.isEmpty() ? Optional.empty() : Optional.of(owner));
    }

    public static PatientOwner unowned(String patient) {
        return new PatientOwner(patient, Optional.empty());
    }

    /** Whether the provider may write this patient's record. */
    public boolean admits(String provider) {
        return organization.map(provider::equals).orElse(true);
    }

    /** The 403 message for another provider. */
    public String refusalFor(String provider) {
        return patient + " belongs to another organization (" + organization.orElse("") + "): " + provider
                + " writes only the records of its own patients (Patient.managingOrganization); ask the patient's"
                + " organization to record or correct this";
    }
}
