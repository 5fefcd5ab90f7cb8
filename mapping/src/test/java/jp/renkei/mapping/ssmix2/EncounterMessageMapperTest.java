package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterLocationStatus;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Location;
import org.junit.jupiter.api.Test;

class EncounterMessageMapperTest {

    private static final String ADMISSION_URL = "Encounter?identifier="
            + "http://renkei.jp/fhir/NamingSystem/ssmix2-admission/2211234567|9999013_20111120";

    private final Bundle admission = Fixtures.map(Fixtures.sample("ADT-22"));
    private final Bundle transfer = Fixtures.map(Fixtures.sample("ADT-42"));

    /** ADT-22 of the sample, now discharged: A03, PV1-45 discharge date and PV1-36 disposition added. */
    private static Ssmix2File discharge(String fileName) {
        return Fixtures.written(fileName,
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111225110000||ADT^A03^ADT_A03|20111225000001|P|2.5||||||~ISO IR87"
                        + "||ISO 2022-1994",
                "EVN||201112251100|||||SEND001",
                "PID|0001||9999013||患者^太郎^^^^^L^I~カンジャ^タロウ^^^^^L^P||19480405|M",
                "PV1|0001|I|32^302^1^^^N||||ishi01^医師一郎^^^^^^^^L^^^^^I|||01|||||||ishi01^医師一郎^^^^^^^^L^^^^^I"
                        + "|".repeat(19) + "01" + "|".repeat(8) + "201111201600|201112251000");
    }

    private static Encounter encounter(Bundle bundle) {
        List<Encounter> encounters = Fixtures.resources(bundle, Encounter.class);
        assertThat(encounters).hasSize(1);
        return encounters.get(0);
    }

    private static Bundle.BundleEntryComponent encounterEntry(Bundle bundle) {
        return bundle.getEntry().stream().filter(e -> e.getResource() instanceof Encounter).findFirst().orElseThrow();
    }

    @Test
    void admissionBecomesAnArrivedInpatientEncounterInItsBed() {
        Encounter encounter = encounter(admission);
        assertThat(encounter.getStatus()).isEqualTo(EncounterStatus.ARRIVED);
        assertThat(encounter.getClass_().getSystem()).isEqualTo("http://terminology.hl7.org/CodeSystem/v3-ActCode");
        assertThat(encounter.getClass_().getCode()).isEqualTo("IMP");
        assertThat(encounter.getPeriod().getStartElement().getValueAsString()).isEqualTo("2011-11-20T16:00:00+09:00");
        assertThat(encounter.getPeriod().hasEnd()).isFalse();
        assertThat(encounter.getServiceType().getCodingFirstRep().getCode()).isEqualTo("01");
        assertThat(encounter.getSubject().getReference()).isEqualTo(admission.getEntryFirstRep().getFullUrl());
        assertThat(encounter.getParticipant()).extracting(p -> p.getTypeFirstRep().getCodingFirstRep().getCode(),
                        p -> p.getIndividual().getIdentifier().getValue(), p -> p.getIndividual().getDisplay())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ATND", "ishi01", "医師一郎"),
                        org.assertj.core.groups.Tuple.tuple("ADM", "ishi01", "医師一郎"));
        assertThat(encounter.getLocation()).hasSize(1);
        Encounter.EncounterLocationComponent bed = encounter.getLocationFirstRep();
        assertThat(bed.getStatus()).isEqualTo(EncounterLocationStatus.ACTIVE);
        assertThat(bed.getPeriod().getStartElement().getValueAsString()).isEqualTo("2011-11-20T16:00:00+09:00");
        Location location = Fixtures.resources(admission, Location.class).get(0);
        assertThat(location.getIdentifierFirstRep().getValue()).isEqualTo("32^302^1");
        assertThat(location.getName()).isEqualTo("病棟 32 病室 302 病床 1");
        assertThat(bed.getLocation().getReference()).isEqualTo(admission.getEntry().get(1).getFullUrl());
    }

    @Test
    void admissionIsKeyedByPatientAndAdmissionDayAndBedsAndPatientAreOnlyCreatedWhenAbsent() {
        assertThat(admission.getEntry()).extracting(e -> e.getRequest().getMethod(), e -> e.getRequest().getUrl())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Bundle.HTTPVerb.POST, "Patient"),
                        org.assertj.core.groups.Tuple.tuple(Bundle.HTTPVerb.POST, "Location"),
                        org.assertj.core.groups.Tuple.tuple(Bundle.HTTPVerb.PUT, ADMISSION_URL));
        assertThat(admission.getEntry().get(1).getRequest().getIfNoneExist()).isEqualTo("identifier="
                + "http://renkei.jp/fhir/NamingSystem/ssmix2-location/2211234567|32%5E302%5E1");
    }

    @Test
    void transferMovesThePatientAndKeepsTheBedLeft() {
        Encounter encounter = encounter(transfer);
        assertThat(encounter.getStatus()).isEqualTo(EncounterStatus.INPROGRESS);
        assertThat(encounter.getClass_().getCode()).isEqualTo("IMP");
        assertThat(encounter.getServiceType().getCodingFirstRep().getCode()).isEqualTo("10");
        // The sample's ADT-42 has no PV1-44: nothing ties it to its admission, so it is keyed by its own record.
        assertThat(encounter.getPeriod().hasStart()).isFalse();
        assertThat(encounterEntry(transfer).getRequest().getUrl()).isEqualTo("Encounter?identifier="
                + "http://renkei.jp/fhir/NamingSystem/ssmix2-record/2211234567|9999013_20111220_ADT-42_999999999999999_10.PV1.1");
        List<Location> beds = Fixtures.resources(transfer, Location.class);
        assertThat(beds).extracting(l -> l.getIdentifierFirstRep().getValue()).containsExactly("32^302^1", "32^305^1");
        assertThat(encounter.getLocation()).extracting(Encounter.EncounterLocationComponent::getStatus,
                        l -> l.getPeriod().getStartElement().getValueAsString(),
                        l -> l.getPeriod().getEndElement().getValueAsString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EncounterLocationStatus.COMPLETED, null,
                                "2011-12-20T20:00:00+09:00"),
                        org.assertj.core.groups.Tuple.tuple(EncounterLocationStatus.ACTIVE,
                                "2011-12-20T20:00:00+09:00", null));
    }

    @Test
    void transferWithAnAdmissionDateUpdatesTheAdmission() {
        Ssmix2File file = Fixtures.written("9999013_20111220_ADT-42_999999999999999_20111220224447339_10_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111220224447||ADT^A02^ADT_A02|20111220000001|P|2.5",
                "EVN||201112202100||||201112202000|SEND001",
                "PID|0001||9999013||患者^太郎^^^^^L^I||19480405|M",
                "PV1|0001|I|32^305^1^^^N|||32^302^1^^^N|220^医師一郎|||10||||||||||||||||||||||||||||||||||"
                        + "201111201600");
        Bundle result = Fixtures.map(file);
        assertThat(encounterEntry(result).getRequest().getUrl()).isEqualTo(ADMISSION_URL);
        assertThat(encounter(result).getPeriod().getStartElement().getValueAsString())
                .isEqualTo("2011-11-20T16:00:00+09:00");
        assertThat(JpCoreValidation.errors(result)).isEmpty();
    }

    @Test
    void dischargeFinishesTheSameEncounter() {
        Bundle discharged = Fixtures.map(discharge("9999013_20111225_ADT-52_999999999999999_20111225110000000_01_1"));
        assertThat(encounterEntry(discharged).getRequest().getUrl()).isEqualTo(ADMISSION_URL);
        assertThat(encounterEntry(discharged).getFullUrl()).isEqualTo(encounterEntry(admission).getFullUrl());
        Encounter encounter = encounter(discharged);
        assertThat(encounter.getIdentifier()).extracting(i -> i.getSystem() + "|" + i.getValue())
                .containsExactlyElementsOf(encounter(admission).getIdentifier().stream()
                        .map(i -> i.getSystem() + "|" + i.getValue()).toList());
        assertThat(encounter.getStatus()).isEqualTo(EncounterStatus.FINISHED);
        assertThat(encounter.getPeriod().getStartElement().getValueAsString()).isEqualTo("2011-11-20T16:00:00+09:00");
        assertThat(encounter.getPeriod().getEndElement().getValueAsString()).isEqualTo("2011-12-25T10:00:00+09:00");
        assertThat(encounter.getHospitalization().getDischargeDisposition().getCodingFirstRep().getCode())
                .isEqualTo("01");
        assertThat(encounter.getLocationFirstRep().getStatus()).isEqualTo(EncounterLocationStatus.COMPLETED);
        assertThat(encounter.getLocationFirstRep().getPeriod().getEndElement().getValueAsString())
                .isEqualTo("2011-12-25T10:00:00+09:00");
        assertThat(JpCoreValidation.errors(discharged)).isEmpty();
    }

    @Test
    void attendingChangeIsAnInProgressEncounterOfTheAdmissionWithTheNewDoctorAndTheServerAppliesOnlyTheDoctors() {
        Bundle changed = Fixtures.map(Fixtures.written("9999013_20111130_ADT-01_999999999999999_20111130090000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111130090000||ADT^A54^ADT_A54|20111130000001|P|2.5||||||~ISO IR87"
                        + "||ISO 2022-1994",
                "EVN||201111300900|||||SEND001",
                "PID|0001||9999013||患者^太郎^^^^^L^I~カンジャ^タロウ^^^^^L^P||19480405|M",
                "PV1|0001|I|32^302^1^^^N||||ishi02^医師二郎^^^^^^^^L^^^^^I|||01" + "|".repeat(34) + "201111201600"));
        Encounter file = encounter(changed);
        assertThat(encounterEntry(changed).getRequest().getUrl()).isEqualTo(ADMISSION_URL);
        assertThat(file.getStatus()).isEqualTo(EncounterStatus.INPROGRESS);
        assertThat(file.getParticipant()).extracting(p -> p.getTypeFirstRep().getCodingFirstRep().getCode(),
                p -> p.getIndividual().getIdentifier().getValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ATND", "ishi02"));
        assertThat(JpCoreValidation.errors(changed)).isEmpty();

        Encounter discharged = encounter(Fixtures.map(discharge(
                "9999013_20111225_ADT-52_999999999999999_20111225110000000_01_1")));
        Encounter applied = AttendingChange.applyTo(discharged, file);
        assertThat(applied.getStatus()).isEqualTo(EncounterStatus.FINISHED);
        assertThat(applied.getPeriod().getEndElement().getValueAsString()).isEqualTo("2011-12-25T10:00:00+09:00");
        assertThat(applied.getLocationFirstRep().getStatus()).isEqualTo(EncounterLocationStatus.COMPLETED);
        assertThat(applied.getParticipant()).extracting(p -> p.getTypeFirstRep().getCodingFirstRep().getCode(),
                        p -> p.getIndividual().getIdentifier().getValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ADM", "ishi01"),
                        org.assertj.core.groups.Tuple.tuple("ATND", "ishi02"));
        assertThat(applied.getMeta().getSource()).isEqualTo(file.getMeta().getSource());
        assertThat(discharged.getParticipant()).as("the stored Encounter is not changed").hasSize(2);
    }

    @Test
    void anAttendingChangeThatNamesNoStayChangesNothing() {
        Bundle outpatient = Fixtures.map(Fixtures.written(
                "9999013_20111130_ADT-01_999999999999999_20111130100000000_01_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111130100000||ADT^A54^ADT_A54|20111130000002|P|2.5||||||~ISO IR87"
                        + "||ISO 2022-1994",
                "EVN||201111301000|||||SEND001",
                "PID|0001||9999013||患者^太郎^^^^^L^I||19480405|M",
                "PV1|0001|O|01^^^^^C||||ishi02^医師二郎^^^^^^^^L^^^^^I|||01"));

        assertThat(outpatient.getEntry()).extracting(e -> e.getResource().fhirType()).containsExactly("Patient");
    }

    @Test
    void deletedDischargeUndoesTheDischargeOnly() {
        Bundle cancelled = Fixtures.map(discharge("9999013_20111225_ADT-52_999999999999999_20111226090000000_01_0"));
        Encounter encounter = encounter(cancelled);
        assertThat(encounterEntry(cancelled).getRequest().getUrl()).isEqualTo(ADMISSION_URL);
        assertThat(encounter.getStatus()).isEqualTo(EncounterStatus.INPROGRESS);
        assertThat(encounter.getPeriod().hasEnd()).isFalse();
        assertThat(encounter.getHospitalization().hasDischargeDisposition()).isFalse();
        assertThat(encounter.getLocationFirstRep().getStatus()).isEqualTo(EncounterLocationStatus.ACTIVE);
        assertThat(JpCoreValidation.errors(cancelled)).isEmpty();
    }

    @Test
    void deletedAdmissionWithdrawsTheEncounter() {
        Bundle deleted = Fixtures.map(Fixtures.renamed(Fixtures.sample("ADT-22"),
                "9999013_20111120_ADT-22_999999999999999_20111221000000000_01_0"));
        assertThat(Fixtures.requestUrls(deleted)).isEqualTo(Fixtures.requestUrls(admission));
        assertThat(encounter(deleted).getStatus()).isEqualTo(EncounterStatus.ENTEREDINERROR);
        assertThat(JpCoreValidation.errors(deleted)).isEmpty();
    }

    @Test
    void theEncounterNamesItsFileAsSourceSoThatALaterFileCanBeToldFromAnEarlierOne() {
        HospitalIdentity hospital = new HospitalIdentity("2211234567");
        String source = encounter(admission).getMeta().getSource();

        assertThat(source).isEqualTo("http://renkei.jp/fhir/ssmix2-file/2211234567/"
                + "9999013_20111120_ADT-22_999999999999999_20111220224447339_01_1");
        // The server adds the request ID to what it stores.
        assertThat(SourceRecord.fileOf(hospital, source + "#a1b2c3")).map(Ssmix2FileName::timestamp)
                .contains("20111220224447339");
        assertThat(SourceRecord.fileOf(hospital, "http://example.org/ehr#x")).isEmpty();
        assertThat(SourceRecord.fileOf(new HospitalIdentity("1119900018"), source)).isEmpty();
    }

    @Test
    void outpatientReceptionBecomesAnArrivedAmbulatoryEncounterOfItsOwnRecord() {
        Bundle visit = Fixtures.map(Fixtures.writtenSample("ADT-12"));

        Encounter encounter = encounter(visit);
        assertThat(encounter.getStatus()).isEqualTo(EncounterStatus.ARRIVED);
        assertThat(encounter.getClass_().getCode()).isEqualTo("AMB");
        // EVN-6, when the patient was received, as the message has no PV1-44.
        assertThat(encounter.getPeriod().getStartElement().getValueAsString()).isEqualTo("2011-12-15T09:12:00+09:00");
        assertThat(encounter.getServiceType().getCodingFirstRep().getCode()).isEqualTo("01");
        assertThat(encounter.getParticipant()).singleElement().satisfies(doctor -> {
            assertThat(doctor.getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("ATND");
            assertThat(doctor.getIndividual().getIdentifier().getValue()).isEqualTo("110");
        });
        assertThat(encounter.getLocation()).isEmpty();
        assertThat(Fixtures.resources(visit, Location.class)).isEmpty();
        assertThat(encounterEntry(visit).getRequest().getUrl()).isEqualTo("Encounter?identifier="
                + "http://renkei.jp/fhir/NamingSystem/ssmix2-record/2211234567|"
                + "9999013_20111215_ADT-12_999999999999999_01.PV1.1");
        assertThat(JpCoreValidation.errors(visit)).isEmpty();
    }

    @Test
    void deletedOutpatientReceptionWithdrawsTheVisit() {
        Bundle deleted = Fixtures.map(Fixtures.renamed(Fixtures.writtenSample("ADT-12"),
                "9999013_20111215_ADT-12_999999999999999_20111215100000000_01_0"));

        assertThat(encounter(deleted).getStatus()).isEqualTo(EncounterStatus.ENTEREDINERROR);
        assertThat(JpCoreValidation.errors(deleted)).isEmpty();
    }

    @Test
    void everyResourceValidatesAgainstJpCore() {
        assertThat(JpCoreValidation.errors(admission)).isEmpty();
        assertThat(JpCoreValidation.errors(transfer)).isEmpty();
        assertThat(encounter(admission).getMeta().getProfile().get(0).getValue())
                .isEqualTo("http://jpfhir.jp/fhir/core/StructureDefinition/JP_Encounter");
    }

    @Test
    void mappingTheSameFileTwiceGivesTheSameBundle() {
        assertThat(Fixtures.json(Fixtures.map(Fixtures.sample("ADT-22"))))
                .isEqualTo(Fixtures.json(admission));
        assertThat(Fixtures.json(Fixtures.map(Fixtures.sample("ADT-42"))))
                .isEqualTo(Fixtures.json(transfer));
    }
}
