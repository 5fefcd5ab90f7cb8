// A goal of a support plan (支援計画書の目標): long-term (長期目標) or short-term (短期目標), with a due date.
// JP Core 1.1.2 has no Goal profile, so this profiles base FHIR Goal.
Profile: RenkeiGoal
Parent: Goal
Id: renkei-goal
Title: "Renkei goal"
Description: "A long-term or short-term goal of a support plan (支援計画書), for one patient, with a due date."
* ^status = #draft
* subject 1..1
* subject only Reference(Patient)
* subject ^short = "目標の対象となる患者"
* description 1..1
* description ^short = "目標の内容"
// The term is a category coding from the goal-term code system: a slice discriminated by that system, so that other
// categories may still be given beside it.
* category 1..*
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "coding.system"
* category ^slicing.rules = #open
* category ^slicing.description = "The goal term (long/short) by its code system."
* category contains term 1..1
* category[term] from RenkeiGoalTermVS (required)
* category[term].coding 1..1
* category[term].coding.system 1..1
* category[term].coding.system = "http://renkei.jp/fhir/CodeSystem/renkei-goal-term"
* category[term].coding.code 1..1
* category[term] ^short = "目標の期間区分（長期目標・短期目標）"
* category[term] ^definition = "Whether the goal is long-term or short-term."
* target 1..*
* target ^short = "目標の期限"
* target.due[x] 1..1
* target.due[x] only date
* target.due[x] ^short = "達成期限日"
* achievementStatus 0..1 MS
* achievementStatus ^short = "達成状況（評価）"
