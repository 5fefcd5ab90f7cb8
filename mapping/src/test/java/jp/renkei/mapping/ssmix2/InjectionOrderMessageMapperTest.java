package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

class InjectionOrderMessageMapperTest {

    private static final String HOT9 = "urn:oid:1.2.392.200119.4.403.1";
    private static final String MERIT9 = "urn:oid:1.2.392.100495.20.2.101";
    private static final String RECORD = "http://renkei.jp/fhir/NamingSystem/ssmix2-record/2211234567";
    private static final String ORDER_ITEM = "http://renkei.jp/fhir/NamingSystem/ssmix2-order-item/2211234567";

    private final Bundle bundle = Fixtures.map(Fixtures.writtenSample("OMP-02"));

    private static List<MedicationRequest> requests(Bundle result) {
        return Fixtures.resources(result, MedicationRequest.class);
    }

    private static Medication medication(MedicationRequest request) {
        assertThat(request.getMedicationReference().getReference()).isEqualTo("#medication");
        return (Medication) request.getContained().get(0);
    }

    @Test
    void everyRxeIsAnInjectionRequestWithItsRxcDrugsAsIngredients() {
        assertThat(requests(bundle)).hasSize(2).allSatisfy(r -> {
            assertThat(r.getMeta().getProfile().get(0).getValue()).endsWith("/JP_MedicationRequest_Injection");
            assertThat(r.getStatus()).isEqualTo(MedicationRequestStatus.ACTIVE);
            assertThat(r.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.ORDER);
            assertThat(r.getAuthoredOnElement().getValueAsString()).isEqualTo("2011-07-01T07:30:00+09:00");
            assertThat(r.getRequester().getIdentifier().getValue()).isEqualTo("110");
            assertThat(r.getRecorder().getDisplay()).isEqualTo("入力者 花子");
            assertThat(r.getCategory()).extracting(c -> c.getCodingFirstRep().getCode()).containsExactly("I", "01");
            assertThat(r.getCategory().get(1).getText()).isEqualTo("一般");
        });
        Medication drip = medication(requests(bundle).get(0));
        assertThat(drip.getIngredient()).extracting(i -> i.getItemCodeableConcept().getCodingFirstRep().getSystem(),
                        i -> i.getItemCodeableConcept().getCodingFirstRep().getCode(),
                        i -> i.getItemCodeableConcept().getText(),
                        i -> i.getStrength().getNumerator().getValue().intValue(),
                        i -> i.getStrength().getNumerator().getCode(),
                        i -> i.getStrength().getNumerator().getUnit(),
                        i -> ((IntegerType) i.getExtensionByUrl(InjectionOrder.DRUG_NUMBER).getValue()).getValue())
                .containsExactly(tuple(HOT9, "620007329", "ソリタ−Ｔ３号輸液５００ｍＬ", 1, "HON", "本", 1),
                        tuple(HOT9, "620002559", "アドナ注（静脈用）50mg", 1, "AMP", "アンプル", 2));
        assertThat(drip.getIngredientFirstRep().getStrength().getNumerator().getSystem()).isEqualTo(MERIT9);
        assertThat(drip.getIngredientFirstRep().getStrength().getDenominator().getUnit()).isEqualTo("回");
        assertThat(medication(requests(bundle).get(1)).getIngredient()).extracting(
                i -> i.getItemCodeableConcept().getCodingFirstRep().getCode()).containsExactly("100558502");
    }

    @Test
    void totalAmountRateStartEndAndRouteComeFromRxeTq1AndRxr() {
        Dosage drip = requests(bundle).get(0).getDosageInstructionFirstRep();
        Dosage.DosageDoseAndRateComponent doseAndRate = drip.getDoseAndRateFirstRep();
        assertThat(doseAndRate.getDoseQuantity()).extracting(q -> q.getValue().intValue(), q -> q.getCode(),
                q -> q.getUnit(), q -> q.getSystem()).containsExactly(510, "ML", "mL", MERIT9);
        assertThat(doseAndRate.getRateQuantity()).extracting(q -> q.getValue().intValue(), q -> q.getCode(),
                q -> q.getUnit(), q -> q.getSystem()).containsExactly(102, "mL/h", "ｍＬ／時", "http://unitsofmeasure.org");
        Period bounds = drip.getTiming().getRepeat().getBoundsPeriod();
        assertThat(bounds.getStartElement().getValueAsString()).isEqualTo("2011-07-01T08:00:00+09:00");
        assertThat(bounds.getEndElement().getValueAsString()).isEqualTo("2011-07-01T13:00:00+09:00");
        assertThat(drip.getRoute().getCodingFirstRep().getCode()).isEqualTo("IV");
        assertThat(drip.getRoute().getText()).isEqualTo("静脈内");
        // IVP (点滴ポンプ) is RXR-3, the device (table 0164), which is not a method.
        assertThat(drip.hasMethod()).isFalse();

        Dosage oneShot = requests(bundle).get(1).getDosageInstructionFirstRep();
        assertThat(oneShot.getDoseAndRateFirstRep().hasRate()).isFalse();
        assertThat(oneShot.getDoseAndRateFirstRep().getDoseQuantity().getValue().intValue()).isEqualTo(2);
        assertThat(oneShot.getSite().getCodingFirstRep().getCode()).isEqualTo("LA");
        assertThat(oneShot.getSite().getText()).isEqualTo("左腕");
        assertThat(oneShot.getTiming().getRepeat().getBoundsPeriod().hasEnd()).isFalse();
    }

    @Test
    void identifiersAreTheRpTheOrderNumberTheOrderItemAndTheRecord() {
        MedicationRequest drip = requests(bundle).get(0);
        assertThat(drip.getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue()).containsExactly(
                DrugOrder.RP_NUMBER + "|123456789012345_01_001",
                DrugOrder.ORDER_IN_RP + "|1",
                "urn:oid:1.2.392.100495.20.3.11.12211234567|123456789012345",
                ORDER_ITEM + "|123456789012345.123456789012345_01_001.1",
                RECORD + "|9999013_20110701_OMP-02_123456789012345_01.RXE.123456789012345_01_001.1");
        assertThat(bundle.getEntry()).extracting(e -> e.getRequest().getUrl()).containsExactly("Patient",
                "MedicationRequest?identifier=" + RECORD
                        + "|9999013_20110701_OMP-02_123456789012345_01.RXE.123456789012345_01_001.1",
                "MedicationRequest?identifier=" + RECORD
                        + "|9999013_20110701_OMP-02_123456789012345_01.RXE.123456789012345_01_002.1");
    }

    @Test
    void everyResourceValidatesAgainstJpCore() {
        assertThat(JpCoreValidation.errors(bundle)).isEmpty();
    }

    @Test
    void mappingTheSameFileTwiceGivesTheSameBundle() {
        assertThat(Fixtures.json(Fixtures.map(Fixtures.writtenSample("OMP-02"))))
                .isEqualTo(Fixtures.json(bundle));
    }

    @Test
    void deletedFileWithdrawsTheRequests() {
        Bundle deleted = Fixtures.map(Fixtures.renamed(Fixtures.writtenSample("OMP-02"),
                "9999013_20110701_OMP-02_123456789012345_20110702000000000_01_0"));
        assertThat(Fixtures.requestUrls(deleted)).isEqualTo(Fixtures.requestUrls(bundle));
        assertThat(requests(deleted)).hasSize(2)
                .allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(MedicationRequestStatus.ENTEREDINERROR));
        assertThat(JpCoreValidation.errors(deleted)).isEmpty();
    }

    @Test
    void anInjectionWithoutRxcIsRefusedNamingTheRp() {
        Ssmix2File file = Fixtures.written("9999013_20110701_OMP-02_123456789012345_20110703000000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20110703000000||RDE^O11^RDE_O11|3|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "ORC|NW|123456789012345||7|||||20110703000000",
                "RXE||01^一般^99I02|2||ML^mL^MR9P",
                "RXR|IV^静脈内^HL70162");
        assertThatThrownBy(() -> Fixtures.map(file)).isInstanceOfSatisfying(MappingException.class, e -> {
            assertThat(e.fileName()).isEqualTo(file.fileName());
            assertThat(e.segment()).isEqualTo("RXC");
            assertThat(e.reason()).contains("RP 7");
        });
    }

    @Test
    void aDrugNamedInRxeItselfIsTheOneIngredientWhenThereIsNoRxc() {
        Bundle result = Fixtures.map(Fixtures.written("9999013_20110701_OMP-02_123456789012345_20110703000000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20110703000000||RDE^O11^RDE_O11|3|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "ORC|NW|123456789012345||8|||||20110703000000",
                "RXE||620007329^ソリタ－Ｔ３号輸液５００ｍＬ^HOT9|500||ML^mL^MR9P",
                "RXR|IV^静脈内^HL70162"));
        MedicationRequest request = requests(result).get(0);
        assertThat(medication(request).getIngredient()).extracting(i -> i.getItemCodeableConcept().getCodingFirstRep()
                        .getSystem(), i -> i.getItemCodeableConcept().getCodingFirstRep().getCode(),
                        i -> i.getStrength().getNumerator().getValue().toPlainString(),
                        i -> i.getStrength().getNumerator().getCode())
                .containsExactly(tuple(HOT9, "620007329", "500", "ML"));
        assertThat(request.getCategory()).as("RXE-2 is the drug, not the injection type").isEmpty();
        assertThat(JpCoreValidation.errors(result)).isEmpty();
    }

    @Test
    void anRxcWithoutAmountIsRefusedNamingTheField() {
        Ssmix2File file = Fixtures.written("9999013_20110701_OMP-02_123456789012345_20110703000000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20110703000000||RDE^O11^RDE_O11|3|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "ORC|NW|123456789012345||1|||||20110703000000",
                "RXE||01^一般^99I02",
                "RXC|B|100558502^ホリゾン注射液１０ｍｇ^HOT9||AMP^アンプル^MR9P");
        assertThatThrownBy(() -> Fixtures.map(file)).isInstanceOfSatisfying(MappingException.class, e -> {
            assertThat(e.segment()).isEqualTo("RXC");
            assertThat(e.field()).isEqualTo("RXC-3");
            assertThat(e.reason()).contains("成分量");
        });
    }
}
