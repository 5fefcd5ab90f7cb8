package jp.renkei.mapping.ssmix2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.api.Test;

class PatientMessageMapperTest {

    private static final String PATIENT_SYSTEM = "urn:oid:1.2.392.100495.20.3.51.12211234567";
    private final Bundle bundle = Fixtures.map(Fixtures.sample("ADT-00"));

    @Test
    void patientHasKanjiAndKanaNamesSexBirthDateAddressAndPhones() {
        Patient patient = Fixtures.resources(bundle, Patient.class).get(0);
        assertThat(patient.getMeta().getProfile().get(0).getValue())
                .isEqualTo("http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient");
        assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(PATIENT_SYSTEM);
        assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("9999013");
        assertThat(patient.getName()).extracting(HumanName::getFamily, HumanName::getGivenAsSingleString,
                        name -> name.getExtensionByUrl(V2Name.REPRESENTATION).getValue().primitiveValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("患者", "太郎", "IDE"),
                        org.assertj.core.groups.Tuple.tuple("カンジャ", "タロウ", "SYL"));
        assertThat(patient.getGender()).isEqualTo(AdministrativeGender.MALE);
        assertThat(patient.getBirthDateElement().getValueAsString()).isEqualTo("1948-04-05");
        assertThat(patient.getAddressFirstRep().getText()).isEqualTo("静岡県静岡市登呂１−３−５");
        assertThat(patient.getAddressFirstRep().getPostalCode()).isEqualTo("422-8033");
        assertThat(patient.getTelecom()).extracting(ContactPoint::getValue, ContactPoint::getUse).containsExactly(
                org.assertj.core.groups.Tuple.tuple("054-000-0000", ContactPoint.ContactPointUse.HOME),
                org.assertj.core.groups.Tuple.tuple("03-5999-9999", null),
                org.assertj.core.groups.Tuple.tuple("03-3599-9993", ContactPoint.ContactPointUse.WORK));
    }

    @Test
    void nk1BecomesAContactWithRelationshipAddressPhonesAndEmployer() {
        Patient.ContactComponent contact = Fixtures.resources(bundle, Patient.class).get(0).getContactFirstRep();
        // The sample's NK1 is the patient (SEL 本人) at a second address, with an employer.
        assertThat(contact.getName().getText()).isEqualTo("患者 太郎");
        assertThat(contact.getRelationshipFirstRep().getCodingFirstRep())
                .extracting(coding -> coding.getSystem(), coding -> coding.getCode(), coding -> coding.getDisplay())
                .containsExactly("http://terminology.hl7.org/CodeSystem/v2-0063", "SEL", "本人");
        assertThat(contact.getAddress().getText()).isEqualTo("静岡県静岡市登呂１−３−５");
        assertThat(contact.getTelecom()).extracting(ContactPoint::getValue, ContactPoint::getUse).containsExactly(
                org.assertj.core.groups.Tuple.tuple("054-000-0000", ContactPoint.ContactPointUse.HOME),
                org.assertj.core.groups.Tuple.tuple("03-3599-9993", ContactPoint.ContactPointUse.WORK));
        assertThat(contact.getOrganization().getDisplay()).isEqualTo("鹿ノ門商事株式会社");
    }

    @Test
    void everyNk1WithSomeoneToReachIsAContact() {
        Bundle family = Fixtures.map(Fixtures.written("9999013_-_ADT-00_999999999999999_20111221090000000_-_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111221090000||ADT^A08^ADT_A01|3|P|2.5||||||~ISO IR87||ISO2022-1994",
                "PID|0001||9999013||患者^太郎^^^^^L^I~カンジャ^タロウ^^^^^L^P||19480405|M",
                "NK1|1|患者^花子^^^^^L^I~カンジャ^ハナコ^^^^^L^P|SPO^配偶者^HL70063||^PRN^CP^^^^^^^^^090-1234-5678",
                "NK1|2||CHD^子^HL70063",
                "NK1|3|患者^一郎^^^^^L^I|CHD^子^HL70063|^^^^1050003^JPN^H^東京都港区虎ノ門１−１"));
        Patient patient = Fixtures.resources(family, Patient.class).get(0);

        assertThat(patient.getContact()).as("an NK1 with no name, address or phone is nobody to reach").hasSize(2);
        assertThat(patient.getContact()).extracting(contact -> contact.getName().getFamily()
                        + contact.getName().getGivenAsSingleString(),
                        contact -> contact.getRelationshipFirstRep().getCodingFirstRep().getCode())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("患者花子", "SPO"),
                        org.assertj.core.groups.Tuple.tuple("患者一郎", "CHD"));
        assertThat(patient.getContact().get(0).getTelecomFirstRep().getUse())
                .isEqualTo(ContactPoint.ContactPointUse.MOBILE);
        assertThat(patient.getContact().get(1).getAddress().getPostalCode()).isEqualTo("1050003");
        assertThat(JpCoreValidation.errors(family)).isEmpty();
    }

    @Test
    void patientIsUpdatedConditionallyAndOthersReferToItsEntry() {
        Bundle.BundleEntryComponent patientEntry = bundle.getEntryFirstRep();
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(patientEntry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
        assertThat(patientEntry.getRequest().getUrl()).isEqualTo("Patient?identifier=" + PATIENT_SYSTEM + "|9999013");
        assertThat(patientEntry.getFullUrl()).startsWith("urn:uuid:");
        Observation height = Fixtures.resources(bundle, Observation.class).get(0);
        assertThat(height.getSubject().getReference()).isEqualTo(patientEntry.getFullUrl());
        assertThat(bundle.getEntry()).allSatisfy(entry -> assertThat(entry.getRequest().getUrl())
                .startsWith(entry.getResource().fhirType() + "?identifier="));
    }

    @Test
    void heightWeightAndBloodTypeBecomeObservations() {
        var observations = Fixtures.resources(bundle, Observation.class);
        assertThat(observations).hasSize(3);
        Quantity height = observations.get(0).getValueQuantity();
        assertThat(observations.get(0).getCode().getCodingFirstRep().getCode()).isEqualTo("9N001000000000001");
        assertThat(observations.get(0).getCode().getCodingFirstRep().getSystem()).isEqualTo("urn:oid:1.2.392.200119.4.504");
        assertThat(height.getValue()).isEqualByComparingTo("167.8");
        assertThat(height.getCode()).isEqualTo("cm");
        assertThat(height.getSystem()).isEqualTo("http://unitsofmeasure.org");
        assertThat(observations.get(0).getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("vital-signs");
        assertThat(observations.get(1).getValueQuantity().getValue()).isEqualByComparingTo("63.5");
        assertThat(observations.get(2).getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("A");
        assertThat(observations.get(2).getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("laboratory");
        assertThat(observations).allSatisfy(o -> assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL));
    }

    @Test
    void al1BecomesAllergyAndIn1Coverage() {
        AllergyIntolerance allergy = Fixtures.resources(bundle, AllergyIntolerance.class).get(0);
        assertThat(allergy.getCategory().get(0).getValue())
                .isEqualTo(AllergyIntolerance.AllergyIntoleranceCategory.MEDICATION);
        assertThat(allergy.getCode().getCodingFirstRep().getCode()).isEqualTo("1");
        assertThat(allergy.getCode().getCodingFirstRep().getDisplay()).isEqualTo("ペニシリン");
        assertThat(allergy.getCode().getCodingFirstRep().getSystem())
                .isEqualTo("http://renkei.jp/fhir/CodeSystem/ssmix2-local/2211234567/99XYZ");
        Coverage coverage = Fixtures.resources(bundle, Coverage.class).get(0);
        assertThat(coverage.getType().getCodingFirstRep().getCode()).isEqualTo("67");
        assertThat(coverage.getType().getText()).isEqualTo("国民健康保険退職者");
        assertThat(coverage.getPayorFirstRep().getIdentifier().getValue()).isEqualTo("67999991");
        assertThat(coverage.getPeriod().getStartElement().getValueAsString()).isEqualTo("2009-12-01");
        assertThat(coverage.getRelationship().getCodingFirstRep().getCode()).isEqualTo("self");
        assertThat(coverage.getStatus()).isEqualTo(Coverage.CoverageStatus.ACTIVE);
    }

    @Test
    void everyResourceValidatesAgainstJpCore() {
        assertThat(bundle.getEntry()).hasSize(6);
        assertThat(JpCoreValidation.errors(bundle)).isEmpty();
    }

    @Test
    void theValidatorDoesFindErrors() {
        // Guards the check above: JP_Patient requires an identifier.
        Patient patient = Fixtures.resources(bundle, Patient.class).get(0).copy();
        patient.setIdentifier(null);
        assertThat(JpCoreValidation.errors(patient)).isNotEmpty();
    }

    @Test
    void mappingTheSameFileTwiceGivesTheSameBundle() {
        Bundle again = Fixtures.map(Fixtures.sample("ADT-00"));
        assertThat(Fixtures.json(again)).isEqualTo(Fixtures.json(bundle));
    }

    @Test
    void deletedFileWithdrawsTheResourcesButLeavesThePatient() {
        Ssmix2File valid = Fixtures.sample("ADT-00");
        Bundle deleted = Fixtures.map(Fixtures.renamed(valid, valid.fileName().replaceAll("_1$", "_0")));
        Bundle.BundleEntryComponent patientEntry = deleted.getEntryFirstRep();
        assertThat(patientEntry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
        assertThat(patientEntry.getRequest().getIfNoneExist()).isEqualTo("identifier=" + PATIENT_SYSTEM + "|9999013");
        // Same conditional URLs as the valid file's, so they reach the resources it made.
        assertThat(deleted.getEntry().subList(1, 6)).extracting(entry -> entry.getRequest().getUrl())
                .containsExactlyElementsOf(bundle.getEntry().subList(1, 6).stream()
                        .map(entry -> entry.getRequest().getUrl()).toList());
        assertThat(Fixtures.resources(deleted, Observation.class)).allSatisfy(
                o -> assertThat(o.getStatus()).isEqualTo(Observation.ObservationStatus.ENTEREDINERROR));
        AllergyIntolerance allergy = Fixtures.resources(deleted, AllergyIntolerance.class).get(0);
        assertThat(allergy.getVerificationStatus().getCodingFirstRep().getCode()).isEqualTo("entered-in-error");
        assertThat(allergy.hasClinicalStatus()).isFalse();
        assertThat(Fixtures.resources(deleted, Coverage.class).get(0).getStatus())
                .isEqualTo(Coverage.CoverageStatus.ENTEREDINERROR);
        assertThat(JpCoreValidation.errors(deleted)).isEmpty();
    }

    @Test
    void dateOfDeathOrDeathIndicatorMakesThePatientDeceased() {
        String pid = "PID|0001||9999013||患者^太郎^^^^^L^I||19480405|M" + "|".repeat(21);
        Patient died = patientOf(pid + "202401150830|Y");
        assertThat(died.getDeceasedDateTimeType().getValueAsString()).isEqualTo("2024-01-15T08:30:00+09:00");
        assertThat(patientOf(pid + "|Y").getDeceasedBooleanType().booleanValue()).isTrue();
        assertThat(patientOf(pid + "|N").getDeceasedBooleanType().booleanValue()).isFalse();
        assertThat(Fixtures.resources(Fixtures.map(Fixtures.sample("ADT-00")), Patient.class).get(0).hasDeceased())
                .isFalse();
        assertThatThrownBy(() -> patientOf(pid + "|X")).isInstanceOfSatisfying(MappingException.class,
                e -> assertThat(e.field()).isEqualTo("PID-30"));
    }

    private static Patient patientOf(String pid) {
        Bundle bundle = Fixtures.map(Fixtures.written("9999013_-_ADT-00_999999999999999_20240115090000000_-_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20240115090000||ADT^A08^ADT_A01|4|P|2.5||||||~ISO IR87||ISO2022-1994",
                pid));
        assertThat(JpCoreValidation.errors(bundle)).isEmpty();
        return Fixtures.resources(bundle, Patient.class).get(0);
    }

    @Test
    void missingPatientIdIsReported() {
        Ssmix2File file = Fixtures.written("9999013_-_ADT-00_999999999999999_20111220224447339_-_1",
                "MSH|^~\\&|HIS123|SEND|GW|RCV|20111220224447||ADT^A08^ADT_A01|1|P|2.5||||||~ISO IR87||ISO 2022-1994",
                "EVN||201112202100",
                "PID|0001||||患者^太郎^^^^^L^I||19480405|M");
        assertThatThrownBy(() -> Fixtures.map(file)).isInstanceOfSatisfying(MappingException.class, e -> {
            assertThat(e.fileName()).isEqualTo(file.fileName());
            assertThat(e.segment()).isEqualTo("PID");
            assertThat(e.field()).isEqualTo("PID-3");
            assertThat(e.reason()).contains("patient ID");
        });
    }
}
