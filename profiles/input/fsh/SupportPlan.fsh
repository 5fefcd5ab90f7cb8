// A support plan (支援計画書) of the liaison office, a care manager or a visiting nursing station, on JP_CarePlan.
//
// Modelling choices:
// - Goals: the long-term/short-term rule (rsp-1) must be checkable by the validator on the plan alone, so the plan
//   carries its goals as contained RenkeiGoal resources and CarePlan.goal references them ("#id"); FHIRPath cannot
//   follow references to resources on the server.
// - Risks: an activity whose detail.code comes from the risk-category code system is a risk; its
//   detail.description holds the countermeasure. Slice `risk` on activity, discriminated by the pattern on
//   detail.code.coding.system (a plain pattern is valid in R4 and needs no extension).
// - Emergency procedure (急変時の対応): an activity with detail.code renkei-support-plan-activity#emergency-procedure
//   (slice `emergency`, discriminated the same way) and its description.
// - Medically dependent: the plan lists its medical procedures in the extension renkei-medical-procedure; rsp-2
//   requires an emergency-procedure activity whenever one is present.
Profile: RenkeiSupportPlan
Parent: JP_CarePlan
Id: renkei-support-plan
Title: "Renkei support plan"
Description: "A support plan (支援計画書) exchanged in the regional network: one patient, a period, long- and short-term goals, who gives which support, risks with their countermeasures, and an emergency procedure for medically dependent patients."
* ^status = #draft
* obeys rsp-1 and rsp-2
* extension contains
    RenkeiMedicalProcedure named medicalProcedure 0..* MS and
    RenkeiNextReviewDate named nextReviewDate 0..1 MS
* extension[medicalProcedure] ^short = "医療処置（あれば医療依存度が高い）"
* extension[nextReviewDate] ^short = "次回評価日"
* contained ^short = "計画の目標（RenkeiGoal）を含む"
* subject 1..1
* subject ^short = "計画の対象となる患者"
* period 1..1
* period ^short = "計画の対象期間"
* period.start 1..1
* period.start ^short = "計画の開始日"
* author 1..1
* author ^short = "計画の作成者"
* careTeam 1..*
* careTeam ^short = "支援に関わる連携先（チーム）"
* addresses 1..*
* addresses ^short = "計画が扱う課題（問題）"
* goal 1..*
* goal only Reference(RenkeiGoal)
* goal ^short = "長期目標・短期目標（含まれた Goal を参照）"
* note MS
* note ^short = "評価・モニタリングの記録"
* activity 1..*
* activity ^short = "支援内容・リスクと対策・急変時の対応"
* activity.reference 0..0
* activity.detail 1..1
* activity.detail.performer 1..*
* activity.detail.performer only Reference(Organization or PractitionerRole)
* activity.detail.performer ^short = "支援を行う事業所・担当者"
* activity.detail.description ^short = "支援の内容"
* activity ^slicing.discriminator.type = #pattern
* activity ^slicing.discriminator.path = "detail.code.coding.system"
* activity ^slicing.rules = #open
* activity ^slicing.description = "Risks and the emergency procedure, by the code system of detail.code."
* activity contains risk 0..* and emergency 0..1
* activity[risk] ^short = "リスクとその対策"
* activity[risk].detail.code 1..1
* activity[risk].detail.code from RenkeiRiskCategoryVS (required)
* activity[risk].detail.code.coding.system = "http://renkei.jp/fhir/CodeSystem/renkei-risk-category"
* activity[risk].detail.code ^short = "リスクの分類"
* activity[risk].detail.description 1..1
* activity[risk].detail.description ^short = "リスクへの対策"
* activity[emergency] ^short = "急変時の対応"
* activity[emergency].detail.code 1..1
* activity[emergency].detail.code from RenkeiSupportPlanActivityVS (required)
* activity[emergency].detail.code.coding.system = "http://renkei.jp/fhir/CodeSystem/renkei-support-plan-activity"
* activity[emergency].detail.code.coding.code = #emergency-procedure
* activity[emergency].detail.description 1..1
* activity[emergency].detail.description ^short = "急変時の対応の手順と連絡先"

Invariant: rsp-1
Description: "A support plan has at least one long-term and one short-term goal, contained in the plan (長期目標と短期目標がそれぞれ1つ以上)."
Severity: #error
Expression: "contained.ofType(Goal).where(category.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-goal-term' and code = 'long').exists()).exists() and contained.ofType(Goal).where(category.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-goal-term' and code = 'short').exists()).exists()"

Invariant: rsp-2
Description: "A support plan for a medically dependent patient (with a medical procedure) has an emergency procedure (医療処置があれば急変時の対応が必要)."
Severity: #error
Expression: "extension.where(url = 'http://renkei.jp/fhir/StructureDefinition/renkei-medical-procedure').exists() implies activity.where(detail.code.coding.where(system = 'http://renkei.jp/fhir/CodeSystem/renkei-support-plan-activity' and code = 'emergency-procedure').exists() and detail.description.exists()).exists()"
