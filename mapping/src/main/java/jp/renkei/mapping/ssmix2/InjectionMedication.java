package jp.renkei.mapping.ssmix2;

import java.util.List;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;

/**
 * The drugs of an injection as a contained JP_Medication: JP Core's injection profiles want {@code medicationReference},
 * and the drugs of a mix (混注) have no identity of their own to be a resource by.
 */
final class InjectionMedication {

    private static final String ID = "medication";

    private InjectionMedication() {
    }

    static Medication of(List<Medication.MedicationIngredientComponent> ingredients) {
        Medication medication = new Medication();
        medication.setId(ID);
        medication.getMeta().addProfile(JpCoreProfiles.MEDICATION);
        medication.setStatus(Medication.MedicationStatus.ACTIVE);
        ingredients.forEach(medication::addIngredient);
        return medication;
    }

    /** The reference to the contained Medication. */
    static Reference reference() {
        return new Reference("#" + ID);
    }

    /** 1 回 in MERIT-9, the denominator JP Core's injection examples give an ingredient's amount. */
    static Quantity perAdministration() {
        return new Quantity().setValue(1).setUnit("回").setSystem(V2CodeSystems.MERIT9_UNIT).setCode("TIME");
    }
}
