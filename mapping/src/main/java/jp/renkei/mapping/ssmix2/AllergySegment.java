package jp.renkei.mapping.ssmix2;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceCategory;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceSeverity;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;

/**
 * AL1 (ADT-00) and IAM (ADT-61, アレルギー情報) → JP_AllergyIntolerance, after JAMI's ConceptMaps
 * segment-adt-00-al1-to-allergyintolerance and segment-adt-61-iam-to-allergyintolerance and table maps v2-0127
 * (category) and v2-0128 (severity). Fields 1-5 mean the same in both segments.
 */
final class AllergySegment {

    private static final String CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    private static final String VERIFICATION = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
    /** JAMI: a reaction without coded or written manifestation still needs one; this says it is absent. */
    private static final String NO_REACTION_TEXT = "アレルギー反応情報なし";

    private final V2CodeSystems codeSystems;

    AllergySegment(V2CodeSystems codeSystems) {
        this.codeSystems = codeSystems;
    }

    AllergyIntolerance fromAl1(V2Segment al1, Reference patient, boolean deleted) {
        AllergyIntolerance allergy = common(al1, patient);
        al1.optional(6).ifPresent(date -> allergy.setRecordedDateElement(V2Time.dateTime(al1, 6, date)));
        status(allergy, deleted, "", "");
        return allergy;
    }

    AllergyIntolerance fromIam(V2Segment iam, Reference patient, boolean deleted) {
        AllergyIntolerance allergy = common(iam, patient);
        switch (iam.text(9)) {
            case "AL" -> allergy.setType(AllergyIntolerance.AllergyIntoleranceType.ALLERGY);
            case "IN" -> allergy.setType(AllergyIntolerance.AllergyIntoleranceType.INTOLERANCE);
            default -> { }
        }
        if (iam.optional(11).isPresent()) {
            allergy.setOnset(V2Time.dateTime(iam, 11, iam.text(11)));
        } else {
            iam.optional(12).ifPresent(text -> allergy.setOnset(new org.hl7.fhir.r4.model.StringType(text)));
        }
        iam.optional(13).ifPresent(date -> allergy.setRecordedDateElement(V2Time.dateTime(iam, 13, date)));
        status(allergy, deleted, iam.text(6), iam.text(17));
        return allergy;
    }

    private AllergyIntolerance common(V2Segment segment, Reference patient) {
        AllergyIntolerance allergy = new AllergyIntolerance();
        allergy.getMeta().addProfile(JpCoreProfiles.ALLERGY_INTOLERANCE);
        allergy.setPatient(patient);
        category(segment.text(2)).ifPresent(allergy::addCategory);
        V2Code code = segment.code(3);
        if (code.isEmpty()) {
            throw segment.missing(3, "allergen (アレルゲン情報)");
        }
        allergy.setCode(codeSystems.conceptWithAlternate(segment, 3));
        String severity = segment.text(4);
        String reaction = segment.text(5);
        if (!severity.isEmpty() || !reaction.isEmpty()) {
            AllergyIntolerance.AllergyIntoleranceReactionComponent component = allergy.addReaction();
            component.addManifestation(new CodeableConcept().setText(reaction.isEmpty() ? NO_REACTION_TEXT : reaction));
            if (!reaction.isEmpty()) {
                component.setDescription(reaction);
            }
            switch (severity) {
                case "MI" -> component.setSeverity(AllergyIntoleranceSeverity.MILD);
                case "MO" -> component.setSeverity(AllergyIntoleranceSeverity.MODERATE);
                case "SV" -> component.setSeverity(AllergyIntoleranceSeverity.SEVERE);
                default -> { }
            }
        }
        return allergy;
    }

    /** v2-0127 → category; MA (miscellaneous) and MC (contraindication) have no FHIR category. */
    private static java.util.Optional<AllergyIntoleranceCategory> category(String code) {
        return java.util.Optional.ofNullable(switch (code) {
            case "DA" -> AllergyIntoleranceCategory.MEDICATION;
            case "FA" -> AllergyIntoleranceCategory.FOOD;
            case "EA", "PA", "LA" -> AllergyIntoleranceCategory.ENVIRONMENT;
            case "AA" -> AllergyIntoleranceCategory.BIOLOGIC;
            default -> null;
        });
    }

    /**
     * A deleted file or IAM-6 action D (削除) or IAM-17 E (erroneous) makes the allergy entered-in-error, which FHIR
     * (ait-1/ait-2) forbids to carry a clinical status. IAM-17 C is confirmed, U/P/S/D unconfirmed.
     */
    private static void status(AllergyIntolerance allergy, boolean deleted, String actionCode, String clinicalStatus) {
        if (deleted || actionCode.equals("D") || clinicalStatus.equals("E")) {
            allergy.setVerificationStatus(concept(VERIFICATION, "entered-in-error"));
            return;
        }
        allergy.setClinicalStatus(concept(CLINICAL, "active"));
        switch (clinicalStatus) {
            case "C" -> allergy.setVerificationStatus(concept(VERIFICATION, "confirmed"));
            case "U", "P", "S", "D" -> allergy.setVerificationStatus(concept(VERIFICATION, "unconfirmed"));
            default -> { }
        }
    }

    private static CodeableConcept concept(String system, String code) {
        return new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(system, code, null));
    }
}
