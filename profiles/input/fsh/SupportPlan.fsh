// A support plan (支援計画書) of a care manager or a visiting nursing station, on JP Core's JP_CarePlan.
// Placeholder that proves the FSH pipeline resolves JP Core; the real constraints come with the profiles work.
Profile: RenkeiSupportPlan
Parent: JP_CarePlan
Id: renkei-support-plan
Title: "Renkei support plan"
Description: "A support plan (支援計画書) exchanged in the regional network: always about one patient, for a stated period."
* ^status = #draft
* subject 1..1
* subject ^short = "計画の対象となる患者"
* period 1..1
* period ^short = "計画の対象期間"
