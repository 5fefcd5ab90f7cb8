package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Resource;

/**
 * A stored resource that the latest version of its SS-MIX2 record no longer contains (a drug taken out of an order, a
 * result out of a corrected report, a problem off the list): the record no longer says it, so it is withdrawn as
 * entered-in-error, as a deleted-flag file withdraws all of a record's resources.
 */
public final class Withdrawal {

    private static final String ENTERED_IN_ERROR = "entered-in-error";
    private static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private static final String ALLERGY_VERIFICATION =
            "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";

    private Withdrawal() {
    }

    /**
     * The resource as entered-in-error, or empty when it is withdrawn already. Condition and AllergyIntolerance say it
     * in their verification status and then carry no clinical status (con-5, ait-2); the other types the SS-MIX2
     * mapping writes (MedicationRequest, MedicationAdministration, ServiceRequest, Specimen, Observation,
     * DiagnosticReport, Coverage, Encounter) in their status.
     */
    public static Optional<Resource> of(Resource stored) {
        if (isWithdrawn(stored)) {
            return Optional.empty();
        }
        Resource withdrawn = stored.copy();
        if (withdrawn instanceof Condition condition) {
            condition.setVerificationStatus(enteredInError(CONDITION_VERIFICATION)).setClinicalStatus(null);
        } else if (withdrawn instanceof AllergyIntolerance allergy) {
            allergy.setVerificationStatus(enteredInError(ALLERGY_VERIFICATION)).setClinicalStatus(null);
        } else {
            withdrawn.setProperty("status", new CodeType(ENTERED_IN_ERROR));
        }
        return Optional.of(withdrawn);
    }

    private static boolean isWithdrawn(Resource stored) {
        if (stored instanceof Condition condition) {
            return condition.getVerificationStatus().hasCoding(CONDITION_VERIFICATION, ENTERED_IN_ERROR);
        }
        if (stored instanceof AllergyIntolerance allergy) {
            return allergy.getVerificationStatus().hasCoding(ALLERGY_VERIFICATION, ENTERED_IN_ERROR);
        }
        Base[] status = stored.getProperty("status".hashCode(), "status", false);
        if (status == null) {
            throw new IllegalArgumentException(stored.fhirType() + " has no status to withdraw it by");
        }
        return status.length == 1 && ENTERED_IN_ERROR.equals(status[0].primitiveValue());
    }

    private static CodeableConcept enteredInError(String system) {
        return new CodeableConcept().addCoding(new Coding(system, ENTERED_IN_ERROR, null));
    }
}
