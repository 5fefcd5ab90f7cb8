// Examples of RenkeiReferralRequest, RenkeiReferralTask and RenkeiConsent. Ids starting with "invalid-" break one
// invariant each on purpose (RenkeiReferralAndConsentTest checks that the validator rejects them with that key);
// the others must validate without errors. Breaks of cardinality (a task without owner, a referral without
// performer, a consent without actor) are built by the test from the valid examples, since SUSHI refuses to export
// them.

RuleSet: ReferralBasics
* meta.lastUpdated = "2025-04-10T10:00:00+09:00"
* status = #active
* intent = #order
* category[referral] = http://snomed.info/sct#3457005 "Patient referral"
* subject = Reference(Patient/renkei-demo-patient-01)
* authoredOn = "2025-04-10"
* requester = Reference(PractitionerRole/renkei-demo-hospital-physician)
* performer = Reference(Organization/renkei-demo-clinic-aoba)
* supportingInfo = Reference(DocumentReference/renkei-demo-referral-letter)
* note.text = "退院後の在宅酸素療法の継続管理をお願いします。"

Instance: renkei-referral-request-example
InstanceOf: RenkeiReferralRequest
Title: "Referral to the family doctor after discharge"
Usage: #example
* insert ReferralBasics
* reasonCode.text = "COPD 増悪による入院後、在宅酸素療法の継続管理"

Instance: invalid-renkei-referral-request-without-reason
InstanceOf: RenkeiReferralRequest
Title: "Invalid: referral without reason (rrq-1)"
Usage: #example
* insert ReferralBasics

RuleSet: TaskBasics
* meta.lastUpdated = "2025-04-20T15:00:00+09:00"
* intent = #order
* focus = Reference(ServiceRequest/renkei-referral-request-example)
* for = Reference(Patient/renkei-demo-patient-01)
* authoredOn = "2025-04-10T10:00:00+09:00"
* requester = Reference(Organization/renkei-demo-hospital)
* owner = Reference(Organization/renkei-demo-clinic-aoba)

Instance: renkei-referral-task-example
InstanceOf: RenkeiReferralTask
Title: "Referral task completed with its reply"
Usage: #example
* insert TaskBasics
* status = #completed
* businessStatus = RenkeiReferralBusinessStatusCS#reply-sent "返書送付済"
* output[0].type.text = "返書"
* output[0].valueReference = Reference(DocumentReference/renkei-demo-reply-letter)

Instance: renkei-referral-task-in-progress-example
InstanceOf: RenkeiReferralTask
Title: "Referral task accepted, appointment being arranged"
Usage: #example
* insert TaskBasics
* status = #in-progress
* businessStatus = RenkeiReferralBusinessStatusCS#scheduling "日程調整中"

Instance: invalid-renkei-referral-task-completed-without-output
InstanceOf: RenkeiReferralTask
Title: "Invalid: completed referral task without reply (rtk-1)"
Usage: #example
* insert TaskBasics
* status = #completed
* businessStatus = RenkeiReferralBusinessStatusCS#visited "受診済"

Instance: invalid-renkei-referral-task-rejected-without-reason
InstanceOf: RenkeiReferralTask
Title: "Invalid: rejected referral task without reason (rtk-2)"
Usage: #example
* insert TaskBasics
* status = #rejected

RuleSet: ConsentBasics
* meta.lastUpdated = "2025-04-01T09:00:00+09:00"
* status = #active
* category = http://terminology.hl7.org/CodeSystem/v3-ActCode#IDSCL "information disclosure"
* patient = Reference(Patient/renkei-demo-patient-01)
* dateTime = "2025-04-01T09:00:00+09:00"
* organization = Reference(Organization/renkei-demo-hospital)
* policyRule = http://terminology.hl7.org/CodeSystem/v3-ActCode#OPTIN "opt-in"
* provision.type = #permit
* provision.actor[0].role = http://terminology.hl7.org/CodeSystem/v3-ParticipationType#IRCP "information recipient"
* provision.actor[0].reference = Reference(Organization/renkei-demo-clinic-aoba)

Instance: renkei-consent-example
InstanceOf: RenkeiConsent
Title: "Consent to share with the family doctor's clinic"
Usage: #example
* insert ConsentBasics
* provision.period.start = "2025-04-01"
* provision.period.end = "2026-03-31"

Instance: invalid-renkei-consent-without-period-start
InstanceOf: RenkeiConsent
Title: "Invalid: consent without the start of its period (rcs-1)"
Usage: #example
* insert ConsentBasics
* provision.period.end = "2026-03-31"
