// Codes for special activities of a support plan that the profile singles out.
CodeSystem: RenkeiSupportPlanActivityCS
Id: renkei-support-plan-activity
Title: "Renkei support plan activity"
Description: "Kinds of activity in a support plan that Renkei's rules refer to. Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #emergency-procedure "急変時の対応" "What to do, and whom to call, when the patient's condition changes suddenly."

ValueSet: RenkeiSupportPlanActivityVS
Id: renkei-support-plan-activity
Title: "Renkei support plan activity"
Description: "All kinds of special support plan activity."
* ^status = #draft
* include codes from system RenkeiSupportPlanActivityCS

Extension: RenkeiMedicalProcedure
Id: renkei-medical-procedure
Title: "Renkei medical procedure"
Description: "A medical procedure that continues at home (医療処置). Any such procedure makes the patient medically dependent."
* ^status = #draft
* ^context[0].type = #element
* ^context[0].expression = "CarePlan"
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept from RenkeiMedicalProcedureVS (required)
* value[x] ^short = "在宅で継続する医療処置"

Extension: RenkeiNextReviewDate
Id: renkei-next-review-date
Title: "Renkei next review date"
Description: "The date on which the support plan is to be reviewed next (次回評価日)."
* ^status = #draft
* ^context[0].type = #element
* ^context[0].expression = "CarePlan"
* value[x] 1..1
* value[x] only date
* value[x] ^short = "次回評価日"
