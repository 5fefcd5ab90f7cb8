package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.junit.jupiter.api.Test;

class DiagnosisMessageMapperTest {

    private static final String KEY_NUMBER = "http://medis.or.jp/CodeSystem/master-disease-keyNumber";
    private static final String EXCHANGE_CODE = "http://medis.or.jp/CodeSystem/master-disease-exCode";
    private static final String ICD10 = "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full";

    private final Bundle bundle = Fixtures.map(Fixtures.sample("PPR-01"));

    @Test
    void prbAndZprBecomeAConditionWithMedisAndIcd10Codes() {
        Condition condition = Fixtures.resources(bundle, Condition.class).get(0);
        assertThat(condition.getCode().getCoding()).extracting(Coding::getSystem, Coding::getCode, Coding::getDisplay)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(KEY_NUMBER, "20054174", "胃炎"),
                        org.assertj.core.groups.Tuple.tuple(EXCHANGE_CODE, "TSQF", "胃炎"),
                        org.assertj.core.groups.Tuple.tuple(ICD10, "K297", null));
        assertThat(condition.getCode().getText()).isEqualTo("胃炎");
        assertThat(condition.getOnsetDateTimeType().getValueAsString()).isEqualTo("2011-08-31");
        assertThat(condition.getRecordedDateElement().getValueAsString()).isEqualTo("2011-08-31");
        assertThat(condition.getAbatementDateTimeType().getValueAsString()).isEqualTo("2011-09-15");
        // Ended with outcome N (回復せず): no longer active, but not cured.
        assertThat(condition.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("inactive");
        assertThat(condition.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("confirmed");
        assertThat(condition.getIdentifier()).extracting(i -> i.getValue())
                .contains("123456789012345", "9999013_-_PPR-01_999999999999999_01.PRB.1");
        assertThat(condition.getSubject().getReference()).isEqualTo(bundle.getEntryFirstRep().getFullUrl());
    }

    @Test
    void zprModifiersGoInJpCoreExtensionsAndTheSuspectedPostfixMakesTheDiagnosisUnconfirmed() {
        Bundle suspected = Fixtures.map(Fixtures.written("9999013_-_PPR-01_123456789012346_20111210100000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111210100000||PPR^ZD1^PPR_ZD1|5|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "PRB|AD|20111210|20054174^胃炎^MDCDX2|123456789012346|||20111210"
                        + "|".repeat(10) + "急性胃炎の疑い",
                "ZPR|2056000^急性^MDCDX2|20054174^胃炎^MDCDX2|8002000^の疑い^MDCDX2|1053^急性^MDCDX2"
                        + "|TSQF^胃炎^MDCDX2|8002^の疑い^MDCDX2",
                "PRB|AD|20111210|20063495^高血圧症^MDCDX2|123456789012347|||20111210",
                "ZPR||20063495^高血圧症^MDCDX2"));
        List<Condition> conditions = Fixtures.resources(suspected, Condition.class);
        Condition gastritis = conditions.get(0);
        assertThat(gastritis.getCode().getText()).isEqualTo("急性胃炎の疑い");
        assertThat(gastritis.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("unconfirmed");
        assertThat(gastritis.getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
        assertThat(modifier(gastritis, ProblemSegment.PREFIX_MODIFIER))
                .containsExactly("master-disease-modExCode|1053|急性", "master-disease-modKeyNumber|2056000|急性");
        assertThat(modifier(gastritis, ProblemSegment.POSTFIX_MODIFIER))
                .containsExactly("master-disease-modExCode|8002|の疑い", "master-disease-modKeyNumber|8002000|の疑い");
        Condition hypertension = conditions.get(1);
        assertThat(hypertension.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("confirmed");
        assertThat(hypertension.getCode().hasExtension()).isFalse();
        assertThat(JpCoreValidation.newErrors(suspected)).isEmpty();
    }

    private static List<String> modifier(Condition condition, String url) {
        return ((org.hl7.fhir.r4.model.CodeableConcept) condition.getCode().getExtensionByUrl(url).getValue())
                .getCoding().stream()
                .map(c -> c.getSystem().substring(c.getSystem().lastIndexOf('/') + 1) + "|" + c.getCode() + "|"
                        + c.getDisplay())
                .toList();
    }

    @Test
    void everyResourceValidatesAgainstJpCore() {
        assertThat(bundle.getEntry()).hasSize(2);
        assertThat(JpCoreValidation.errors(bundle)).isEmpty();
    }

    @Test
    void mappingTheSameFileTwiceGivesTheSameBundle() {
        assertThat(Fixtures.json(Fixtures.map(Fixtures.sample("PPR-01"))))
                .isEqualTo(Fixtures.json(bundle));
    }

    @Test
    void deletedFileMakesTheConditionEnteredInError() {
        Ssmix2File valid = Fixtures.sample("PPR-01");
        Bundle deleted = Fixtures.map(Fixtures.renamed(valid, valid.fileName().replaceAll("_1$", "_0")));
        Condition condition = Fixtures.resources(deleted, Condition.class).get(0);
        assertThat(condition.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("entered-in-error");
        assertThat(condition.hasClinicalStatus()).isFalse();
        assertThat(deleted.getEntry().get(1).getRequest().getUrl()).isEqualTo(bundle.getEntry().get(1).getRequest().getUrl());
        assertThat(JpCoreValidation.errors(deleted)).isEmpty();
    }

    /** No sample has several diagnoses: each ZPR must go with the PRB before it, and outcomes differ. */
    @Test
    void severalProblemsPairWithTheirZprAndCarryTheirOutcome() {
        Ssmix2File file = Fixtures.written("9999013_-_PPR-01_999999999999999_20120110090000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20120110090000||PPR^ZD1^PPR_ZD1|1|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I~カンジャ^タロウ^^^^^L^P||19480405|M",
                "PRB|AD|20120105|20063225^高血圧症^MDCDX2|000000000000001|||20120105|||||||||20111201|高血圧症",
                "ZPR||20063225^高血圧症^MDCDX2|||EBDB^高血圧症^MDCDX2",
                "PRB|AD|20120105|20054174^胃炎^MDCDX2|000000000000002|||20111001||20111220|K297^^I10||||R^治癒^HL70241|||胃炎",
                "ZPR||20054174^胃炎^MDCDX2|||TSQF^胃炎^MDCDX2",
                "PRB|DE|20120105|20061120^感冒^MDCDX2|000000000000003|||20111101|||J00^^I10");
        Bundle result = Fixtures.map(file);
        List<Condition> conditions = Fixtures.resources(result, Condition.class);
        assertThat(conditions).hasSize(3);
        assertThat(conditions).extracting(c -> c.getCode().getCoding().stream()
                        .filter(coding -> coding.getSystem().equals(EXCHANGE_CODE)).map(Coding::getCode).toList())
                .containsExactly(List.of("EBDB"), List.of("TSQF"), List.of());
        assertThat(conditions.get(0).getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("active");
        assertThat(conditions.get(0).getOnsetDateTimeType().getValueAsString()).isEqualTo("2011-12-01");
        assertThat(conditions.get(1).getClinicalStatus().getCodingFirstRep().getCode()).isEqualTo("resolved");
        assertThat(conditions.get(2).getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("entered-in-error");
        assertThat(result.getEntry().subList(1, 4)).extracting(e -> e.getRequest().getUrl())
                .allSatisfy(url -> assertThat(url).contains("9999013_-_PPR-01_999999999999999_01.PRB."))
                .doesNotHaveDuplicates();
        assertThat(JpCoreValidation.errors(result)).isEmpty();
    }
}
