// Examples of RenkeiLiaisonSheet: one valid document per recipient kind, and ids starting with "invalid-" that break
// one rule each on purpose (RenkeiLiaisonSheetTest checks that the validator rejects them with that rule and no
// other rls-*). The documents use urn:uuid fullUrls and refer to each other's entries by them; the same patient
// (山田 太郎, COPD with home oxygen) is discharged to four partners.
// Breaks that SUSHI would refuse to export from an instance of the profile (no recipient kind, a Bundle type other
// than document) are written as instances of the base resource that claim the profile in meta.profile.

// --- The resources the documents contain (inline: they exist only as Bundle entries) ---

Instance: LiaisonPatient
InstanceOf: JP_Patient
Usage: #inline
* meta.profile = "http://jpfhir.jp/fhir/core/StructureDefinition/JP_Patient"
* identifier.system = "urn:oid:1.2.392.100495.20.3.51.11311234567"
* identifier.value = "00000010"
* name.use = #usual
* name.text = "山田 太郎"
* name.family = "山田"
* name.given = "太郎"
* gender = #male
* birthDate = "1940-05-10"

Instance: LiaisonAuthor
InstanceOf: Practitioner
Usage: #inline
* name.text = "佐藤 花子（退院調整看護師）"

Instance: LiaisonHospital
InstanceOf: Organization
Usage: #inline
* name = "青葉総合病院 地域医療連携室"

Instance: LiaisonClinic
InstanceOf: Organization
Usage: #inline
* name = "あおば内科クリニック"

Instance: LiaisonCareManagerOffice
InstanceOf: Organization
Usage: #inline
* name = "みどり居宅介護支援事業所"

Instance: LiaisonVisitingNursing
InstanceOf: Organization
Usage: #inline
* name = "さくら訪問看護ステーション"

Instance: LiaisonSupportCenter
InstanceOf: Organization
Usage: #inline
* name = "青葉地域包括支援センター"

Instance: LiaisonAdmission
InstanceOf: JP_Encounter
Usage: #inline
* meta.profile = "http://jpfhir.jp/fhir/core/StructureDefinition/JP_Encounter"
* status = #finished
* class = http://terminology.hl7.org/CodeSystem/v3-ActCode#IMP "inpatient encounter"
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* period.start = "2025-04-01T11:00:00+09:00"
* period.end = "2025-04-25T10:00:00+09:00"

Instance: LiaisonCondition
InstanceOf: Condition
Usage: #inline
* clinicalStatus = http://terminology.hl7.org/CodeSystem/condition-clinical#active
* verificationStatus = http://terminology.hl7.org/CodeSystem/condition-ver-status#confirmed
* code.text = "慢性閉塞性肺疾患（COPD）急性増悪"
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"

Instance: LiaisonOxygen
InstanceOf: Procedure
Usage: #inline
* status = #in-progress
* code = RenkeiMedicalProcedureCS#oxygen "在宅酸素療法"
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* note.text = "安静時 1 L/分、労作時 2 L/分（鼻カニューラ）"

Instance: LiaisonBedriddenLevel
InstanceOf: Observation
Usage: #inline
* status = #final
* code.text = "障害高齢者の日常生活自立度"
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* effectiveDateTime = "2025-04-24"
* valueCodeableConcept = RenkeiBedriddenLevelCS#a2 "A2"

Instance: LiaisonMedication
InstanceOf: MedicationStatement
Usage: #inline
* status = #active
* medicationCodeableConcept.text = "チオトロピウム吸入 1日1回"
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* note.text = "服薬管理: 妻が一包化した薬を管理"

Instance: LiaisonAllergy
InstanceOf: AllergyIntolerance
Usage: #inline
* clinicalStatus = http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical#active
* verificationStatus = http://terminology.hl7.org/CodeSystem/allergyintolerance-verification#confirmed
* code.text = "ペニシリン系抗菌薬（発疹）"
* patient.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"

Instance: LiaisonDementiaLevel
InstanceOf: Observation
Usage: #inline
* status = #final
* code.text = "認知症高齢者の日常生活自立度"
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* effectiveDateTime = "2025-04-24"
* valueCodeableConcept = RenkeiDementiaLevelCS#iia "Ⅱa"

Instance: LiaisonKeyPerson
InstanceOf: RelatedPerson
Usage: #inline
* patient.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* relationship = http://terminology.hl7.org/CodeSystem/v3-RoleCode#WIFE "wife"
* name.text = "山田 花江（妻・キーパーソン）"
* telecom.system = #phone
* telecom.value = "090-0000-0000"

Instance: LiaisonCareLevel
InstanceOf: Observation
Usage: #inline
* status = #final
* code.text = "要介護度"
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* effectivePeriod.start = "2025-03-01"
* effectivePeriod.end = "2026-02-28"
* valueCodeableConcept = RenkeiCareLevelCS#care-2 "要介護2"

Instance: LiaisonExplanation
InstanceOf: Communication
Usage: #inline
* status = #completed
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* sent = "2025-04-22T14:00:00+09:00"
* recipient[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* recipient[1].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000016"
* payload.contentString = "主治医より在宅酸素療法の継続が必要と説明。本人は「家で暮らしたい」と前向き、妻は機器の操作に不安あり。"

Instance: LiaisonSupportPlan
InstanceOf: CarePlan
Usage: #inline
* status = #active
* intent = #plan
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* description = "週2回の訪問看護で呼吸状態と酸素機器を確認。SpO2 90% 未満が続くときは主治医へ連絡。"

Instance: LiaisonNextVisit
InstanceOf: Appointment
Usage: #inline
* status = #booked
* description = "退院後初回外来（あおば内科クリニック）"
* start = "2025-05-09T10:00:00+09:00"
* end = "2025-05-09T10:30:00+09:00"
* participant[0].actor.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* participant[0].status = #accepted

// --- Bundle entries: one RuleSet per resource, appended with entry[+] ---

RuleSet: PatientEntries
* entry[+].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* entry[=].resource = LiaisonPatient
* entry[+].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000002"
* entry[=].resource = LiaisonAuthor
* entry[+].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000003"
* entry[=].resource = LiaisonHospital

RuleSet: Entry(uuid, instance)
* entry[+].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-0000000000{uuid}"
* entry[=].resource = {instance}

RuleSet: SheetBundle(number)
* identifier.system = "urn:ietf:rfc:3986"
* identifier.value = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-0000000000{number}"
* timestamp = "2025-04-25T10:00:00+09:00"

// --- The Composition header and the sections ---

RuleSet: SheetHeader
* meta.profile = "http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet-composition"
* status = #final
* type = RenkeiDocumentTypeCS#liaison-sheet "連携シート"
* subject.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000001"
* date = "2025-04-25T10:00:00+09:00"
* author[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000002"
* custodian.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000003"

RuleSet: Narrative(slice, text)
* section[{slice}].text.status = #generated
* section[{slice}].text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>{text}</p></div>"

RuleSet: ConditionSection
* section[condition].title = "病状・診断"
* section[condition].code = RenkeiLiaisonSectionCS#condition "病状・診断"
* insert Narrative(condition, COPD 急性増悪で入院。抗菌薬とステロイドで改善し病状は安定。)
* section[condition].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000010"

RuleSet: MedicalProceduresSection
* section[medicalProcedures].title = "医療処置"
* section[medicalProcedures].code = RenkeiLiaisonSectionCS#medical-procedures "医療処置"
* insert Narrative(medicalProcedures, 在宅酸素療法 安静時 1 L/分・労作時 2 L/分。)
* section[medicalProcedures].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000011"

RuleSet: AdlSection
* section[adl].title = "日常生活動作"
* section[adl].code = RenkeiLiaisonSectionCS#adl "日常生活動作"
* insert Narrative(adl, 屋内は伝い歩き、入浴は一部介助。寝たきり度 A2。)
* section[adl].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000012"

RuleSet: MedicationsSection
* section[medications].title = "服薬・薬剤管理"
* section[medications].code = RenkeiLiaisonSectionCS#medications "服薬・薬剤管理"
* insert Narrative(medications, チオトロピウム吸入 1日1回。妻が一包化した薬を管理。)
* section[medications].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000013"

RuleSet: AllergiesInfectionsSection
* section[allergiesInfections].title = "アレルギー・感染症"
* section[allergiesInfections].code = RenkeiLiaisonSectionCS#allergies-infections "アレルギー・感染症"
* insert Narrative(allergiesInfections, ペニシリン系抗菌薬で発疹。感染症なし。)
* section[allergiesInfections].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000014"

RuleSet: AllergiesInfectionsNoneSection
* section[allergiesInfections].title = "アレルギー・感染症"
* section[allergiesInfections].code = RenkeiLiaisonSectionCS#allergies-infections "アレルギー・感染症"
* insert Narrative(allergiesInfections, 記載なし（把握しているアレルギー・感染症なし）)
* section[allergiesInfections].emptyReason = http://terminology.hl7.org/CodeSystem/list-empty-reason#nilknown "Nil Known"

RuleSet: CognitionCommunicationSection
* section[cognitionCommunication].title = "認知・コミュニケーション"
* section[cognitionCommunication].code = RenkeiLiaisonSectionCS#cognition-communication "認知・コミュニケーション"
* insert Narrative(cognitionCommunication, 軽度の物忘れあり（自立度 Ⅱa）。難聴のため大きめの声で。)
* section[cognitionCommunication].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000015"

RuleSet: FamilySection
* section[family].title = "家族・キーパーソン"
* section[family].code = RenkeiLiaisonSectionCS#family "家族・キーパーソン"
* insert Narrative(family, 妻（78歳）と二人暮らし。キーパーソンは妻。長男は県外。)
* section[family].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000016"

RuleSet: CareLevelServicesSection
* section[careLevelServices].title = "要介護度・利用サービス"
* section[careLevelServices].code = RenkeiLiaisonSectionCS#care-level-services "要介護度・利用サービス"
* insert Narrative(careLevelServices, 要介護2（2026年2月28日まで）。退院後に訪問看護と福祉用具貸与を開始予定。)
* section[careLevelServices].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000017"

RuleSet: ExplanationSection
* section[explanation].title = "説明内容と受け止め"
* section[explanation].code = RenkeiLiaisonSectionCS#explanation "説明内容と受け止め"
* insert Narrative(explanation, 在宅酸素の継続を説明。本人は前向き、妻は機器の操作に不安あり。)
* section[explanation].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000018"

RuleSet: SupportPointsSection
* section[supportPoints].title = "支援内容・留意点"
* section[supportPoints].code = RenkeiLiaisonSectionCS#support-points "支援内容・留意点"
* insert Narrative(supportPoints, 呼吸状態と酸素機器の確認。SpO2 90% 未満が続くときは主治医へ連絡。)
* section[supportPoints].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000019"

RuleSet: EmergencyContactsSection
* section[emergencyContacts].title = "緊急連絡先"
* section[emergencyContacts].code = RenkeiLiaisonSectionCS#emergency-contacts "緊急連絡先"
* insert Narrative(emergencyContacts, 妻 山田 花江 090-0000-0000。不在時は青葉総合病院 地域医療連携室へ。)
* section[emergencyContacts].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000016"
* section[emergencyContacts].entry[1].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000003"

RuleSet: NextAppointmentSection
* section[nextAppointment].title = "次回受診・予定"
* section[nextAppointment].code = RenkeiLiaisonSectionCS#next-appointment "次回受診・予定"
* insert Narrative(nextAppointment, 2025年5月9日 10時 あおば内科クリニック外来。)
* section[nextAppointment].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000020"

RuleSet: NextAppointmentUnavailableSection
* section[nextAppointment].title = "次回受診・予定"
* section[nextAppointment].code = RenkeiLiaisonSectionCS#next-appointment "次回受診・予定"
* insert Narrative(nextAppointment, 記載なし)
* section[nextAppointment].emptyReason = http://terminology.hl7.org/CodeSystem/list-empty-reason#unavailable "Unavailable"

RuleSet: ClinicSections
* insert ConditionSection
* insert MedicalProceduresSection
* insert MedicationsSection
* insert AllergiesInfectionsSection
* insert SupportPointsSection

RuleSet: ClinicEntries
* insert PatientEntries
* insert Entry(04, LiaisonClinic)
* insert Entry(08, LiaisonAdmission)
* insert Entry(10, LiaisonCondition)
* insert Entry(11, LiaisonOxygen)
* insert Entry(13, LiaisonMedication)
* insert Entry(14, LiaisonAllergy)
* insert Entry(19, LiaisonSupportPlan)
* insert Entry(20, LiaisonNextVisit)

RuleSet: ClinicRecipient
* extension[recipientKind].valueCoding = RenkeiRecipientKindCS#clinic "診療所"
* extension[recipient].valueReference.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000004"
* title = "連携シート（あおば内科クリニック宛）"
* encounter.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000008"

// --- Valid: one document per recipient kind ---

Instance: LiaisonCompositionClinic
InstanceOf: RenkeiLiaisonSheetComposition
Usage: #inline
* insert SheetHeader
* insert ClinicRecipient
* insert ClinicSections
* insert NextAppointmentSection

Instance: renkei-liaison-sheet-clinic-example
InstanceOf: RenkeiLiaisonSheet
Title: "Liaison sheet to the family doctor's clinic"
Usage: #example
* insert SheetBundle(41)
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000031"
* entry[0].resource = LiaisonCompositionClinic
* insert ClinicEntries

Instance: LiaisonCompositionCareManager
InstanceOf: RenkeiLiaisonSheetComposition
Usage: #inline
* insert SheetHeader
* extension[recipientKind].valueCoding = RenkeiRecipientKindCS#care-manager "居宅介護支援事業所/介護支援専門員"
* extension[recipient].valueReference.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000005"
* title = "連携シート（みどり居宅介護支援事業所宛）"
* encounter.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000008"
* insert ConditionSection
* insert MedicalProceduresSection
* insert AdlSection
* insert MedicationsSection
* insert AllergiesInfectionsSection
* insert CognitionCommunicationSection
* insert FamilySection
* insert CareLevelServicesSection
* insert ExplanationSection
* insert SupportPointsSection
* insert EmergencyContactsSection
* insert NextAppointmentSection

RuleSet: CareManagerEntries
* insert PatientEntries
* insert Entry(05, LiaisonCareManagerOffice)
* insert Entry(08, LiaisonAdmission)
* insert Entry(10, LiaisonCondition)
* insert Entry(11, LiaisonOxygen)
* insert Entry(12, LiaisonBedriddenLevel)
* insert Entry(13, LiaisonMedication)
* insert Entry(14, LiaisonAllergy)
* insert Entry(15, LiaisonDementiaLevel)
* insert Entry(16, LiaisonKeyPerson)
* insert Entry(17, LiaisonCareLevel)
* insert Entry(18, LiaisonExplanation)
* insert Entry(19, LiaisonSupportPlan)
* insert Entry(20, LiaisonNextVisit)

Instance: renkei-liaison-sheet-care-manager-example
InstanceOf: RenkeiLiaisonSheet
Title: "Liaison sheet to the care manager (all twelve sections)"
Usage: #example
* insert SheetBundle(42)
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000032"
* entry[0].resource = LiaisonCompositionCareManager
* insert CareManagerEntries

Instance: LiaisonCompositionVisitingNursing
InstanceOf: RenkeiLiaisonSheetComposition
Usage: #inline
* insert SheetHeader
* extension[recipientKind].valueCoding = RenkeiRecipientKindCS#visiting-nursing "訪問看護ステーション"
* extension[recipient].valueReference.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000006"
* title = "連携シート（さくら訪問看護ステーション宛）"
* insert ConditionSection
* insert MedicalProceduresSection
* insert AdlSection
* insert MedicationsSection
* insert AllergiesInfectionsNoneSection
* insert CognitionCommunicationSection
* insert CareLevelServicesSection
* insert SupportPointsSection
* insert EmergencyContactsSection

Instance: renkei-liaison-sheet-visiting-nursing-example
InstanceOf: RenkeiLiaisonSheet
Title: "Liaison sheet to the visiting nursing station (no known allergy: emptyReason)"
Usage: #example
* insert SheetBundle(43)
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000033"
* entry[0].resource = LiaisonCompositionVisitingNursing
* insert PatientEntries
* insert Entry(06, LiaisonVisitingNursing)
* insert Entry(10, LiaisonCondition)
* insert Entry(11, LiaisonOxygen)
* insert Entry(12, LiaisonBedriddenLevel)
* insert Entry(13, LiaisonMedication)
* insert Entry(15, LiaisonDementiaLevel)
* insert Entry(16, LiaisonKeyPerson)
* insert Entry(17, LiaisonCareLevel)
* insert Entry(19, LiaisonSupportPlan)

Instance: LiaisonCompositionSupportCenter
InstanceOf: RenkeiLiaisonSheetComposition
Usage: #inline
* insert SheetHeader
* extension[recipientKind].valueCoding = RenkeiRecipientKindCS#community-support-center "地域包括支援センター"
* extension[recipient].valueReference.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000007"
* title = "連携シート（青葉地域包括支援センター宛）"
* insert AdlSection
* insert CognitionCommunicationSection
* insert FamilySection
* insert CareLevelServicesSection
* insert ExplanationSection
* insert SupportPointsSection
* insert EmergencyContactsSection
* insert NextAppointmentUnavailableSection

Instance: renkei-liaison-sheet-community-support-center-example
InstanceOf: RenkeiLiaisonSheet
Title: "Liaison sheet to the community comprehensive support center (next appointment unavailable: emptyReason)"
Usage: #example
* insert SheetBundle(44)
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000034"
* entry[0].resource = LiaisonCompositionSupportCenter
* insert PatientEntries
* insert Entry(07, LiaisonSupportCenter)
* insert Entry(12, LiaisonBedriddenLevel)
* insert Entry(15, LiaisonDementiaLevel)
* insert Entry(16, LiaisonKeyPerson)
* insert Entry(17, LiaisonCareLevel)
* insert Entry(18, LiaisonExplanation)
* insert Entry(19, LiaisonSupportPlan)

// --- Invalid: one broken rule each ---

// No recipient kind: a plain Composition claiming the profile, since SUSHI enforces the 1..1 extension.
Instance: LiaisonCompositionWithoutKind
InstanceOf: Composition
Usage: #inline
* insert SheetHeader
* extension[0].url = "http://renkei.jp/fhir/StructureDefinition/renkei-recipient"
* extension[0].valueReference.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000004"
* title = "連携シート"
* section[0].title = "病状・診断"
* section[0].code = RenkeiLiaisonSectionCS#condition "病状・診断"
* section[0].text.status = #generated
* section[0].text.div = "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>COPD 急性増悪で入院。病状は安定。</p></div>"
* section[0].entry[0].reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000010"

Instance: invalid-renkei-liaison-sheet-without-recipient-kind
InstanceOf: RenkeiLiaisonSheet
Title: "Invalid: liaison sheet without recipient kind (extension renkei-recipient-kind 1..1)"
Usage: #example
* insert SheetBundle(51)
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000051"
* entry[0].resource = LiaisonCompositionWithoutKind
* insert PatientEntries
* insert Entry(04, LiaisonClinic)
* insert Entry(10, LiaisonCondition)

// To a care manager, without the family and key person section (rls-6).
Instance: LiaisonCompositionCareManagerWithoutFamily
InstanceOf: RenkeiLiaisonSheetComposition
Usage: #inline
* insert SheetHeader
* extension[recipientKind].valueCoding = RenkeiRecipientKindCS#care-manager "居宅介護支援事業所/介護支援専門員"
* extension[recipient].valueReference.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000005"
* title = "連携シート（みどり居宅介護支援事業所宛）"
* encounter.reference = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000008"
* insert ConditionSection
* insert MedicalProceduresSection
* insert AdlSection
* insert MedicationsSection
* insert AllergiesInfectionsSection
* insert CognitionCommunicationSection
* insert CareLevelServicesSection
* insert ExplanationSection
* insert SupportPointsSection
* insert EmergencyContactsSection
* insert NextAppointmentSection

Instance: invalid-renkei-liaison-sheet-missing-required-section
InstanceOf: RenkeiLiaisonSheet
Title: "Invalid: liaison sheet to a care manager without 家族・キーパーソン (rls-6)"
Usage: #example
* insert SheetBundle(52)
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000052"
* entry[0].resource = LiaisonCompositionCareManagerWithoutFamily
* insert CareManagerEntries

// To a clinic, with the ADL section that a clinic does not get (rls-5).
Instance: LiaisonCompositionClinicWithAdl
InstanceOf: RenkeiLiaisonSheetComposition
Usage: #inline
* insert SheetHeader
* insert ClinicRecipient
* insert ClinicSections
* insert NextAppointmentSection
* insert AdlSection

Instance: invalid-renkei-liaison-sheet-section-not-for-kind
InstanceOf: RenkeiLiaisonSheet
Title: "Invalid: liaison sheet to a clinic with 日常生活動作 (rls-5)"
Usage: #example
* insert SheetBundle(53)
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000053"
* entry[0].resource = LiaisonCompositionClinicWithAdl
* insert ClinicEntries
* insert Entry(12, LiaisonBedriddenLevel)

// To a clinic, the next-appointment section with narrative only: no entries, no emptyReason (rls-3).
Instance: LiaisonCompositionClinicWithTextOnlySection
InstanceOf: RenkeiLiaisonSheetComposition
Usage: #inline
* insert SheetHeader
* insert ClinicRecipient
* insert ClinicSections
* section[nextAppointment].title = "次回受診・予定"
* section[nextAppointment].code = RenkeiLiaisonSectionCS#next-appointment "次回受診・予定"
* insert Narrative(nextAppointment, 5月上旬に外来予定。)

Instance: invalid-renkei-liaison-sheet-section-without-data-or-reason
InstanceOf: RenkeiLiaisonSheet
Title: "Invalid: section with neither entries nor emptyReason (rls-3)"
Usage: #example
* insert SheetBundle(54)
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000054"
* entry[0].resource = LiaisonCompositionClinicWithTextOnlySection
* insert PatientEntries
* insert Entry(04, LiaisonClinic)
* insert Entry(08, LiaisonAdmission)
* insert Entry(10, LiaisonCondition)
* insert Entry(11, LiaisonOxygen)
* insert Entry(13, LiaisonMedication)
* insert Entry(14, LiaisonAllergy)
* insert Entry(19, LiaisonSupportPlan)

// A collection instead of a document: a plain Bundle claiming the profile, since SUSHI enforces the fixed type.
Instance: invalid-renkei-liaison-sheet-not-a-document
InstanceOf: Bundle
Title: "Invalid: liaison sheet Bundle of type collection (Bundle.type fixed to document)"
Usage: #example
* meta.profile = "http://renkei.jp/fhir/StructureDefinition/renkei-liaison-sheet"
* insert SheetBundle(55)
* type = #collection
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000055"
* entry[0].resource = LiaisonCompositionClinic
* insert ClinicEntries

// The patient first, the Composition second (rls-1).
Instance: invalid-renkei-liaison-sheet-first-entry-not-composition
InstanceOf: RenkeiLiaisonSheet
Title: "Invalid: liaison sheet whose first entry is the patient (rls-1)"
Usage: #example
* insert SheetBundle(56)
* insert PatientEntries
* insert Entry(56, LiaisonCompositionClinic)
* insert Entry(04, LiaisonClinic)
* insert Entry(08, LiaisonAdmission)
* insert Entry(10, LiaisonCondition)
* insert Entry(11, LiaisonOxygen)
* insert Entry(13, LiaisonMedication)
* insert Entry(14, LiaisonAllergy)
* insert Entry(19, LiaisonSupportPlan)
* insert Entry(20, LiaisonNextVisit)

// The subject refers to a patient on the server, not to the document's Patient entry (rls-2).
Instance: LiaisonCompositionClinicSubjectOutside
InstanceOf: RenkeiLiaisonSheetComposition
Usage: #inline
* insert SheetHeader
* subject.reference = "Patient/renkei-demo-patient-01"
* insert ClinicRecipient
* insert ClinicSections
* insert NextAppointmentSection

Instance: invalid-renkei-liaison-sheet-subject-outside-document
InstanceOf: RenkeiLiaisonSheet
Title: "Invalid: liaison sheet whose subject is not a Patient entry of the document (rls-2)"
Usage: #example
* insert SheetBundle(57)
* entry[0].fullUrl = "urn:uuid:0f6c5b2e-4a1d-4c3e-9b7a-000000000057"
* entry[0].resource = LiaisonCompositionClinicSubjectOutside
* insert ClinicEntries
