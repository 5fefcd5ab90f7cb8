package jp.renkei.mapping.liaison;

import static jp.renkei.mapping.liaison.LiaisonRecords.ISSUED;
import static jp.renkei.mapping.liaison.LiaisonRecords.kobayashi;
import static jp.renkei.mapping.liaison.LiaisonRecords.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import jp.renkei.profiles.LiaisonSectionTable;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Composition.SectionComponent;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LiaisonSheetBuilderTest {

    private static final LiaisonSectionTable TABLE = LiaisonSectionTable.fromRenkeiPackage(LiaisonRecords.FHIR);
    private static final LiaisonSheetBuilder BUILDER = new LiaisonSheetBuilder(TABLE);

    /** What each section of 小林 一郎's sheet refers to, whichever kind gets the section. */
    private static final Map<String, List<String>> EXPECTED_ENTRIES = Map.ofEntries(
            Map.entry("condition", List.of("Condition/liaison-copd", "Condition/liaison-diabetes",
                    "Condition/liaison-mrsa", "Encounter/liaison-admission-2026",
                    "DocumentReference/liaison-discharge-summary")),
            Map.entry("medical-procedures", List.of("Procedure/liaison-oxygen")),
            Map.entry("adl", List.of("Observation/liaison-bedridden")),
            Map.entry("medications", List.of("MedicationRequest/liaison-tiotropium",
                    "MedicationStatement/liaison-own-medication")),
            Map.entry("allergies-infections", List.of("AllergyIntolerance/liaison-penicillin",
                    "Condition/liaison-mrsa")),
            Map.entry("cognition-communication", List.of("Observation/liaison-dementia")),
            Map.entry("family", List.of("RelatedPerson/liaison-son", "RelatedPerson/liaison-wife")),
            Map.entry("care-level-services", List.of("Observation/liaison-care-level", "CareTeam/liaison-care-team")),
            Map.entry("explanation", List.of("Communication/liaison-explanation")),
            Map.entry("support-points", List.of("CarePlan/liaison-support-plan", "Goal/liaison-goal-long")),
            Map.entry("emergency-contacts", List.of("RelatedPerson/liaison-wife", "Organization/liaison-office")),
            Map.entry("next-appointment", List.of("Appointment/liaison-next-visit")));

    /** Values of the record that the section's narrative must show. */
    private static final Map<String, List<String>> EXPECTED_NARRATIVE = Map.ofEntries(
            Map.entry("condition", List.of("慢性閉塞性肺疾患（COPD）急性増悪", "発症 2026年11月2日", "2型糖尿病（疑い）",
                    "入院 2026年11月2日 10:40〜（入院中）", "呼吸困難の増悪", "退院時サマリー 2026年11月24日 17:00")),
            Map.entry("medical-procedures", List.of("在宅酸素療法", "安静時 1 L/分、労作時 2 L/分（鼻カニューラ）")),
            Map.entry("adl", List.of("障害高齢者の日常生活自立度: A2", "評価日 2026年11月20日", "屋内は伝い歩き")),
            Map.entry("medications", List.of("スピリーバ吸入用カプセル18μg 1回1カプセル 1日1回 朝 吸入",
                    "妻が一包化した薬を管理", "酸化マグネシウム錠330mg 1回1錠 1日3回 毎食後")),
            Map.entry("allergies-infections", List.of("ペニシリン系抗菌薬 症状: 発疹", "MRSA保菌（喀痰）")),
            Map.entry("cognition-communication", List.of("認知症高齢者の日常生活自立度: Ⅱa", "難聴のため大きめの声で話す")),
            Map.entry("family", List.of("小林 和子（妻・キーパーソン） 電話 090-1234-5678", "小林 誠（長男（県外在住））")),
            Map.entry("care-level-services", List.of("要介護度: 要介護2 有効期間 2026年3月1日〜2027年2月28日",
                    "小林 一郎様 退院支援チーム", "退院調整看護師 加藤 由美", "担当介護支援専門員 さくら居宅介護支援事業所")),
            Map.entry("explanation", List.of("2026年11月22日 14:00", "妻は機器の操作に不安あり")),
            Map.entry("support-points", List.of("支援計画書（退院支援）", "SpO2 90% 未満が続くときは主治医へ連絡",
                    "訪問看護 呼吸状態の観察と酸素機器の管理 つばさ訪問看護ステーション 退院翌週から 週2回",
                    "長期目標: 在宅酸素療法を続けながら妻と自宅で暮らし続ける 期日 2027年5月31日")),
            Map.entry("emergency-contacts", List.of("小林 和子（妻・キーパーソン） 電話 090-1234-5678",
                    "青葉総合病院 地域医療連携室 電話 048-999-1050")),
            Map.entry("next-appointment", List.of("2026年12月9日 10:00 退院後初回外来（ひかり内科クリニック）")));

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void sheetForEachKindValidatesAgainstTheProfile(RecipientKind kind) {
        Bundle sheet = BUILDER.build(kobayashi(), request(kind));

        assertThat(SheetValidation.errors(sheet)).as("errors of %s", SheetValidation.json(sheet)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void sheetHoldsExactlyTheTablesSectionsInCodeSystemOrder(RecipientKind kind) {
        Composition composition = composition(BUILDER.build(kobayashi(), request(kind)));

        List<String> codes = composition.getSection().stream().map(LiaisonSheetBuilderTest::code).toList();
        assertThat(codes).containsExactlyInAnyOrderElementsOf(TABLE.sectionsFor(kind.code()));
        assertThat(codes).isSortedAccordingTo((a, b) -> Integer.compare(order(a), order(b)));
        composition.getSection().forEach(section -> assertThat(section.getTitle()).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void sectionsReferToTheRightResourcesAndNarrateTheirValues(RecipientKind kind) {
        Bundle sheet = BUILDER.build(kobayashi(), request(kind));
        Map<String, String> keys = keysByFullUrl(kind);

        for (SectionComponent section : composition(sheet).getSection()) {
            assertThat(section.getEntry().stream().map(entry -> keys.get(entry.getReference())).toList())
                    .as("entries of %s", code(section)).containsExactlyElementsOf(EXPECTED_ENTRIES.get(code(section)));
            assertThat(section.hasEmptyReason()).isFalse();
            assertThat(section.getText().getDivAsString()).as("narrative of %s", code(section))
                    .contains(EXPECTED_NARRATIVE.get(code(section)));
        }
    }

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void headerNamesKindRecipientPatientAndSender(RecipientKind kind) {
        Bundle sheet = BUILDER.build(kobayashi(), request(kind));
        Composition composition = composition(sheet);
        Map<String, String> keys = keysByFullUrl(kind);

        assertThat(sheet.getEntryFirstRep().getResource()).isSameAs(composition);
        assertThat(sheet.getIdentifier().getSystem()).isEqualTo("urn:ietf:rfc:3986");
        assertThat(sheet.getTimestamp().toInstant()).isEqualTo(ISSUED);
        assertThat(composition.getDate().toInstant()).isEqualTo(ISSUED);
        assertThat(((Coding) composition.getExtensionByUrl(LiaisonSectionTable.RECIPIENT_KIND_EXTENSION).getValue())
                .getCode()).isEqualTo(kind.code());
        assertThat(keys.get(((Reference) composition.getExtensionByUrl(LiaisonSectionTable.RECIPIENT_EXTENSION).getValue())
                .getReference())).isEqualTo("Organization/" + request(kind).recipient().getIdPart());
        assertThat(keys.get(composition.getSubject().getReference())).isEqualTo("Patient/liaison-patient-01");
        assertThat(keys.get(composition.getAuthorFirstRep().getReference())).isEqualTo("Organization/liaison-office");
        assertThat(composition.getTitle()).isEqualTo("連携シート（" + request(kind).recipient().getName() + "宛）");
        assertThat(keys.get(composition.getEncounter().getReference())).isEqualTo(
                kind == RecipientKind.COMMUNITY_SUPPORT_CENTER ? null : "Encounter/liaison-admission-2026");
        assertThat(sheet.getEntry()).allMatch(entry -> entry.getFullUrl().startsWith("urn:uuid:")
                && !entry.getResource().hasId());
    }

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void patientOnlyGivesEverySectionEmptyWithNotRecordedAndStaysValid(RecipientKind kind) {
        Bundle sheet = BUILDER.build(LiaisonRecords.patientOnly(), request(kind));

        assertThat(SheetValidation.errors(sheet)).isEmpty();
        for (SectionComponent section : composition(sheet).getSection()) {
            if (code(section).equals("emergency-contacts")) {
                // The liaison office is the contact of last resort; it comes from the request, not the record.
                assertThat(section.getEntry()).hasSize(1);
                continue;
            }
            assertThat(section.getEntry()).as(code(section)).isEmpty();
            assertThat(section.getEmptyReason().getCodingFirstRep().getCode()).isEqualTo("unavailable");
            assertThat(section.getText().getDivAsString()).contains("記載なし");
        }
        assertThat(composition(sheet).hasEncounter()).isFalse();
        assertThat(sheet.getEntry().stream().map(entry -> entry.getResource().fhirType()))
                .containsExactly("Composition", "Patient", "Organization", "Organization");
    }

    @Test
    void communitySupportCenterGetsNoMedicalData() {
        Bundle sheet = BUILDER.build(kobayashi(), request(RecipientKind.COMMUNITY_SUPPORT_CENTER));

        assertThat(sheet.getEntry().stream().map(entry -> entry.getResource().fhirType()))
                .doesNotContain("Condition", "MedicationRequest", "MedicationStatement", "AllergyIntolerance",
                        "Procedure", "Encounter", "DocumentReference");
        // Not even as the display of a reference (the support plan addresses the COPD Condition).
        assertThat(SheetValidation.json(sheet)).doesNotContain("慢性閉塞性肺疾患", "ペニシリン", "スピリーバ", "MRSA");
        CarePlan plan = sheet.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(CarePlan.class::isInstance).map(CarePlan.class::cast).findFirst().orElseThrow();
        assertThat(plan.getAddresses()).as("addresses, not even an empty reference").isEmpty();
    }

    @Test
    void clinicGetsNoFamilyCareLevelOrExplanation() {
        Bundle sheet = BUILDER.build(kobayashi(), request(RecipientKind.CLINIC));

        assertThat(sheet.getEntry().stream().map(entry -> entry.getResource().fhirType()))
                .doesNotContain("RelatedPerson", "Communication", "CareTeam", "Observation");
    }

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void enteredInErrorInactivePastAndUnrelatedDataStayOut(RecipientKind kind) {
        String json = SheetValidation.json(BUILDER.build(kobayashi(), request(kind)));

        assertThat(json).doesNotContain("胃癌", "誤嚥性肺炎", "セフトリアキソン", "鶏卵", "留置カテーテル", "入院前の外来",
                "再度説明予定", "2708-6", "肺炎（", "2024-06-01");
        assertThat(keysByFullUrl(kind).entrySet().stream()
                .filter(entry -> entry.getValue().equals("Observation/liaison-bedridden-old"))
                .map(Map.Entry::getKey)).allMatch(fullUrl -> !json.contains(fullUrl));
    }

    @Test
    void aDiagnosisJpClinsFlagsAsSuspectedIsMarkedSoOnce() {
        PatientRecord record = kobayashi();
        List<Resource> resources = new ArrayList<>(record.resources());
        resources.add(suspected("liaison-suspected-hypertension", "高血圧症"));
        resources.add(suspected("liaison-suspected-gastritis", "急性胃炎の疑い"));

        String json = SheetValidation.json(BUILDER.build(new PatientRecord(record.patient(), resources),
                request(RecipientKind.CLINIC)));

        assertThat(json).contains("高血圧症（疑い）", "急性胃炎の疑い").doesNotContain("急性胃炎の疑い（疑い）");
    }

    private static Condition suspected(String id, String name) {
        Condition condition = new Condition();
        condition.setId(id);
        condition.setClinicalStatus(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null)));
        condition.setVerificationStatus(new CodeableConcept(
                new Coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", "unconfirmed", null)));
        condition.getCode().setText(name);
        condition.setSubject(new Reference("Patient/liaison-patient-01"));
        condition.setRecordedDateElement(new DateTimeType("2026-11-04"));
        return condition;
    }

    @Test
    void referencesInsideTheDocumentPointAtEntriesOrKeepOnlyADisplay() {
        Bundle sheet = BUILDER.build(kobayashi(), request(RecipientKind.CARE_MANAGER));
        List<String> fullUrls = sheet.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl).toList();

        sheet.getEntry().forEach(entry -> References.in(entry.getResource()).forEach(reference -> {
            if (reference.hasReference()) {
                assertThat(fullUrls).as("reference in %s", entry.getResource().fhirType())
                        .contains(reference.getReference());
            }
        }));
        // The attending physician is not part of the document: his name stays, his server id goes.
        assertThat(SheetValidation.json(sheet)).contains("伊藤 健").doesNotContain("Practitioner/liaison-dr-ito");
        // The appointment's clinic doctor is not in the record: display only.
        assertThat(SheetValidation.json(sheet)).contains("森 正樹（ひかり内科クリニック）")
                .doesNotContain("Practitioner/clinic-dr-mori");
    }

    @ParameterizedTest
    @EnumSource(RecipientKind.class)
    void sameRequestGivesTheSameDocumentWhateverTheRecordsOrder(RecipientKind kind) {
        PatientRecord record = kobayashi();
        List<Resource> shuffled = new ArrayList<>(record.resources());
        Collections.shuffle(shuffled, new Random(6));

        String first = SheetValidation.json(BUILDER.build(record, request(kind)));
        String again = SheetValidation.json(BUILDER.build(kobayashi(), request(kind)));
        String reordered = SheetValidation.json(BUILDER.build(new PatientRecord(record.patient(), shuffled),
                request(kind)));

        assertThat(again).isEqualTo(first);
        assertThat(reordered).isEqualTo(first);
    }

    @Test
    void anotherIssueTimeOrRecipientIsAnotherDocument() {
        Bundle sheet = BUILDER.build(kobayashi(), request(RecipientKind.CLINIC));
        LiaisonSheetRequest later = new LiaisonSheetRequest(RecipientKind.CLINIC,
                request(RecipientKind.CLINIC).recipient(), LiaisonRecords.liaisonOffice(), ISSUED.plusSeconds(60));

        assertThat(BUILDER.build(kobayashi(), later).getIdentifier().getValue())
                .isNotEqualTo(sheet.getIdentifier().getValue());
        assertThat(BUILDER.build(kobayashi(), request(RecipientKind.CARE_MANAGER)).getIdentifier().getValue())
                .isNotEqualTo(sheet.getIdentifier().getValue());
    }

    @Test
    void recipientKindCodesRoundTripAndUnknownCodesNameTheAllowedOnes() {
        Stream.of(RecipientKind.values()).forEach(kind ->
                assertThat(RecipientKind.fromCode(kind.code())).isSameAs(kind));
        assertThat(RecipientKind.CARE_MANAGER.display()).isEqualTo("居宅介護支援事業所/介護支援専門員");
        assertThatThrownBy(() -> RecipientKind.fromCode("pharmacy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clinic, care-manager, visiting-nursing, community-support-center");
    }

    @Test
    void sourcesSearchOnlyWhatTheSectionsNeed() {
        List<String> queries = LiaisonSheetSources.queries("Patient/123");

        assertThat(queries).allMatch(query -> query.contains("patient=Patient/123") || query.contains("_id=123"));
        assertThat(queries.get(0)).startsWith("Patient?_id=123&").contains("_revinclude=Condition:patient",
                "_revinclude=MedicationRequest:patient", "_include=CareTeam:participant",
                "_include:iterate=PractitionerRole:practitioner")
                .doesNotContain("Observation", "Encounter");
        assertThat(queries).anyMatch(query -> query.startsWith("Encounter?") && query.contains("_count=1"));
        assertThat(queries).anyMatch(query -> query.startsWith("DocumentReference?")
                && query.contains("type=18842-5") && query.contains("_count=1"));
        assertThat(queries.stream().filter(query -> query.startsWith("Observation?")))
                .singleElement().asString().contains("value-concept=");
        assertThat(LiaisonSheetSources.queries("123")).isEqualTo(queries);
    }

    @Test
    void everySectionOfTheCodeSystemIsOneTheBuilderCanFill() {
        List<String> tableCodes = TABLE.sectionsByRecipientKind().values().stream().flatMap(java.util.Set::stream)
                .distinct().toList();
        assertThat(Stream.of(LiaisonSection.values()).map(LiaisonSection::code))
                .containsExactlyInAnyOrderElementsOf(tableCodes);
    }

    private static Map<String, String> keysByFullUrl(RecipientKind kind) {
        DocumentIds ids = DocumentIds.of("Patient/" + LiaisonRecords.PATIENT_ID, kind,
                "Organization/" + request(kind).recipient().getIdPart(), ISSUED);
        Map<String, String> keys = new HashMap<>();
        kobayashi().resources().forEach(resource -> keys.put(ids.fullUrl(SourceRecord.key(resource)),
                SourceRecord.key(resource)));
        Stream.of(kobayashi().patient(), request(kind).recipient(), request(kind).sender())
                .forEach(resource -> keys.put(ids.fullUrl(SourceRecord.key(resource)), SourceRecord.key(resource)));
        return keys;
    }

    private static Composition composition(Bundle sheet) {
        return (Composition) sheet.getEntryFirstRep().getResource();
    }

    private static String code(SectionComponent section) {
        return section.getCode().getCoding().stream()
                .filter(coding -> LiaisonSectionTable.SECTION_SYSTEM.equals(coding.getSystem()))
                .map(Coding::getCode).findFirst().orElseThrow();
    }

    private static int order(String code) {
        return Stream.of(LiaisonSection.values()).map(LiaisonSection::code).toList().indexOf(code);
    }
}
