package jp.renkei.mapping.render;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;

/**
 * The four example liaison sheets of the Renkei package, one per recipient kind. The examples' patient has only a
 * kanji name; the test copy adds the kana name (SYL) as JP Core writes it, so that the フリガナ field is exercised.
 */
final class LiaisonSheets {

    static final String NAME = "山田 太郎";
    static final String KANA = "ヤマダ タロウ";
    static final String DIAGNOSIS = "COPD 急性増悪";
    static final String MEDICATION = "チオトロピウム吸入";

    /** Recipient kind, example id, and whether that kind gets the medical sections (病状・診断, 服薬). */
    record Example(String kind, String id, boolean medical) {
        @Override
        public String toString() {
            return kind;
        }
    }

    static List<Example> all() {
        return List.of(
                new Example("clinic", "renkei-liaison-sheet-clinic-example", true),
                new Example("care-manager", "renkei-liaison-sheet-care-manager-example", true),
                new Example("visiting-nursing", "renkei-liaison-sheet-visiting-nursing-example", true),
                new Example("community-support-center", "renkei-liaison-sheet-community-support-center-example", false));
    }

    private final RenkeiPackageExamples examples = new RenkeiPackageExamples();

    Bundle sheet(Example example) {
        return sheet(example.id());
    }

    Bundle careManager() {
        return sheet("renkei-liaison-sheet-care-manager-example");
    }

    private Bundle sheet(String id) {
        Bundle sheet = examples.example("Bundle", id, Bundle.class);
        Patient patient = patient(sheet);
        patient.getNameFirstRep().addExtension(representation("IDE"));
        patient.addName().setText(KANA).setFamily("ヤマダ").addGiven("タロウ").addExtension(representation("SYL"));
        return sheet;
    }

    static Composition composition(Bundle sheet) {
        return (Composition) sheet.getEntryFirstRep().getResource();
    }

    static Patient patient(Bundle sheet) {
        return sheet.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(Patient.class::isInstance).map(Patient.class::cast).findFirst().orElseThrow();
    }

    private static Extension representation(String code) {
        return new Extension("http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation", new CodeType(code));
    }
}
