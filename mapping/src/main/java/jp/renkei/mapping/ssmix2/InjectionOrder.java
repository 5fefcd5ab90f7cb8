package jp.renkei.mapping.ssmix2;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Ratio;
import org.hl7.fhir.r4.model.Reference;

/**
 * One injection order (注射オーダ, OMP-02): a {@link DrugOrder} whose RXE-2 is the injection type (注射種別, JHSI table
 * 0002) and whose drugs, mixed into one administration, are its RXCs. Mapped to JP_MedicationRequest_Injection, which
 * wants the mix as a contained JP_Medication with one ingredient per RXC, as JP Core's drip-infusion example has it.
 * Some senders name a single drug in RXE-2 itself (a HOT or YJ code) and send no RXC: that drug is the one ingredient.
 */
record InjectionOrder(DrugOrder drug) {

    static final String DRUG_NUMBER =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_Medication_Ingredient_DrugNo";
    static final String STRENGTH_TYPE =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_Medication_IngredientStrength_StrengthType";

    MedicationRequest medicationRequest(HospitalIdentity hospital, V2CodeSystems codeSystems, Reference patient,
            boolean deleted) {
        MedicationRequest request =
                drug.request(hospital, patient, deleted, JpCoreProfiles.MEDICATION_REQUEST_INJECTION);
        V2Code orderType = drug.orc().code(29);
        if (!orderType.isEmpty()) {
            request.addCategory(codeSystems.concept(orderType));
        }
        V2Code injectionType = drug.rxe().code(2);
        if (!injectionType.isEmpty() && !rxeNamesTheDrug()) {
            request.addCategory(codeSystems.concept(injectionType));
        }
        request.addContained(medication(codeSystems));
        request.setMedication(InjectionMedication.reference());
        request.addDosageInstruction(dosage(codeSystems));
        return request;
    }

    /** The RXCs (成分) as the ingredients of one Medication, each with its amount per administration (1回量). */
    private Medication medication(V2CodeSystems codeSystems) {
        if (rxeNamesTheDrug()) {
            return InjectionMedication.of(List.of(ingredient(codeSystems, drug.rxe(), 5, 1)));
        }
        List<V2Segment> components = drug.components();
        if (components.isEmpty()) {
            throw new MappingException(drug.rxe().fileName(), "RXC", "", "an injection order names its drugs in RXC "
                    + "segments (or one drug by its HOT or YJ code in RXE-2), and RP " + drug.rpNumber() + " has none");
        }
        List<Medication.MedicationIngredientComponent> ingredients = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            ingredients.add(ingredient(codeSystems, components.get(i), 4, i + 1));
        }
        return InjectionMedication.of(ingredients);
    }

    /** No RXC, and RXE-2 holds a drug code rather than an injection type. */
    private boolean rxeNamesTheDrug() {
        String system = drug.rxe().code(2).system();
        return drug.components().isEmpty() && (system.startsWith("HOT") || system.equals("YJ"));
    }

    /** An RXC (code, amount, unit in field 4) or an RXE naming the drug (code, amount, unit in field 5). */
    private static Medication.MedicationIngredientComponent ingredient(V2CodeSystems codeSystems, V2Segment segment,
            int unitField, int number) {
        V2Code code = segment.code(2);
        if (code.isEmpty()) {
            throw segment.missing(2, "component code (成分コード)");
        }
        String amount = segment.required(3, "component amount (成分量)");
        Ratio strength = new Ratio()
                .setNumerator(V2Quantity.of(codeSystems, segment, 3, amount, segment.code(unitField)))
                .setDenominator(InjectionMedication.perAdministration());
        strength.addExtension(STRENGTH_TYPE, new CodeableConcept(new Coding(DrugOrder.DOSE_TYPE, "1", "製剤量")));
        Medication.MedicationIngredientComponent ingredient = new Medication.MedicationIngredientComponent()
                .setItem(codeSystems.conceptWithAlternate(segment, 2)).setStrength(strength);
        ingredient.addExtension(DRUG_NUMBER, new IntegerType(number));
        return ingredient;
    }

    /**
     * TQ1-3 usage, TQ1-7/TQ1-8 start and end as the timing's bounds (JP Core's injection example), the RXR route,
     * RXE-3/RXE-5 the total amount given (総投与量) and RXE-23/RXE-24 the rate (投与速度).
     */
    private Dosage dosage(V2CodeSystems codeSystems) {
        Dosage dosage = new Dosage();
        drug.usage().ifPresent(usage -> {
            dosage.getTiming().setCode(codeSystems.concept(usage));
            if (!usage.text().isEmpty()) {
                dosage.setText(usage.text());
            }
        });
        drug.periodOfUse().map(Period::copy).ifPresent(dosage.getTiming().getRepeat()::setBounds);
        drug.route(dosage, codeSystems);
        V2Segment rxe = drug.rxe();
        Dosage.DosageDoseAndRateComponent doseAndRate = new Dosage.DosageDoseAndRateComponent();
        rxe.optional(3).filter(amount -> !rxe.code(5).code().isEmpty()).ifPresent(amount -> {
            doseAndRate.setType(new CodeableConcept(new Coding(DrugOrder.DOSE_TYPE, "1", "製剤量")));
            doseAndRate.setDose(V2Quantity.of(codeSystems, rxe, 3, amount, rxe.code(5)));
        });
        rxe.optional(23).ifPresent(amount ->
                doseAndRate.setRate(InfusionRate.of(codeSystems, rxe, 23, amount, rxe.code(24))));
        if (doseAndRate.hasDose() || doseAndRate.hasRate()) {
            dosage.addDoseAndRate(doseAndRate);
        }
        return dosage;
    }
}
