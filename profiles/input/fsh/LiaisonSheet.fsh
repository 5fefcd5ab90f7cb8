// A liaison sheet (連携シート): the document a hospital's liaison office sends one community partner at discharge.
// Renkei generates one per recipient kind and validates it on write, so these profiles are the contract.
//
// Modelling choices:
// - A document Bundle on core Bundle (not JP-CLINS JP_Bundle_eReferral, which is defective) whose first entry is a
//   Composition of RenkeiLiaisonSheetComposition. The Composition derives from core Composition: JP Core has no
//   Composition profile, and JP-CLINS's (eReferral, eDischargeSummary) fix their own document type and require
//   their own sections (referral source and destination, CDA section …) that a liaison sheet does not have.
// - References inside the document use the entries' fullUrls (urn:uuid:…), as JP-CLINS documents do; rls-2 can
//   then check that the patient is in the document by comparing strings, without resolving references.
// - The recipient kind (extension renkei-recipient-kind) decides the sections: exactly those whose concept in
//   RenkeiLiaisonSectionCS lists the kind in its property required-for (rls-4 … rls-11, two per kind: none
//   missing, none extra). The outbound builders send each partner what it needs and no more. The section codes are
//   turned into strings and the path is kept outside the set functions' arguments, so that HAPI's R4 FHIRPath
//   engine (which compares code and string by type and evaluates such arguments on the focus) agrees with the
//   validator.
// - A section always has title, code and narrative; it also has entries (the structured data behind the
//   narrative) or, when the source has nothing, an emptyReason with a narrative such as 記載なし (rls-3). Text
//   alone is not enough: a narrative without entries could not be told apart from a builder that lost the data.

Extension: RenkeiRecipientKind
Id: renkei-recipient-kind
Title: "Renkei recipient kind"
Description: "The kind of community partner a document is addressed to (送付先の種別); it decides the sections of a liaison sheet."
* ^status = #draft
* ^context[0].type = #element
* ^context[0].expression = "Composition"
* value[x] 1..1
* value[x] only Coding
* valueCoding from RenkeiRecipientKindVS (required)
* valueCoding ^short = "送付先の種別（診療所・居宅介護支援事業所・訪問看護ステーション・地域包括支援センター）"

Extension: RenkeiRecipient
Id: renkei-recipient
Title: "Renkei recipient"
Description: "The community partner (organization) a document is addressed to (送付先); on a DocumentReference, the partner that alone may read it (besides the providers)."
* ^status = #draft
* ^context[0].type = #element
* ^context[0].expression = "Composition"
* ^context[1].type = #element
* ^context[1].expression = "DocumentReference"
* value[x] 1..1
* value[x] only Reference(Organization)
* valueReference ^short = "送付先の医療機関・事業所"

Profile: RenkeiLiaisonSheetComposition
Parent: Composition
Id: renkei-liaison-sheet-composition
Title: "Renkei liaison sheet composition"
Description: "The Composition of a liaison sheet (連携シート): patient, authors, recipient kind and recipient, and the sections that kind of partner needs (RenkeiLiaisonSectionCS, property required-for)."
* ^status = #draft
* obeys rls-4 and rls-5 and rls-6 and rls-7 and rls-8 and rls-9 and rls-10 and rls-11
* extension contains
    RenkeiRecipientKind named recipientKind 1..1 and
    RenkeiRecipient named recipient 1..1
* extension[recipientKind] ^short = "送付先の種別"
* extension[recipient] ^short = "送付先の医療機関・事業所"
* status ^short = "文書の状態（通常 final）"
* type = RenkeiDocumentTypeCS#liaison-sheet "連携シート"
* type ^short = "文書の種類（連携シート固定）"
* subject 1..1
* subject only Reference(JP_Patient)
* subject ^short = "対象の患者（文書内の Patient の fullUrl）"
* encounter only Reference(JP_Encounter)
* encounter ^short = "対象の入院"
* date ^short = "作成日時"
* author only Reference(Practitioner or PractitionerRole or Organization)
* author ^short = "作成者（連携室の担当者など）"
* title ^short = "表題（例: 連携シート（居宅介護支援事業所宛））"
* section 1..*
* section obeys rls-3
* section ^short = "セクション（送付先の種別ごとに決まる）"
* section.title 1..1
* section.title ^short = "セクションの表題"
* section.code 1..1
* section.code from RenkeiLiaisonSectionVS (required)
* section.code ^short = "セクションの種類"
* section.text 1..1
* section.text ^short = "セクションの記述（情報がなければ「記載なし」など）"
* section.entry ^short = "記述の元になるデータ"
* section.emptyReason from http://hl7.org/fhir/ValueSet/list-empty-reason (required)
* section.emptyReason ^short = "データがない理由（unavailable, notasked など）"
* section.section 0..0
* section ^slicing.discriminator.type = #pattern
* section ^slicing.discriminator.path = "code"
* section ^slicing.rules = #closed
* section ^slicing.description = "One slice per code of RenkeiLiaisonSectionCS; which are present depends on the recipient kind."
* section contains
    condition 0..1 and
    medicalProcedures 0..1 and
    adl 0..1 and
    medications 0..1 and
    allergiesInfections 0..1 and
    cognitionCommunication 0..1 and
    family 0..1 and
    careLevelServices 0..1 and
    explanation 0..1 and
    supportPoints 0..1 and
    emergencyContacts 0..1 and
    nextAppointment 0..1
* section[condition].code = RenkeiLiaisonSectionCS#condition "病状・診断"
* section[condition] ^short = "病状・診断"
* section[medicalProcedures].code = RenkeiLiaisonSectionCS#medical-procedures "医療処置"
* section[medicalProcedures] ^short = "医療処置"
* section[adl].code = RenkeiLiaisonSectionCS#adl "日常生活動作"
* section[adl] ^short = "日常生活動作（ADL）"
* section[medications].code = RenkeiLiaisonSectionCS#medications "服薬・薬剤管理"
* section[medications] ^short = "服薬・薬剤管理"
* section[allergiesInfections].code = RenkeiLiaisonSectionCS#allergies-infections "アレルギー・感染症"
* section[allergiesInfections] ^short = "アレルギー・感染症"
* section[cognitionCommunication].code = RenkeiLiaisonSectionCS#cognition-communication "認知・コミュニケーション"
* section[cognitionCommunication] ^short = "認知・コミュニケーション"
* section[family].code = RenkeiLiaisonSectionCS#family "家族・キーパーソン"
* section[family] ^short = "家族・キーパーソン"
* section[careLevelServices].code = RenkeiLiaisonSectionCS#care-level-services "要介護度・利用サービス"
* section[careLevelServices] ^short = "要介護度・利用サービス"
* section[explanation].code = RenkeiLiaisonSectionCS#explanation "説明内容と受け止め"
* section[explanation] ^short = "説明内容と受け止め"
* section[supportPoints].code = RenkeiLiaisonSectionCS#support-points "支援内容・留意点"
* section[supportPoints] ^short = "支援内容・留意点"
* section[emergencyContacts].code = RenkeiLiaisonSectionCS#emergency-contacts "緊急連絡先"
* section[emergencyContacts] ^short = "緊急連絡先"
* section[nextAppointment].code = RenkeiLiaisonSectionCS#next-appointment "次回受診・予定"
* section[nextAppointment] ^short = "次回受診・予定"

Profile: RenkeiLiaisonSheet
Parent: Bundle
Id: renkei-liaison-sheet
Title: "Renkei liaison sheet"
Description: "A liaison sheet (連携シート) as a FHIR document: a Bundle of type document whose first entry is a RenkeiLiaisonSheetComposition and whose other entries hold the patient and the data the sections refer to."
* ^status = #draft
* obeys rls-1 and rls-2
* identifier 1..1
* identifier ^short = "文書の識別子"
* type = #document
* type ^short = "document 固定"
* timestamp 1..1
* timestamp ^short = "文書の作成日時"
* entry 2..*
* entry ^short = "先頭は Composition、続いて患者と各セクションのデータ"
* entry.fullUrl 1..1
* entry.fullUrl ^short = "エントリの URL（urn:uuid:…）"
* entry.resource 1..1

Invariant: rls-1
Description: "The first entry must be a Composition claiming the profile http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet-composition in meta.profile (先頭のエントリは連携シートの Composition にしてください)."
Severity: #error
Expression: "entry.first().resource.is(Composition) and entry.first().resource.meta.profile.where($this = 'http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet-composition' or $this.startsWith('http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet-composition|')).exists()"

Invariant: rls-2
Description: "The subject of the (first) Composition must be the fullUrl of a Patient entry of this document: add the patient to the Bundle and refer to it by its fullUrl (患者を文書に含め、その fullUrl で参照してください)."
Severity: #error
Expression: "entry.resource.ofType(Composition).exists() implies entry.where(resource.is(Patient) and fullUrl = %resource.entry.resource.ofType(Composition).first().subject.reference).exists()"

Invariant: rls-3
Description: "A section must have entries or, when there is nothing to report, an emptyReason (e.g. unavailable, notasked) with a narrative such as 記載なし (データがなければ emptyReason を付けてください)."
Severity: #error
Expression: "entry.exists() or emptyReason.exists()"

Invariant: rls-4
Description: "A liaison sheet to a clinic (診療所) needs the sections 病状・診断 (condition), 医療処置 (medical-procedures), 服薬・薬剤管理 (medications), アレルギー・感染症 (allergies-infections), 支援内容・留意点 (support-points) and 次回受診・予定 (next-appointment): add the missing one, with an emptyReason if there is nothing to report."
Severity: #error
Expression: "extension('http://renkei.jp/fhir/StructureDefinition/renkei-recipient-kind').value.code contains 'clinic' implies section.code.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-liaison-section').code.select(toString()).supersetOf('condition' | 'medical-procedures' | 'medications' | 'allergies-infections' | 'support-points' | 'next-appointment')"

Invariant: rls-5
Description: "A liaison sheet to a clinic (診療所) must not contain 日常生活動作 (adl), 認知・コミュニケーション (cognition-communication), 家族・キーパーソン (family), 要介護度・利用サービス (care-level-services), 説明内容と受け止め (explanation) or 緊急連絡先 (emergency-contacts): remove that section."
Severity: #error
Expression: "extension('http://renkei.jp/fhir/StructureDefinition/renkei-recipient-kind').value.code contains 'clinic' implies section.code.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-liaison-section').code.select(toString()).subsetOf('condition' | 'medical-procedures' | 'medications' | 'allergies-infections' | 'support-points' | 'next-appointment')"

Invariant: rls-6
Description: "A liaison sheet to a care manager (居宅介護支援事業所) needs all twelve sections: 病状・診断, 医療処置, 日常生活動作, 服薬・薬剤管理, アレルギー・感染症, 認知・コミュニケーション, 家族・キーパーソン, 要介護度・利用サービス, 説明内容と受け止め, 支援内容・留意点, 緊急連絡先, 次回受診・予定 (condition … next-appointment): add the missing one, with an emptyReason if there is nothing to report."
Severity: #error
Expression: "extension('http://renkei.jp/fhir/StructureDefinition/renkei-recipient-kind').value.code contains 'care-manager' implies section.code.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-liaison-section').code.select(toString()).supersetOf('condition' | 'medical-procedures' | 'adl' | 'medications' | 'allergies-infections' | 'cognition-communication' | 'family' | 'care-level-services' | 'explanation' | 'support-points' | 'emergency-contacts' | 'next-appointment')"

Invariant: rls-7
Description: "A liaison sheet to a care manager (居宅介護支援事業所) contains only the sections of RenkeiLiaisonSectionCS required for care-manager: remove any other section."
Severity: #error
Expression: "extension('http://renkei.jp/fhir/StructureDefinition/renkei-recipient-kind').value.code contains 'care-manager' implies section.code.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-liaison-section').code.select(toString()).subsetOf('condition' | 'medical-procedures' | 'adl' | 'medications' | 'allergies-infections' | 'cognition-communication' | 'family' | 'care-level-services' | 'explanation' | 'support-points' | 'emergency-contacts' | 'next-appointment')"

Invariant: rls-8
Description: "A liaison sheet to a visiting nursing station (訪問看護ステーション) needs the sections 病状・診断 (condition), 医療処置 (medical-procedures), 日常生活動作 (adl), 服薬・薬剤管理 (medications), アレルギー・感染症 (allergies-infections), 認知・コミュニケーション (cognition-communication), 要介護度・利用サービス (care-level-services), 支援内容・留意点 (support-points) and 緊急連絡先 (emergency-contacts): add the missing one, with an emptyReason if there is nothing to report."
Severity: #error
Expression: "extension('http://renkei.jp/fhir/StructureDefinition/renkei-recipient-kind').value.code contains 'visiting-nursing' implies section.code.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-liaison-section').code.select(toString()).supersetOf('condition' | 'medical-procedures' | 'adl' | 'medications' | 'allergies-infections' | 'cognition-communication' | 'care-level-services' | 'support-points' | 'emergency-contacts')"

Invariant: rls-9
Description: "A liaison sheet to a visiting nursing station (訪問看護ステーション) must not contain 家族・キーパーソン (family), 説明内容と受け止め (explanation) or 次回受診・予定 (next-appointment): remove that section."
Severity: #error
Expression: "extension('http://renkei.jp/fhir/StructureDefinition/renkei-recipient-kind').value.code contains 'visiting-nursing' implies section.code.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-liaison-section').code.select(toString()).subsetOf('condition' | 'medical-procedures' | 'adl' | 'medications' | 'allergies-infections' | 'cognition-communication' | 'care-level-services' | 'support-points' | 'emergency-contacts')"

Invariant: rls-10
Description: "A liaison sheet to a community comprehensive support center (地域包括支援センター) needs the sections 日常生活動作 (adl), 認知・コミュニケーション (cognition-communication), 家族・キーパーソン (family), 要介護度・利用サービス (care-level-services), 説明内容と受け止め (explanation), 支援内容・留意点 (support-points), 緊急連絡先 (emergency-contacts) and 次回受診・予定 (next-appointment): add the missing one, with an emptyReason if there is nothing to report."
Severity: #error
Expression: "extension('http://renkei.jp/fhir/StructureDefinition/renkei-recipient-kind').value.code contains 'community-support-center' implies section.code.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-liaison-section').code.select(toString()).supersetOf('adl' | 'cognition-communication' | 'family' | 'care-level-services' | 'explanation' | 'support-points' | 'emergency-contacts' | 'next-appointment')"

Invariant: rls-11
Description: "A liaison sheet to a community comprehensive support center (地域包括支援センター) must not contain the medical sections 病状・診断 (condition), 医療処置 (medical-procedures), 服薬・薬剤管理 (medications) or アレルギー・感染症 (allergies-infections): remove that section."
Severity: #error
Expression: "extension('http://renkei.jp/fhir/StructureDefinition/renkei-recipient-kind').value.code contains 'community-support-center' implies section.code.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-liaison-section').code.select(toString()).subsetOf('adl' | 'cognition-communication' | 'family' | 'care-level-services' | 'explanation' | 'support-points' | 'emergency-contacts' | 'next-appointment')"
