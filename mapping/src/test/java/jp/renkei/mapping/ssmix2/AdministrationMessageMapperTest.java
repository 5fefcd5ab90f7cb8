package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** OMP-11 from the messages written for Renkei, OMP-12 from the sample storage. */
class AdministrationMessageMapperTest {

    private static final String HOT9 = "urn:oid:1.2.392.200119.4.403.1";
    private static final String MERIT9 = "urn:oid:1.2.392.100495.20.2.101";
    private static final String RECORD = "http://renkei.jp/fhir/NamingSystem/ssmix2-record/2211234567";
    private static final String ORDER_ITEM = "http://renkei.jp/fhir/NamingSystem/ssmix2-order-item/2211234567";

    private final Bundle oral = Fixtures.map(Fixtures.writtenSample("OMP-11"));
    private final Bundle injection = Fixtures.map(Fixtures.sample("OMP-12"));

    private static List<MedicationAdministration> administrations(Bundle result) {
        return Fixtures.resources(result, MedicationAdministration.class);
    }

    @Test
    void everyRxaOfAPrescriptionIsAnAdministrationOfItsDrug() {
        List<MedicationAdministration> given = administrations(oral);
        assertThat(given).extracting(a -> a.getMeta().getProfile().get(0).getValue(),
                        a -> a.getMedicationCodeableConcept().getCodingFirstRep().getSystem(),
                        a -> a.getMedicationCodeableConcept().getCodingFirstRep().getCode(),
                        a -> a.getMedicationCodeableConcept().getText(), MedicationAdministration::getStatus,
                        a -> a.getDosage().getDose().getValue().intValue(), a -> a.getDosage().getDose().getCode(),
                        a -> a.getDosage().getDose().getUnit())
                .containsExactly(
                        tuple(JpCoreProfiles.MEDICATION_ADMINISTRATION, HOT9, "108665201", "ダーゼン錠（５mg)",
                                MedicationAdministrationStatus.COMPLETED, 1, "TAB", "錠"),
                        tuple(JpCoreProfiles.MEDICATION_ADMINISTRATION, HOT9, "110626901", "パンスポリンＴ錠（１００mg)",
                                MedicationAdministrationStatus.COMPLETED, 2, "TAB", "錠"),
                        tuple(JpCoreProfiles.MEDICATION_ADMINISTRATION, HOT9, "100607002", "アレピアチン１０倍散",
                                MedicationAdministrationStatus.NOTDONE, 0, "MG", "ミリグラム"));
        MedicationAdministration first = given.get(0);
        assertThat(first.getEffectivePeriod().getStartElement().getValueAsString())
                .isEqualTo("2011-11-21T08:05:00+09:00");
        assertThat(first.getDosage().getDose().getSystem()).isEqualTo(MERIT9);
        assertThat(first.getDosage().getRoute().getCodingFirstRep().getCode()).isEqualTo("PO");
        assertThat(first.getPerformerFirstRep().getActor().getIdentifier().getValue()).isEqualTo("200");
        assertThat(first.getPerformerFirstRep().getActor().getDisplay()).isEqualTo("看護 花子");
        assertThat(first.getNoteFirstRep().getText()).isEqualTo("朝食後に服用確認");
        assertThat(first.getCategory().getCodingFirstRep().getCode()).isEqualTo("I");
        assertThat(((Reference) first.getExtensionByUrl(AdministrationRecord.REQUESTER).getValue()).getDisplay())
                .isEqualTo("医師 一郎");
        assertThat(((DateTimeType) first.getExtensionByUrl(AdministrationRecord.REQUEST_AUTHORED_ON).getValue())
                .getValueAsString()).isEqualTo("2011-11-20T15:02:10+09:00");
        assertThat(given.get(2).getEffectivePeriod().hasEnd()).isFalse();
        assertThat(given.get(2).getNoteFirstRep().getText()).isEqualTo("嘔気のため服用せず");
    }

    @Test
    void aPrescriptionAdministrationRefersToItsDrugInTheOrder() {
        assertThat(administrations(oral)).extracting(a -> a.getRequest().getType(),
                        a -> a.getRequest().getIdentifier().getSystem() + "|" + a.getRequest().getIdentifier().getValue())
                .containsExactly(tuple("MedicationRequest", ORDER_ITEM + "|000000011000290.1.1"),
                        tuple("MedicationRequest", ORDER_ITEM + "|000000011000290.1.2"),
                        tuple("MedicationRequest", ORDER_ITEM + "|000000011000290.2.1"));
        // The same identifier an OMP-01 of that order gives its MedicationRequest for RP 1, second drug.
        Ssmix2File order = Fixtures.written("9999013_20111120_OMP-01_000000011000290_20111120150210000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111120150210||RDE^O11^RDE_O11|1|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "ORC|NW|000000011000290||1|||||20111120150210",
                "RXE||108665201^ダーゼン錠（５mg)^HOT9|1||TAB^錠^MR9P",
                "RXE||110626901^パンスポリンＴ錠（１００mg)^HOT9|2||TAB^錠^MR9P");
        MedicationRequest second = Fixtures.resources(Fixtures.map(order), MedicationRequest.class).get(1);
        assertThat(second.getIdentifier()).anySatisfy(identifier ->
                assertThat(identifier.equalsDeep(administrations(oral).get(1).getRequest().getIdentifier())).isTrue());
    }

    @Test
    void anInjectionAdministrationContainsItsDrugAndGivesTheRate() {
        List<MedicationAdministration> given = administrations(injection);
        assertThat(given).hasSize(2).allSatisfy(a -> {
            assertThat(a.getMeta().getProfile().get(0).getValue())
                    .isEqualTo(JpCoreProfiles.MEDICATION_ADMINISTRATION_INJECTION);
            assertThat(a.getStatus()).isEqualTo(MedicationAdministrationStatus.COMPLETED);
            assertThat(a.getEffectivePeriod().getStartElement().getValueAsString()).isEqualTo("2011-07-01T08:05:21+09:00");
            assertThat(a.getEffectivePeriod().getEndElement().getValueAsString()).isEqualTo("2011-07-01T13:05:43+09:00");
            assertThat(a.getDosage().getRateQuantity()).extracting(q -> q.getValue().intValue(), q -> q.getCode(),
                    q -> q.getSystem()).containsExactly(102, "mL/h", "http://unitsofmeasure.org");
            assertThat(a.getDosage().getRoute().getCodingFirstRep().getCode()).isEqualTo("IV");
            assertThat(a.getNoteFirstRep().getText()).isEqualTo("左手に実施");
            assertThat(a.getMedicationReference().getReference()).isEqualTo("#medication");
        });
        assertThat(given).extracting(a -> {
            Medication drug = (Medication) a.getContained().get(0);
            return tuple(drug.getIngredientFirstRep().getItemCodeableConcept().getCodingFirstRep().getCode(),
                    drug.getIngredientFirstRep().getStrength().getNumerator().getCode(), a.getDosage().getDose().getUnit());
        }).containsExactly(tuple("620007329", "HON", "本"), tuple("620002559", "AMP", "アンプル"));
    }

    @Test
    void anInjectionAdministrationRefersToTheInjectionOrderWrittenForIt() {
        MedicationRequest order = Fixtures.resources(Fixtures.map(Fixtures.writtenSample("OMP-02")),
                MedicationRequest.class).get(0);
        Identifier orderItem = order.getIdentifier().stream()
                .filter(identifier -> identifier.getSystem().equals(ORDER_ITEM)).findFirst().orElseThrow();
        assertThat(administrations(injection)).allSatisfy(a ->
                assertThat(a.getRequest().getIdentifier().equalsDeep(orderItem)).isTrue());
    }

    @Test
    void keysAreTheRecordTheRpAndThePlaceInTheRp() {
        assertThat(oral.getEntry()).extracting(e -> e.getRequest().getUrl()).containsExactly("Patient",
                "MedicationAdministration?identifier=" + RECORD + "|9999013_20111121_OMP-11_000000011000290_01.RXA.1.1",
                "MedicationAdministration?identifier=" + RECORD + "|9999013_20111121_OMP-11_000000011000290_01.RXA.1.2",
                "MedicationAdministration?identifier=" + RECORD + "|9999013_20111121_OMP-11_000000011000290_01.RXA.2.1");
        assertThat(administrations(injection).get(1).getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue())
                .containsExactly(DrugOrder.RP_NUMBER + "|123456789012345_01_001", DrugOrder.ORDER_IN_RP + "|2",
                        RECORD + "|9999013_20110701_OMP-12_123456789012345_01.RXA.123456789012345_01_001.2");
    }

    @Test
    void everyResourceValidatesAgainstJpCore() {
        assertThat(JpCoreValidation.errors(oral)).isEmpty();
        assertThat(JpCoreValidation.errors(injection)).isEmpty();
    }

    @Test
    void mappingTheSameFileTwiceGivesTheSameBundle() {
        assertThat(Fixtures.json(Fixtures.map(Fixtures.writtenSample("OMP-11"))))
                .isEqualTo(Fixtures.json(oral));
        assertThat(Fixtures.json(Fixtures.map(Fixtures.sample("OMP-12"))))
                .isEqualTo(Fixtures.json(injection));
    }

    @Test
    void deletedFilesWithdrawTheAdministrations() {
        Bundle deletedOral = Fixtures.map(Fixtures.renamed(Fixtures.writtenSample("OMP-11"),
                "9999013_20111121_OMP-11_000000011000290_20111122000000000_01_0"));
        Bundle deletedInjection = Fixtures.map(Fixtures.renamed(Fixtures.sample("OMP-12"),
                "9999013_20110701_OMP-12_123456789012345_20110702000000000_01_0"));
        assertThat(Fixtures.requestUrls(deletedOral)).isEqualTo(Fixtures.requestUrls(oral));
        assertThat(Fixtures.requestUrls(deletedInjection)).isEqualTo(Fixtures.requestUrls(injection));
        assertThat(administrations(deletedOral)).hasSize(3).allSatisfy(
                a -> assertThat(a.getStatus()).isEqualTo(MedicationAdministrationStatus.ENTEREDINERROR));
        assertThat(administrations(deletedInjection)).hasSize(2).allSatisfy(
                a -> assertThat(a.getStatus()).isEqualTo(MedicationAdministrationStatus.ENTEREDINERROR));
        assertThat(JpCoreValidation.errors(deletedOral)).isEmpty();
    }

    @Test
    void anRxaWithoutStartIsRefusedNamingTheField() {
        Ssmix2File file = Fixtures.written("9999013_20111121_OMP-11_000000011000290_20111121090000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111121090000||RAS^O17^RAS_O17|4|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "ORC|NW|000000011000290||1|||||20111120150210",
                "RXA|0|1|||108665201^ダーゼン錠（５mg)^HOT9|1|TAB^錠^MR9P",
                "RXR|PO^口^HL70162");
        assertThatThrownBy(() -> Fixtures.map(file)).isInstanceOfSatisfying(MappingException.class, e -> {
            assertThat(e.fileName()).isEqualTo(file.fileName());
            assertThat(e.segment()).isEqualTo("RXA");
            assertThat(e.field()).isEqualTo("RXA-3");
            assertThat(e.reason()).contains("投薬開始日時").contains("missing");
        });
    }

    @Test
    void anInjectionAmountWithoutUnitIsRefusedNamingTheField() {
        Ssmix2File file = Fixtures.written("9999013_20110701_OMP-12_123456789012345_20110701140000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20110701140000||RAS^O17^RAS_O17|5|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "ORC|NW|123456789012345||123456789012345_01_002|||||20110701073000",
                "RXA|0|1|20110701100000||100558502^ホリゾン注射液１０ｍｇ^HOT9|1",
                "RXR|IV^静脈内^HL70162");
        assertThatThrownBy(() -> Fixtures.map(file)).isInstanceOfSatisfying(MappingException.class, e -> {
            assertThat(e.segment()).isEqualTo("RXA");
            assertThat(e.field()).isEqualTo("RXA-7");
        });
    }
}
