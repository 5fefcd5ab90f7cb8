package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.hl7.fhir.r4.model.Specimen;
import org.junit.jupiter.api.Test;

class LabOrderMessageMapperTest {

    private static final String JLAC10 = "urn:oid:1.2.392.200119.4.504";
    private static final String LOCAL = "http://renkei.jp/fhir/CodeSystem/ssmix2-local/2211234567/";
    private static final String RECORD = "http://renkei.jp/fhir/NamingSystem/ssmix2-record/2211234567";
    private static final String KEY = RECORD + "|9999013_20111220_OML-01_000000011000354_15.";

    private final Bundle bundle = Fixtures.map(Fixtures.sample("OML-01"));

    private static List<ServiceRequest> requests(Bundle result) {
        return Fixtures.resources(result, ServiceRequest.class);
    }

    @Test
    void everyRequestedTestIsAServiceRequestWithItsJlac10AndLocalCode() {
        assertThat(requests(bundle)).extracting(r -> r.getCode().getCoding().get(0).getSystem(),
                        r -> r.getCode().getCoding().get(0).getCode(), r -> r.getCode().getText(),
                        r -> r.getCode().getCoding().get(1).getSystem(), r -> r.getCode().getCoding().get(1).getCode(),
                        r -> r.getCategoryFirstRep().getCodingFirstRep().getCode(), r -> r.getCategoryFirstRep().getText())
                .containsExactly(
                        tuple(JLAC10, "3A010000002327101", "総蛋白", LOCAL + "99X03", "10222", "E002", "生化学的検査"),
                        tuple(JLAC10, "3J010000002327101", "総ビリルビン", LOCAL + "99X03", "10213", "E002", "生化学的検査"),
                        tuple(JLAC10, "3B035000002327201", "GOT(AST)", LOCAL + "99X03", "10207", "E002", "生化学的検査"),
                        tuple(JLAC10, "3B050000002327201", "LDH", LOCAL + "99X03", "10206", "E002", "生化学的検査"),
                        tuple(JLAC10, "2B0300000022311", "ＰＴ", LOCAL + "99X03", "30046", "E001", "血液学的検査"),
                        tuple(JLAC10, "2B100000002231101", "Ｆｉｂ", LOCAL + "99X03", "30058", "E001", "血液学的検査"),
                        tuple(JLAC10, "2B120000002206201", "ＦＤＰ−Ｐ", LOCAL + "99X03", "30066", "E001", "血液学的検査"));
        assertThat(requests(bundle)).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(ServiceRequestStatus.ACTIVE);
            assertThat(r.getIntent()).isEqualTo(ServiceRequest.ServiceRequestIntent.ORDER);
            assertThat(r.getRequisition().getValue()).isEqualTo("000000011000354");
            assertThat(r.getRequisition().getSystem())
                    .isEqualTo("http://renkei.jp/fhir/NamingSystem/ssmix2-order/2211234567");
            assertThat(r.getAuthoredOnElement().getValueAsString()).isEqualTo("2011-12-20T18:33:01+09:00");
            assertThat(r.getRequester().getIdentifier().getValue()).isEqualTo("607");
            assertThat(r.getRequester().getDisplay()).isEqualTo("医師 一郎");
            assertThat(r.getSubject().getReference()).isEqualTo(bundle.getEntryFirstRep().getFullUrl());
        });
    }

    @Test
    void eachTestRefersToTheSpecimenOfItsGroup() {
        List<Specimen> specimens = Fixtures.resources(bundle, Specimen.class);
        assertThat(specimens).extracting(s -> s.getType().getCodingFirstRep().getCode(), s -> s.getType().getText(),
                        s -> s.getCollection().getCollectedDateTimeType().getValueAsString())
                .containsExactly(tuple("023", "血清", "2011-12-19T15:00:00+09:00"),
                        tuple("022", "血漿", "2011-12-19T15:00:00+09:00"));
        String serum = fullUrl(specimens.get(0));
        String plasma = fullUrl(specimens.get(1));
        assertThat(requests(bundle)).extracting(r -> r.getSpecimenFirstRep().getReference())
                .containsExactly(serum, serum, serum, serum, plasma, plasma, plasma);
    }

    @Test
    void keysAreTheRecordTheObrsPlaceAndTheObxSetId() {
        // Both OBRs have set ID 1: the OBR's place in the message keeps the two requests apart.
        assertThat(bundle.getEntry()).extracting(e -> e.getRequest().getUrl()).containsExactly("Patient",
                "Specimen?identifier=" + KEY + "SPM.1",
                "ServiceRequest?identifier=" + KEY + "OBR.1.OBX.1", "ServiceRequest?identifier=" + KEY + "OBR.1.OBX.2",
                "ServiceRequest?identifier=" + KEY + "OBR.1.OBX.3", "ServiceRequest?identifier=" + KEY + "OBR.1.OBX.4",
                "Specimen?identifier=" + KEY + "SPM.2",
                "ServiceRequest?identifier=" + KEY + "OBR.2.OBX.1", "ServiceRequest?identifier=" + KEY + "OBR.2.OBX.2",
                "ServiceRequest?identifier=" + KEY + "OBR.2.OBX.3");
    }

    @Test
    void everyResourceValidatesAgainstJpCore() {
        assertThat(JpCoreValidation.errors(bundle)).isEmpty();
    }

    @Test
    void mappingTheSameFileTwiceGivesTheSameBundle() {
        assertThat(Fixtures.json(Fixtures.map(Fixtures.sample("OML-01"))))
                .isEqualTo(Fixtures.json(bundle));
    }

    @Test
    void deletedFileWithdrawsTheRequestsAndSpecimens() {
        Bundle deleted = Fixtures.map(Fixtures.renamed(Fixtures.sample("OML-01"),
                "9999013_20111220_OML-01_000000011000354_20111221000000000_15_0"));
        assertThat(Fixtures.requestUrls(deleted)).isEqualTo(Fixtures.requestUrls(bundle));
        assertThat(requests(deleted)).hasSize(7)
                .allSatisfy(r -> assertThat(r.getStatus()).isEqualTo(ServiceRequestStatus.ENTEREDINERROR));
        assertThat(Fixtures.resources(deleted, Specimen.class)).allSatisfy(
                s -> assertThat(s.getStatus()).isEqualTo(Specimen.SpecimenStatus.ENTEREDINERROR));
        assertThat(JpCoreValidation.errors(deleted)).isEmpty();
    }

    @Test
    void aCancelledOrderWithoutTestsIsRevokedUnderItsTestSet() {
        Ssmix2File file = Fixtures.written("9999013_20111220_OML-01_000000011000354_20111221090000000_15_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111221090000||OML^O33^OML_O33|2|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013||患者^太郎^^^^^L^I||19700405|M",
                "ORC|CA|000000011000354|||||||20111221090000",
                "OBR|1|000000011000354||E001^血液学的検査^99O03|||20111219150000||||||||"
                        + "|607^医師一郎^^^^^^^^L^^^^^I");
        ServiceRequest request = requests(Fixtures.map(file)).get(0);
        assertThat(request.getStatus()).isEqualTo(ServiceRequestStatus.REVOKED);
        assertThat(request.getCode().getCodingFirstRep().getCode()).isEqualTo("E001");
        assertThat(request.hasCategory()).isFalse();
        assertThat(request.getOccurrencePeriod().getStartElement().getValueAsString())
                .isEqualTo("2011-12-19T15:00:00+09:00");
        // No ORC-12: OBR-16, the ordering provider JAMI also maps.
        assertThat(request.getRequester().getIdentifier().getValue()).isEqualTo("607");
        assertThat(request.hasSpecimen()).isFalse();
    }

    @Test
    void anObrWithoutTestSetIsRefusedNamingTheField() {
        Ssmix2File file = Fixtures.written("9999013_20111220_OML-01_000000011000354_20111221090000000_15_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111221090000||OML^O33^OML_O33|2|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013||患者^太郎^^^^^L^I||19700405|M",
                "ORC|NW|000000011000354|||||||20111221090000",
                "OBR|1|000000011000354",
                "OBX|1||3A010000002327101^総蛋白^JC10||||||||O");
        assertThatThrownBy(() -> Fixtures.map(file)).isInstanceOfSatisfying(MappingException.class, e -> {
            assertThat(e.fileName()).isEqualTo(file.fileName());
            assertThat(e.segment()).isEqualTo("OBR");
            assertThat(e.field()).isEqualTo("OBR-4");
            assertThat(e.reason()).contains("検査項目ID").contains("missing");
        });
    }

    private String fullUrl(Specimen specimen) {
        return bundle.getEntry().stream().filter(e -> e.getResource() == specimen).findFirst().orElseThrow().getFullUrl();
    }
}
