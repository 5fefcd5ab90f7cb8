package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationRequest.MedicationRequestStatus;
import org.hl7.fhir.r4.model.Period;
import org.junit.jupiter.api.Test;

class PrescriptionMessageMapperTest {

    private static final String HOT9 = "urn:oid:1.2.392.200119.4.403.1";
    private static final String MERIT9 = "urn:oid:1.2.392.100495.20.2.101";

    private final Bundle bundle = Fixtures.map(Fixtures.sample("OMP-01"));

    private List<MedicationRequest> requests(Bundle result) {
        return Fixtures.resources(result, MedicationRequest.class);
    }

    @Test
    void everyRxeBecomesAMedicationRequestWithItsHot9Code() {
        assertThat(requests(bundle)).extracting(r -> r.getMedicationCodeableConcept().getCodingFirstRep().getSystem(),
                        r -> r.getMedicationCodeableConcept().getCodingFirstRep().getCode(),
                        r -> r.getMedicationCodeableConcept().getText())
                .containsExactly(tuple(HOT9, "108665201", "ダーゼン錠（５mg)"),
                        tuple(HOT9, "110626901", "パンスポリンＴ錠（１００mg)"),
                        tuple(HOT9, "100607002", "アレピアチン１０倍散"));
        assertThat(requests(bundle)).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(MedicationRequestStatus.ACTIVE);
            assertThat(r.getIntent()).isEqualTo(MedicationRequest.MedicationRequestIntent.ORDER);
            assertThat(r.getSubject().getReference()).isEqualTo(bundle.getEntryFirstRep().getFullUrl());
            assertThat(r.getAuthoredOnElement().getValueAsString()).isEqualTo("2011-07-01T10:30:45+09:00");
            assertThat(r.getRequester().getIdentifier().getValue()).isEqualTo("110");
            assertThat(r.getRequester().getDisplay()).isEqualTo("医師 一郎");
            assertThat(r.getRecorder().getIdentifier().getValue()).isEqualTo("058");
        });
    }

    @Test
    void doseDailyDoseUsageDurationAndRouteComeFromRxeTq1AndRxr() {
        MedicationRequest powder = requests(bundle).get(2);
        Dosage dosage = powder.getDosageInstructionFirstRep();
        Dosage.DosageDoseAndRateComponent doseAndRate = dosage.getDoseAndRateFirstRep();
        assertThat(doseAndRate.getDoseQuantity().getValue()).isEqualByComparingTo("50");
        assertThat(doseAndRate.getDoseQuantity().getCode()).isEqualTo("MG");
        assertThat(doseAndRate.getDoseQuantity().getUnit()).isEqualTo("ミリグラム");
        assertThat(doseAndRate.getDoseQuantity().getSystem()).isEqualTo(MERIT9);
        assertThat(doseAndRate.getRateRatio().getNumerator().getValue()).isEqualByComparingTo("100");
        assertThat(doseAndRate.getRateRatio().getNumerator().getCode()).isEqualTo("MG");
        assertThat(doseAndRate.getRateRatio().getDenominator().getCode()).isEqualTo("d");
        assertThat(dosage.getTiming().getCode().getCodingFirstRep().getSystem()).isEqualTo("urn:oid:1.2.392.200250.2.2.20");
        assertThat(dosage.getTiming().getCode().getCodingFirstRep().getCode()).isEqualTo("1012040400000000");
        assertThat(dosage.getText()).isEqualTo("内服・経口・１日２回朝夕食後");
        Duration days = (Duration) dosage.getExtensionByUrl(DrugOrder.USAGE_DURATION).getValue();
        assertThat(days.getValue()).isEqualByComparingTo("14");
        assertThat(days.getCode()).isEqualTo("d");
        assertThat(((Period) dosage.getExtensionByUrl(DrugOrder.PERIOD_OF_USE).getValue()).getStartElement()
                .getValueAsString()).isEqualTo("2011-07-01T00:00:00+09:00");
        assertThat(dosage.getRoute().getCodingFirstRep().getCode()).isEqualTo("PO");
        assertThat(dosage.getRoute().getCodingFirstRep().getSystem())
                .isEqualTo("http://jpfhir.jp/fhir/core/CodeSystem/route-codes");
        assertThat(powder.getDispenseRequest().getQuantity().getValue()).isEqualByComparingTo("1400");
        assertThat(powder.getDispenseRequest().getQuantity().getCode()).isEqualTo("MG");
        assertThat(powder.getDispenseRequest().getExpectedSupplyDuration().getValue()).isEqualByComparingTo("14");

        MedicationRequest tablets = requests(bundle).get(0);
        assertThat(tablets.getDosageInstructionFirstRep().getDoseAndRateFirstRep().getDoseQuantity())
                .extracting(q -> q.getValue().intValue(), q -> q.getCode(), q -> q.getUnit()).containsExactly(1, "TAB", "錠");
        assertThat(tablets.getDosageInstructionFirstRep().getTiming().getCode().getCodingFirstRep().getCode())
                .isEqualTo("1013044400000000");
        assertThat(tablets.getDispenseRequest().getQuantity().getValue()).isEqualByComparingTo("15");
    }

    @Test
    void identifiersAreTheRpNumberThePlaceInTheRpTheOrderNumberAndTheRecord() {
        assertThat(requests(bundle)).extracting(r -> r.getIdentifier().get(0).getSystem() + "|" + r.getIdentifier().get(0).getValue(),
                        r -> r.getIdentifier().get(1).getSystem() + "|" + r.getIdentifier().get(1).getValue())
                .containsExactly(tuple(DrugOrder.RP_NUMBER + "|1", DrugOrder.ORDER_IN_RP + "|1"),
                        tuple(DrugOrder.RP_NUMBER + "|1", DrugOrder.ORDER_IN_RP + "|2"),
                        tuple(DrugOrder.RP_NUMBER + "|2", DrugOrder.ORDER_IN_RP + "|1"));
        assertThat(requests(bundle).get(0).getIdentifier().get(2).getSystem())
                .isEqualTo("urn:oid:1.2.392.100495.20.3.11.12211234567");
        assertThat(requests(bundle).get(0).getIdentifier().get(2).getValue()).isEqualTo("000000011000185");
        assertThat(bundle.getEntry().subList(1, 4)).extracting(e -> e.getRequest().getUrl()).containsExactly(
                "MedicationRequest?identifier=http://renkei.jp/fhir/NamingSystem/ssmix2-record/2211234567"
                        + "|9999013_20110701_OMP-01_000000011000185_01.RXE.1.1",
                "MedicationRequest?identifier=http://renkei.jp/fhir/NamingSystem/ssmix2-record/2211234567"
                        + "|9999013_20110701_OMP-01_000000011000185_01.RXE.1.2",
                "MedicationRequest?identifier=http://renkei.jp/fhir/NamingSystem/ssmix2-record/2211234567"
                        + "|9999013_20110701_OMP-01_000000011000185_01.RXE.2.1");
        assertThat(bundle.getEntryFirstRep().getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
        assertThat(bundle.getEntryFirstRep().getRequest().getIfNoneExist()).endsWith("|9999013");
    }

    @Test
    void everyResourceValidatesAgainstJpCore() {
        assertThat(bundle.getEntry()).hasSize(4);
        assertThat(JpCoreValidation.errors(bundle)).isEmpty();
    }

    @Test
    void mappingTheSameFileTwiceGivesTheSameBundle() {
        assertThat(Fixtures.json(Fixtures.map(Fixtures.sample("OMP-01"))))
                .isEqualTo(Fixtures.json(bundle));
    }

    @Test
    void deletedFileWithdrawsTheRequests() {
        Bundle deleted = Fixtures.map(Fixtures.renamed(Fixtures.sample("OMP-01"),
                "9999013_20110701_OMP-01_000000011000185_20110702000000000_01_0"));
        assertThat(Fixtures.requestUrls(deleted)).isEqualTo(Fixtures.requestUrls(bundle));
        assertThat(requests(deleted)).hasSize(3)
                .allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(MedicationRequestStatus.ENTEREDINERROR));
        assertThat(JpCoreValidation.errors(deleted)).isEmpty();
    }

    @Test
    void cancelledOrderIsCancelled() {
        Ssmix2File file = Fixtures.written("9999013_20110701_OMP-01_000000011000185_20110703000000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20110703000000||RDE^O11^RDE_O11|2|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "ORC|CA|000000011000185||1|CA||||20110703000000",
                "RXE||108665201^ダーゼン錠（５mg)^HOT9|1||TAB^錠^MR9P|||||15|TAB^錠^MR9P"
                        + "|".repeat(21) + "20110701103045",
                "TQ1|1||1013044400000000&内服・経口・１日３回朝昼夕食後&JAMISDP01|||5^d");
        MedicationRequest request = requests(Fixtures.map(file)).get(0);
        assertThat(request.getStatus()).isEqualTo(MedicationRequestStatus.CANCELLED);
        // RXE-32, when sent, is the order's date rather than ORC-9 of this (cancelling) message.
        assertThat(request.getAuthoredOnElement().getValueAsString()).isEqualTo("2011-07-01T10:30:45+09:00");
        assertThat(request.hasRequester()).isFalse();
    }

    @Test
    void durationsAreCountedInDaysAndDrugCodesKeepTheirSystemsAndAlternates() {
        Ssmix2File file = Fixtures.written("9999013_20110701_OMP-01_000000011000186_20110701120000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20110701120000||RDE^O11^RDE_O11|3|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013^^^^PI||患者^太郎^^^^^L^I||19480405|M",
                "ORC|NW|000000011000186||1|||||20110701120000",
                "RXE||1086652010101^ダーゼン錠（５mg)^HOT13|1||TAB^錠^MR9P|||||15|TAB^錠^MR9P",
                "TQ1|1||1013044400000000&内服・経口・１日３回朝昼夕食後&JAMISDP01|||5^D",
                "ORC|NW|000000011000186||2|||||20110701120000",
                "RXE||D0815^ダーゼン錠５mg^99DRG^108665201^ダーゼン錠（５mg)^HOT9|1||TAB^錠^MR9P|||||42|TAB^錠^MR9P",
                "TQ1|1||1013044400000000&内服・経口・１日３回朝昼夕食後&JAMISDP01|||2^wk");
        Bundle bundle = Fixtures.map(file);
        assertThat(requests(bundle).get(1).getMedicationCodeableConcept().getCoding()).extracting(c -> c.getCode())
                .containsExactly("D0815", "108665201");
        assertThat(requests(bundle).get(0).getMedicationCodeableConcept().getCoding()).extracting(c -> c.getSystem())
                .containsExactly("urn:oid:1.2.392.200119.4.402.1");
        assertThat(requests(bundle)).extracting(
                        request -> request.getDispenseRequest().getExpectedSupplyDuration().getValue().toPlainString(),
                        request -> request.getDispenseRequest().getExpectedSupplyDuration().getCode(),
                        request -> ((Duration) request.getDosageInstructionFirstRep()
                                .getExtensionByUrl(DrugOrder.USAGE_DURATION).getValue()).getUnit())
                .containsExactly(tuple("5", "d", "日"), tuple("14", "d", "日"));
        assertThat(JpCoreValidation.newErrors(bundle)).isEmpty();
    }
}
