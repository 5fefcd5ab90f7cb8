package jp.renkei.mapping.render;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * The patient block of a form (患者欄): 氏名 in kanji, フリガナ in kana, 生年月日 with the age on the form's date,
 * 性別 and 住所. Empty strings where the source has nothing, so that the form keeps its blank field.
 */
record PatientBlock(String name, String kana, String birthDate, String age, String gender, String address) {

    /** JP Core tells the kanji (IDE) and kana (SYL) names apart with this extension. */
    private static final String REPRESENTATION =
            "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";

    static final PatientBlock UNKNOWN = new PatientBlock("", "", "", "", "", "");

    static PatientBlock of(Patient patient, LocalDate asOf) {
        List<HumanName> names = patient.getName();
        HumanName kanji = written(names, "IDE").or(() -> names.stream()
                .filter(n -> !hasRepresentation(n, "SYL")).findFirst()).orElse(new HumanName());
        String kana = written(names, "SYL").map(PatientBlock::text).orElse("");
        LocalDate born = patient.hasBirthDate() ? PrintedDate.localDate(patient.getBirthDateElement()) : null;
        return new PatientBlock(text(kanji), kana,
                born == null ? "" : PrintedDate.birthDay(born),
                born == null || asOf == null ? "" : Period.between(born, asOf).getYears() + "歳",
                gender(patient), address(patient));
    }

    private static Optional<HumanName> written(List<HumanName> names, String representation) {
        return names.stream().filter(n -> hasRepresentation(n, representation)).findFirst();
    }

    private static boolean hasRepresentation(HumanName name, String representation) {
        return name.getExtensionsByUrl(REPRESENTATION).stream()
                .anyMatch(e -> representation.equals(e.getValue().primitiveValue()));
    }

    private static String text(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        String given = String.join(" ", name.getGiven().stream().map(StringType::getValue).toList());
        return (name.hasFamily() ? name.getFamily() + " " : "") + given;
    }

    private static String gender(Patient patient) {
        if (!patient.hasGender()) {
            return "";
        }
        return switch (patient.getGender()) {
            case MALE -> "男";
            case FEMALE -> "女";
            case OTHER -> "その他";
            default -> "不明";
        };
    }

    private static String address(Patient patient) {
        return patient.getAddress().stream().findFirst().map(PatientBlock::address).orElse("");
    }

    private static String address(Address address) {
        if (address.hasText()) {
            return address.getText();
        }
        String postal = address.hasPostalCode() ? "〒" + address.getPostalCode() + " " : "";
        String lines = String.join("", address.getLine().stream().map(StringType::getValue).toList());
        return (postal + Objects.toString(address.getState(), "") + Objects.toString(address.getCity(), "") + lines)
                .trim();
    }
}
