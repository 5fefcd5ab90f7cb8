package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceCategory;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceSeverity;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class AllergyMessageMapperTest {

    private final Bundle bundle = Fixtures.map(Fixtures.sample("ADT-61"));

    @Test
    void everyIamBecomesAnAllergyWithCodeCategorySeverityAndOnset() {
        List<AllergyIntolerance> allergies = Fixtures.resources(bundle, AllergyIntolerance.class);
        assertThat(allergies).extracting(a -> a.getCode().getCodingFirstRep().getCode(),
                        a -> a.getCode().getCodingFirstRep().getDisplay(), a -> a.getCode().getCodingFirstRep().getSystem())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("5A1002216023023", "スギ", "urn:oid:1.2.392.200119.4.504"),
                        org.assertj.core.groups.Tuple.tuple("5A1002411023006", "ソバ", "urn:oid:1.2.392.200119.4.504"),
                        org.assertj.core.groups.Tuple.tuple("5A1102700023023", "ハウスダスト", "urn:oid:1.2.392.200119.4.504"),
                        org.assertj.core.groups.Tuple.tuple("106824501", "アリナミン", "urn:oid:1.2.392.200119.4.403.1"));
        assertThat(allergies).extracting(a -> a.getCategory().get(0).getValue()).containsExactly(
                AllergyIntoleranceCategory.ENVIRONMENT, AllergyIntoleranceCategory.FOOD,
                AllergyIntoleranceCategory.ENVIRONMENT, AllergyIntoleranceCategory.MEDICATION);
        AllergyIntolerance soba = allergies.get(1);
        assertThat(soba.getReactionFirstRep().getSeverity()).isEqualTo(AllergyIntoleranceSeverity.MODERATE);
        assertThat(soba.getReactionFirstRep().getManifestationFirstRep().getText()).isEqualTo("湿疹");
        assertThat(soba.getOnsetStringType().getValue()).isEqualTo("小学校低学年の頃");
        assertThat(allergies.get(0).getOnsetDateTimeType().getValueAsString()).isEqualTo("1996-01");
        assertThat(allergies.get(3).getOnsetDateTimeType().getValueAsString()).isEqualTo("2007-07-10");
        assertThat(allergies).allSatisfy(a -> {
            assertThat(a.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
            assertThat(a.getPatient().getReference()).isEqualTo(bundle.getEntryFirstRep().getFullUrl());
        });
    }

    @Test
    void patientIsOnlyCreatedWhenAbsent() {
        Bundle.BundleEntryComponent entry = bundle.getEntryFirstRep();
        Patient patient = (Patient) entry.getResource();
        // The sample's PID-3 (12345678) differs from its file name's patient (9999013): PID-3 is followed.
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("12345678");
        assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("山田");
        assertThat(entry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
        assertThat(entry.getRequest().getIfNoneExist()).endsWith("|12345678");
    }

    @Test
    void allergiesAreKeyedByRecordAndSetId() {
        assertThat(bundle.getEntry().get(2).getRequest().getUrl()).isEqualTo("AllergyIntolerance?identifier="
                + "http://renkei.jp/fhir/NamingSystem/ssmix2-record/2211234567|9999013_-_ADT-61_999999999999999_-.IAM.2");
    }

    @Test
    void everyResourceValidatesAgainstJpCore() {
        assertThat(bundle.getEntry()).hasSize(5);
        assertThat(JpCoreValidation.errors(bundle)).isEmpty();
    }

    @Test
    void mappingTheSameFileTwiceGivesTheSameBundle() {
        assertThat(Fixtures.json(Fixtures.map(Fixtures.sample("ADT-61"))))
                .isEqualTo(Fixtures.json(bundle));
    }

    @Test
    void deletedFileMakesTheAllergiesEnteredInError() {
        Ssmix2File valid = Fixtures.sample("ADT-61");
        Bundle deleted = Fixtures.map(Fixtures.renamed(valid,
                "9999013_-_ADT-61_999999999999999_20111101000000000_-_0"));
        assertThat(Fixtures.requestUrls(deleted)).isEqualTo(Fixtures.requestUrls(bundle));
        assertThat(Fixtures.resources(deleted, AllergyIntolerance.class)).hasSize(4).allSatisfy(a -> {
            assertThat(a.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("entered-in-error");
            assertThat(a.hasClinicalStatus()).isFalse();
        });
        assertThat(JpCoreValidation.errors(deleted)).isEmpty();
    }

    @Test
    void deleteActionCodeAndConfirmationStatusAreHonoured() {
        Ssmix2File file = Fixtures.written("9999013_-_ADT-61_999999999999999_20111014232213000_-_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111014232213||ADT^A60^ADT_A60|1|P|2.5||||||~ISO IR87||ISO2022-1994",
                "EVN||20111013232213",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "IAM|1|DA^薬剤アレルギー^HL70127|1^ペニシリン^99XYZ|SV^重度^HL70128||A^追加^HL70323|||AL||||||||C",
                "IAM|2|FA^食物アレルギー^HL70127|2^卵^99XYZ|||D^削除^HL70323");
        Bundle result = Fixtures.map(file);
        List<AllergyIntolerance> allergies = Fixtures.resources(result, AllergyIntolerance.class);
        assertThat(allergies.get(0).getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("confirmed");
        assertThat(allergies.get(0).getType()).isEqualTo(AllergyIntolerance.AllergyIntoleranceType.ALLERGY);
        assertThat(allergies.get(0).getReactionFirstRep().getManifestationFirstRep().getText())
                .isEqualTo("アレルギー反応情報なし");
        assertThat(allergies.get(1).getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("entered-in-error");
        assertThat(JpCoreValidation.errors(result)).isEmpty();
    }
}
