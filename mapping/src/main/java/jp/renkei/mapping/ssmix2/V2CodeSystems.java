package jp.renkei.mapping.ssmix2;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;

/**
 * FHIR code-system URIs for the coding-system names in CE/CWE component 3. Where JP Core or JP-CLINS name a system
 * they are followed (JLAC10, HOT7/9/13 and YJ OIDs from JP Core's NamingSystems; MEDIS disease master and ICD-10 as
 * JP-CLINS writes them). HL7 tables go to terminology.hl7.org; other JAHIS/SS-MIX2 tables and the hospital's own 99xxx
 * tables, which have no published URI, get Renkei URIs.
 */
final class V2CodeSystems {

    private static final Map<String, String> KNOWN = Map.of(
            "JC10", "urn:oid:1.2.392.200119.4.504",
            "HOT9", "urn:oid:1.2.392.200119.4.403.1",
            "HOT7", "urn:oid:1.2.392.200119.4.403.2",
            "HOT13", "urn:oid:1.2.392.200119.4.402.1",
            "MDCDX2", "http://medis.or.jp/CodeSystem/master-disease-keyNumber",
            "I10", "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full",
            "ISO+", "http://unitsofmeasure.org",
            "YJ", "urn:oid:1.2.392.100495.20.1.73",
            "JAMISDP01", "urn:oid:1.2.392.200250.2.2.20",
            // JP Core's preferred URI for HL7 table 0162 (投与経路), which its route binding uses.
            "HL70162", "http://jpfhir.jp/fhir/core/CodeSystem/route-codes");

    /**
     * MERIT-9 units (医薬品単位略号) as JP Core names them. Only for units: SS-MIX2 also labels other JAHIS tables
     * MR9P (e.g. RXE-21 処方区分 OHP/OHI), whose codes are not units.
     */
    static final String MERIT9_UNIT = "urn:oid:1.2.392.100495.20.2.101";

    /** MEDIS exchange codes (病名交換用コード, ZPR-5) are labelled MDCDX2 too but are a different code system. */
    static final String MEDIS_DISEASE_EXCHANGE_CODE = "http://medis.or.jp/CodeSystem/master-disease-exCode";

    private final HospitalIdentity hospital;

    V2CodeSystems(HospitalIdentity hospital) {
        this.hospital = hospital;
    }

    String uri(String v2Name) {
        if (KNOWN.containsKey(v2Name)) {
            return KNOWN.get(v2Name);
        }
        if (v2Name.matches("HL7\\d{4}")) {
            return "http://terminology.hl7.org/CodeSystem/v2-" + v2Name.substring(3);
        }
        if (v2Name.startsWith("99")) {
            return hospital.localCodeSystem(v2Name);
        }
        return "http://renkei.jp/fhir/CodeSystem/ssmix2-table/" + v2Name;
    }

    /** The system of a unit code: MR9P is MERIT-9 here, anything else as {@link #uri}. */
    String unitUri(String v2Name) {
        return v2Name.equals("MR9P") ? MERIT9_UNIT : uri(v2Name);
    }

    Coding coding(V2Code code) {
        Coding coding = new Coding().setCode(code.code().isEmpty() ? null : code.code());
        if (!code.system().isEmpty() && !code.code().isEmpty()) {
            coding.setSystem(uri(code.system()));
        }
        if (!code.text().isEmpty()) {
            coding.setDisplay(code.text());
        }
        return coding;
    }

    /** The code as one coding, with its text also as the concept's text (what the clinician saw). */
    CodeableConcept concept(V2Code code) {
        CodeableConcept concept = new CodeableConcept();
        if (!code.code().isEmpty()) {
            concept.addCoding(coding(code));
        }
        if (!code.text().isEmpty()) {
            concept.setText(code.text());
        }
        return concept;
    }

    /** A CE/CWE field as a concept: its code, then its alternate code (components 4-6) as a further coding. */
    CodeableConcept conceptWithAlternate(V2Segment segment, int field) {
        CodeableConcept concept = concept(segment.code(field));
        V2Code alternate = segment.alternateCode(field);
        if (!alternate.code().isEmpty()) {
            concept.addCoding(coding(alternate));
        }
        return concept;
    }
}
