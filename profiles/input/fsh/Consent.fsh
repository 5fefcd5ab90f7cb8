// The patient's consent to share information in the regional network (情報共有への同意), on JP_Consent.
//
// Modelling choices:
// - One Consent per agreement: scope patient-privacy, provision permit, the organizations the patient agreed to
//   share with as provision.actor (reference Organization, role from v3-ParticipationType, e.g. IRCP), and the
//   period of the agreement (start required, rcs-1).
// - Withdrawal (同意の撤回) sets status to inactive; the record is kept.
Profile: RenkeiConsent
Parent: JP_Consent
Id: renkei-consent
Title: "Renkei consent to share"
Description: "A patient's consent to share their information with named organizations of the regional network (情報共有への同意), for a period. Withdrawal sets status inactive."
* ^status = #draft
* obeys rcs-1
* status ^short = "状態（active: 同意中、inactive: 撤回）"
* scope = http://terminology.hl7.org/CodeSystem/consentscope#patient-privacy
* scope ^short = "同意の範囲（patient-privacy 固定）"
* category 1..*
* category ^short = "同意の種類"
* patient 1..1
* patient ^short = "同意した患者"
* dateTime 1..1
* dateTime ^short = "同意の日時"
* provision 1..1
* provision ^short = "同意の内容"
* provision.type 1..1
* provision.type = #permit
* provision.period 1..1
* provision.period ^short = "共有を許可する期間（開始日は必須）"
* provision.actor 1..*
* provision.actor ^short = "共有先"
* provision.actor.role from http://terminology.hl7.org/ValueSet/v3-ParticipationType (extensible)
* provision.actor.role ^short = "共有先の役割（例: IRCP 情報受領者）"
* provision.actor.reference only Reference(Organization)
* provision.actor.reference ^short = "共有先の医療機関・事業所"

Invariant: rcs-1
Description: "The period of the consent has a start (同意期間の開始日が必要)."
Severity: #error
Expression: "provision.period.start.exists()"
