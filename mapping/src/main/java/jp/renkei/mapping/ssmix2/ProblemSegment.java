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
 * PRB-3 / ZPR-2), the MEDIS exchange code (病名交換用コード, ZPR-5) and ICD-10 (PRB-10).
 */
final class ProblemSegment {

    private static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    private static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    private static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";

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
        status(condition, enteredInError, resolved.isPresent(), prb.text(14));
        return condition;
    }

    private CodeableConcept code(V2Segment prb, Optional<V2Segment> zpr) {
        V2Code problem = prb.code(3);
        if (problem.isEmpty()) {
            throw prb.missing(3, "problem ID (病名)");
        }
        CodeableConcept code = codeSystems.concept(problem);
        zpr.ifPresent(extension -> {
            V2Code exchange = extension.code(5);
            if (!exchange.code().isEmpty()) {
                code.addCoding(new Coding(V2CodeSystems.MEDIS_DISEASE_EXCHANGE_CODE, exchange.code(),
                        exchange.text().isEmpty() ? null : exchange.text()));
            }
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
     * Entered-in-error (deleted file or action DE) carries no clinical status (FHIR con-5). Otherwise a problem with
     * a resolution date is resolved when the outcome (PRB-14, HL7 0241) is R (治癒) and inactive for the other
     * outcomes (死亡, 中止, 転医 …); without one it is active.
     */
    private static void status(Condition condition, boolean enteredInError, boolean ended, String outcome) {
        if (enteredInError) {
            condition.setVerificationStatus(concept(VERIFICATION, "entered-in-error"));
            return;
        }
        condition.setVerificationStatus(concept(VERIFICATION, "confirmed"));
        String clinical = !ended ? "active" : outcome.equals("R") ? "resolved" : "inactive";
        condition.setClinicalStatus(concept(CLINICAL, clinical));
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept().addCoding(new Coding(system, code, null));
    }
}
