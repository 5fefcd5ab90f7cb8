// The sections of a liaison sheet (連携シート) and which recipient kind needs which: the table is data here (the
// property `required-for`, one value per recipient kind), so that Java code can read it from the package; the
// invariants rls-4 … rls-11 of RenkeiLiaisonSheetComposition enforce the same table, and a test checks that they
// agree. A kind gets exactly the sections it is required for, no more.
//
// Where the table comes from (../shared/design/domain.md, "Forms partners know"):
// - care-manager: 退院・退所情報記録書 (illness and stability, procedures, ADL, cognition, wishes and understanding,
//   nursing points and contraindications, follow-up) plus what 入院時情報提供書 shows care managers deal with
//   (care level and services, family and key person, medication management): all twelve sections.
// - visiting-nursing: the content of 訪問看護指示書 (diagnoses and condition, devices, medications, 日常生活自立度,
//   認知症自立度, 要介護認定, instructions, allergies, emergency contact): nine sections.
// - clinic: the content of 診療情報提供書 / JP-CLINS eReferral (diagnoses, course and treatment, prescriptions,
//   allergies and infections, remarks) and the next visit: six sections.
// - community-support-center: the care-manager content without the medical detail (no diagnoses, procedures,
//   medications, allergies/infections): eight sections.
CodeSystem: RenkeiLiaisonSectionCS
Id: renkei-liaison-section
Title: "Renkei liaison sheet section"
Description: "The sections of a liaison sheet (連携シート), with the recipient kinds that need each (property required-for). Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* ^property[0].code = #required-for
* ^property[0].uri = "http://renkei.jp/fhir/CodeSystem/renkei-liaison-section#required-for"
* ^property[0].description = "A recipient kind (RenkeiRecipientKindCS) whose liaison sheet must contain this section; repeated, one per kind. A kind not listed must not get the section."
* ^property[0].type = #Coding
* #condition "病状・診断" "Current condition, its stability and the diagnoses."
* #condition ^property[0].code = #required-for
* #condition ^property[=].valueCoding = RenkeiRecipientKindCS#clinic
* #condition ^property[+].code = #required-for
* #condition ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #condition ^property[+].code = #required-for
* #condition ^property[=].valueCoding = RenkeiRecipientKindCS#visiting-nursing
* #medical-procedures "医療処置" "Medical procedures and devices that continue at home (oxygen, suction, tube feeding, catheters …)."
* #medical-procedures ^property[0].code = #required-for
* #medical-procedures ^property[=].valueCoding = RenkeiRecipientKindCS#clinic
* #medical-procedures ^property[+].code = #required-for
* #medical-procedures ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #medical-procedures ^property[+].code = #required-for
* #medical-procedures ^property[=].valueCoding = RenkeiRecipientKindCS#visiting-nursing
* #adl "日常生活動作" "Activities of daily living: mobility, transfer, excretion, bathing, meals and swallowing, oral care, sleep; 日常生活自立度."
* #adl ^property[0].code = #required-for
* #adl ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #adl ^property[+].code = #required-for
* #adl ^property[=].valueCoding = RenkeiRecipientKindCS#visiting-nursing
* #adl ^property[+].code = #required-for
* #adl ^property[=].valueCoding = RenkeiRecipientKindCS#community-support-center
* #medications "服薬・薬剤管理" "Medications at discharge and who manages them."
* #medications ^property[0].code = #required-for
* #medications ^property[=].valueCoding = RenkeiRecipientKindCS#clinic
* #medications ^property[+].code = #required-for
* #medications ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #medications ^property[+].code = #required-for
* #medications ^property[=].valueCoding = RenkeiRecipientKindCS#visiting-nursing
* #allergies-infections "アレルギー・感染症" "Allergies, intolerances, contraindications and infections."
* #allergies-infections ^property[0].code = #required-for
* #allergies-infections ^property[=].valueCoding = RenkeiRecipientKindCS#clinic
* #allergies-infections ^property[+].code = #required-for
* #allergies-infections ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #allergies-infections ^property[+].code = #required-for
* #allergies-infections ^property[=].valueCoding = RenkeiRecipientKindCS#visiting-nursing
* #cognition-communication "認知・コミュニケーション" "Cognition (認知症高齢者の日常生活自立度, BPSD) and communication (sight, hearing, speech)."
* #cognition-communication ^property[0].code = #required-for
* #cognition-communication ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #cognition-communication ^property[+].code = #required-for
* #cognition-communication ^property[=].valueCoding = RenkeiRecipientKindCS#visiting-nursing
* #cognition-communication ^property[+].code = #required-for
* #cognition-communication ^property[=].valueCoding = RenkeiRecipientKindCS#community-support-center
* #family "家族・キーパーソン" "Family, main carer and key person, and their wishes."
* #family ^property[0].code = #required-for
* #family ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #family ^property[+].code = #required-for
* #family ^property[=].valueCoding = RenkeiRecipientKindCS#community-support-center
* #care-level-services "要介護度・利用サービス" "Certified care level and its validity, care manager, and the services used or planned."
* #care-level-services ^property[0].code = #required-for
* #care-level-services ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #care-level-services ^property[+].code = #required-for
* #care-level-services ^property[=].valueCoding = RenkeiRecipientKindCS#visiting-nursing
* #care-level-services ^property[+].code = #required-for
* #care-level-services ^property[=].valueCoding = RenkeiRecipientKindCS#community-support-center
* #explanation "説明内容と受け止め" "What the patient and family were told (condition, prognosis, plan) and how they received it."
* #explanation ^property[0].code = #required-for
* #explanation ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #explanation ^property[+].code = #required-for
* #explanation ^property[=].valueCoding = RenkeiRecipientKindCS#community-support-center
* #support-points "支援内容・留意点" "The support the partner is asked to give and what to watch (nursing and rehabilitation points, risks)."
* #support-points ^property[0].code = #required-for
* #support-points ^property[=].valueCoding = RenkeiRecipientKindCS#clinic
* #support-points ^property[+].code = #required-for
* #support-points ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #support-points ^property[+].code = #required-for
* #support-points ^property[=].valueCoding = RenkeiRecipientKindCS#visiting-nursing
* #support-points ^property[+].code = #required-for
* #support-points ^property[=].valueCoding = RenkeiRecipientKindCS#community-support-center
* #emergency-contacts "緊急連絡先" "Whom to call in an emergency (family, hospital, physician, visiting nursing) and what to do when unreachable."
* #emergency-contacts ^property[0].code = #required-for
* #emergency-contacts ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #emergency-contacts ^property[+].code = #required-for
* #emergency-contacts ^property[=].valueCoding = RenkeiRecipientKindCS#visiting-nursing
* #emergency-contacts ^property[+].code = #required-for
* #emergency-contacts ^property[=].valueCoding = RenkeiRecipientKindCS#community-support-center
* #next-appointment "次回受診・予定" "The next outpatient visit and other planned dates (conferences, service start)."
* #next-appointment ^property[0].code = #required-for
* #next-appointment ^property[=].valueCoding = RenkeiRecipientKindCS#clinic
* #next-appointment ^property[+].code = #required-for
* #next-appointment ^property[=].valueCoding = RenkeiRecipientKindCS#care-manager
* #next-appointment ^property[+].code = #required-for
* #next-appointment ^property[=].valueCoding = RenkeiRecipientKindCS#community-support-center

ValueSet: RenkeiLiaisonSectionVS
Id: renkei-liaison-section
Title: "Renkei liaison sheet section"
Description: "All sections of a liaison sheet."
* ^status = #draft
* include codes from system RenkeiLiaisonSectionCS

// The kinds of document Renkei produces. No LOINC code fits a liaison sheet honestly: it is not a clinical transfer
// summary between providers (LOINC 18761-7) when it goes to a care manager or a community support center.
CodeSystem: RenkeiDocumentTypeCS
Id: renkei-document-type
Title: "Renkei document type"
Description: "The kinds of document Renkei produces. Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #liaison-sheet "連携シート" "A liaison sheet: what a hospital's liaison office sends a community partner at discharge (patient state, support content, what to watch, contacts)."
