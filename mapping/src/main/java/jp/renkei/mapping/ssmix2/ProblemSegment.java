package jp.renkei.mapping.ssmix2;

import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;

/**
 * PRB (プロブレム詳細) with its ZPR (プロブレム拡張情報, MEDIS codes) → JP_Condition, after JAMI's ConceptMap
 * segment-ppr-01-prb-to-condition. The code carries every coding the EHR sent: the MEDIS disease key number (病名管理番号,
 * PRB-3 / ZPR-2), the MEDIS exchange code (病名交換用コード, ZPR-5) and ICD-10 (PRB-10); the ZPR's modifiers (修飾語,
 * e.g. 左, 急性, の疑い) go in JP Core's prefix and postfix modifier extensions. A suspected diagnosis (疑い病名: the
 * postfix 「の疑い」) is unconfirmed, as JP-CLINS asks.
 */
final class ProblemSegment {

    private static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String PREFIX_MODIFIER =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_Condition_DiseasePrefixModifier";
    static final String POSTFIX_MODIFIER =
            "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/JP_Condition_DiseasePostfixModifier";
    private static final String MODIFIER_KEY_NUMBER = "http://medis.or.jp/CodeSystem/master-disease-modKeyNumber";
    private static final String MODIFIER_EXCHANGE_CODE = "http://medis.or.jp/CodeSystem/master-disease-modExCode";
    /** The MEDIS exchange code of the postfix 「の疑い」. */
    private static final String SUSPECTED = "8002";

    private final HospitalIdentity hospital;
    private final V2CodeSystems codeSystems;

    ProblemSegment(HospitalIdentity hospital, V2CodeSystems codeSystems) {
        this.hospital = hospital;
        this.codeSystems = codeSystems;
    }

    Condition from(V2Segment prb, Optional<V2Segment> zpr, Reference patient, boolean deleted) {
        Condition condition = new Condition();
        condition.getMeta().addProfile(JpCoreProfiles.CONDITION);
        prb.optional(4).ifPresent(instance -> condition.addIdentifier(
                new Identifier().setSystem(hospital.problemInstanceSystem()).setValue(instance)));
        condition.addCategory(new CodeableConcept().addCoding(new Coding(CATEGORY, "problem-list-item", null)));
        condition.setCode(code(prb, zpr));
        condition.setSubject(patient);
        prb.optional(16).ifPresent(onset -> condition.setOnset(V2Time.dateTime(prb, 16, onset)));
        prb.optional(7).ifPresent(recorded -> condition.setRecordedDateElement(V2Time.dateTime(prb, 7, recorded)));
        boolean enteredInError = deleted || prb.text(1).equals("DE");
        Optional<String> resolved = prb.optional(9).or(() -> prb.optional(15));
        // FHIR con-4 wants an abated condition to have a clinical status, con-5 forbids one when entered-in-error:
        // a withdrawn condition keeps no abatement.
        if (!enteredInError) {
            resolved.ifPresent(end -> condition.setAbatement(
                    V2Time.dateTime(prb, prb.optional(9).isPresent() ? 9 : 15, end)));
        }
        status(condition, enteredInError, suspected(condition.getCode()), resolved.isPresent(), prb.text(14));
        return condition;
    }

    private CodeableConcept code(V2Segment prb, Optional<V2Segment> zpr) {
        V2Code problem = prb.code(3);
        if (problem.isEmpty()) {
            throw prb.missing(3, "problem ID (病名)");
        }
        CodeableConcept code = codeSystems.conceptWithAlternate(prb, 3);
        zpr.ifPresent(extension -> {
            V2Code exchange = extension.code(5);
            if (!exchange.code().isEmpty()) {
                code.addCoding(new Coding(V2CodeSystems.MEDIS_DISEASE_EXCHANGE_CODE, exchange.code(),
                        blankToNull(exchange.text())));
            }
            addModifiers(code, extension, 1, 4, PREFIX_MODIFIER);
            addModifiers(code, extension, 3, 6, POSTFIX_MODIFIER);
        });
        V2Code icd10 = prb.code(10);
        if (!icd10.code().isEmpty()) {
            code.addCoding(codeSystems.coding(icd10));
        }
        // PRB-17 is the name as the clinician wrote it, modifiers included (e.g. 「胃炎の疑い」).
        prb.optional(17).ifPresent(code::setText);
        return code;
    }

    /**
     * ZPR modifiers, the n-th repetition of the key-number field and of the exchange-code field being one modifier
     * (ZPR-1 and ZPR-4 before the name, ZPR-3 and ZPR-6 after it).
     */
    private static void addModifiers(CodeableConcept code, V2Segment zpr, int keyField, int exchangeField, String url) {
        int count = Math.max(zpr.repetitions(keyField), zpr.repetitions(exchangeField));
        for (int rep = 0; rep < count; rep++) {
            CodeableConcept modifier = new CodeableConcept();
            V2Code exchange = zpr.code(exchangeField, rep);
            V2Code key = zpr.code(keyField, rep);
            if (!exchange.code().isEmpty()) {
                modifier.addCoding(new Coding(MODIFIER_EXCHANGE_CODE, exchange.code(), blankToNull(exchange.text())));
            }
            if (!key.code().isEmpty()) {
                modifier.addCoding(new Coding(MODIFIER_KEY_NUMBER, key.code(), blankToNull(key.text())));
            }
            String text = exchange.text().isEmpty() ? key.text() : exchange.text();
            if (!text.isEmpty()) {
                modifier.setText(text);
            }
            if (modifier.hasCoding()) {
                code.addExtension(url, modifier);
            }
        }
    }

    /** 疑い病名: the postfix 「の疑い」 by its MEDIS code, or the name as written ending in 疑い. */
    private static boolean suspected(CodeableConcept code) {
        boolean byCode = code.getExtensionsByUrl(POSTFIX_MODIFIER).stream()
                .flatMap(extension -> ((CodeableConcept) extension.getValue()).getCoding().stream())
                .anyMatch(coding -> MODIFIER_EXCHANGE_CODE.equals(coding.getSystem())
                        && SUSPECTED.equals(coding.getCode()));
        return byCode || code.hasText() && code.getText().endsWith("疑い");
    }

    private static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /**
     * Entered-in-error (deleted file or action DE) carries no clinical status (FHIR con-5). Otherwise a suspected
     * problem is unconfirmed, any other confirmed; a problem with a resolution date is resolved when the outcome
     * (PRB-14, HL7 0241) is R (治癒) and inactive for the other outcomes (死亡, 中止, 転医 …); without one it is active.
     */
    private static void status(Condition condition, boolean enteredInError, boolean suspected, boolean ended,
            String outcome) {
        if (enteredInError) {
            condition.setVerificationStatus(concept(VERIFICATION, "entered-in-error"));
            return;
        }
        condition.setVerificationStatus(concept(VERIFICATION, suspected ? "unconfirmed" : "confirmed"));
        String clinical = !ended ? "active" : outcome.equals("R") ? "resolved" : "inactive";
        condition.setClinicalStatus(concept(CLINICAL, clinical));
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept().addCoding(new Coding(system, code, null));
    }
}
