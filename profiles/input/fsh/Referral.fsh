// A referral (紹介) to a community partner and its handling: a ServiceRequest (the request, on JP_ServiceRequest)
// and a Task (the partner's acceptance and reply, 紹介の受付と返書), as in the FHIR table of the domain design.
//
// Modelling choices:
// - The request is a ServiceRequest with category SNOMED CT 3457005 "Patient referral" (slice `referral`, by pattern);
//   the partner is its performer; the referral letter and other documents are supportingInfo.
// - The workflow lives in the Task: owner = the partner; Task.status follows the base Task status value set
//   (requested → received → accepted / rejected → in-progress → completed); the finer state of the partner's work
//   (受付済, 日程調整中, 受診済, 返書送付済) is Task.businessStatus; the reply (返書) is Task.output → DocumentReference
//   or Communication.

Profile: RenkeiReferralRequest
Parent: JP_ServiceRequest
Id: renkei-referral-request
Title: "Renkei referral request"
Description: "A referral (紹介依頼) of one patient from a hospital or clinic to a community partner (performer), with its reason and supporting documents (診療情報提供書 etc.)."
* ^status = #draft
* obeys rrq-1
* status ^short = "依頼の状態"
* intent ^short = "依頼の意図（通常 order）"
* category 1..*
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category ^slicing.description = "The referral category (SNOMED CT 3457005) beside any other category."
* category contains referral 1..1
* category[referral] = http://snomed.info/sct#3457005 "Patient referral"
* category[referral] ^short = "紹介（SNOMED CT 3457005 Patient referral）"
* category[referral] ^definition = "Marks the service request as a referral of the patient to another provider."
* subject only Reference(Patient)
* subject ^short = "紹介される患者"
* requester 1..1
* requester ^short = "紹介元（依頼者）"
* performer 1..*
* performer only Reference(Organization or PractitionerRole)
* performer ^short = "紹介先（連携先の医療機関・事業所または担当者）"
* performer ^definition = "The community partner the patient is referred to."
* reasonCode ^short = "紹介の理由（コード・テキスト）"
* reasonReference ^short = "紹介の理由（病名・所見など）"
* supportingInfo 0..* MS
* supportingInfo only Reference(DocumentReference or Bundle)
* supportingInfo ^short = "添付文書（診療情報提供書など）"
* supportingInfo ^definition = "Supporting documents of the referral: a DocumentReference or a document Bundle (e.g. JP_Bundle_eReferral)."

Invariant: rrq-1
Description: "A referral states its reason, as a code or a reference (紹介理由が必要)."
Severity: #error
Expression: "reasonCode.exists() or reasonReference.exists()"

CodeSystem: RenkeiReferralBusinessStatusCS
Id: renkei-referral-business-status
Title: "Renkei referral business status"
Description: "The partner's progress on a referral (紹介の進捗), finer than Task.status. Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #received "受付済" "The partner has received the referral."
* #scheduling "日程調整中" "The partner is arranging the appointment with the patient."
* #visited "受診済" "The patient has been seen by the partner."
* #reply-sent "返書送付済" "The partner has sent its reply letter (返書) to the referrer."

ValueSet: RenkeiReferralBusinessStatusVS
Id: renkei-referral-business-status
Title: "Renkei referral business status"
Description: "All business statuses of a referral."
* ^status = #draft
* include codes from system RenkeiReferralBusinessStatusCS

Profile: RenkeiReferralTask
Parent: Task
Id: renkei-referral-task
Title: "Renkei referral task"
Description: "The handling of a referral by the partner (紹介の受付と返書). Task.status follows the base flow: requested (sent) → received (受付) → accepted (受諾) or rejected (辞退, with statusReason) → in-progress → completed (with the reply, 返書, as output). The partner's finer progress is businessStatus."
* ^status = #draft
* obeys rtk-1 and rtk-2
* focus 1..1
* focus only Reference(RenkeiReferralRequest)
* focus ^short = "対象の紹介依頼（ServiceRequest）"
* for 1..1
* for only Reference(Patient)
* for ^short = "紹介される患者"
* owner 1..1
* owner only Reference(Organization or PractitionerRole)
* owner ^short = "紹介先（連携先）"
* owner ^definition = "The community partner that handles the referral."
* requester 1..1
* requester ^short = "紹介元"
* status ^short = "状態（requested → received → accepted / rejected → in-progress → completed）"
* statusReason ^short = "辞退などの理由"
* businessStatus 0..1
* businessStatus from RenkeiReferralBusinessStatusVS (extensible)
* businessStatus ^short = "進捗（受付済・日程調整中・受診済・返書送付済）"
* intent = #order
* output 0..*
* output ^short = "返書"
* output ^definition = "The reply (返書) of the partner to the referrer."
* output.value[x] only Reference(DocumentReference or Communication)
* output.value[x] ^short = "返書の文書または連絡"

Invariant: rtk-1
Description: "A completed referral task carries its reply as output (完了時は返書が必要)."
Severity: #error
Expression: "status = 'completed' implies output.exists()"

Invariant: rtk-2
Description: "A rejected referral task states why (辞退時は理由が必要)."
Severity: #error
Expression: "status = 'rejected' implies statusReason.exists()"
