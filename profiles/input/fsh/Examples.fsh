// Examples of the Renkei profiles. Ids starting with "invalid-" break one rule each on purpose (RenkeiExamplesTest
// checks that the validator rejects them with that rule); the others must validate without errors.
// Breaks of cardinality (a goal without a due date, an activity without a performer) are not written here: SUSHI
// refuses to export them, so the test builds them from the valid examples.

RuleSet: PlanBasics
* meta.lastUpdated = "2025-04-01T09:00:00+09:00"
* status = #active
* intent = #plan
* title = "退院支援計画書"
* subject = Reference(Patient/renkei-demo-patient-01)
* period.start = "2025-04-01"
* period.end = "2025-09-30"
* author = Reference(PractitionerRole/renkei-demo-discharge-nurse)
* careTeam = Reference(CareTeam/renkei-demo-care-team)
* addresses = Reference(Condition/renkei-demo-condition-copd)
* extension[nextReviewDate].valueDate = "2025-06-30"
* note.text = "4月：在宅酸素の操作を家族が習得。"
* activity[0].detail.status = #scheduled
* activity[0].detail.description = "週2回の訪問看護で呼吸状態と酸素機器を確認する。"
* activity[0].detail.performer = Reference(Organization/renkei-demo-visiting-nursing)
* activity[1].detail.code = RenkeiRiskCategoryCS#medical "医療的リスク"
* activity[1].detail.status = #scheduled
* activity[1].detail.description = "SpO2 低下時は主治医へ連絡し、酸素流量は指示の範囲で調整する。"
* activity[1].detail.performer = Reference(Organization/renkei-demo-clinic)
* activity[2].detail.code = RenkeiRiskCategoryCS#daily-life "生活上のリスク"
* activity[2].detail.status = #scheduled
* activity[2].detail.description = "独居のため、配食サービスと見守りを導入する。"
* activity[2].detail.performer = Reference(Organization/renkei-demo-care-manager-office)

RuleSet: EmergencyProcedure
* activity[3].detail.code = RenkeiSupportPlanActivityCS#emergency-procedure "急変時の対応"
* activity[3].detail.status = #scheduled
* activity[3].detail.description = "呼吸困難・意識低下時は119番通報し、訪問看護ステーション（24時間対応）と主治医へ連絡する。"
* activity[3].detail.performer = Reference(Organization/renkei-demo-visiting-nursing)

Instance: renkei-goal-example
InstanceOf: RenkeiGoal
Title: "Long-term goal: live at home with home oxygen"
Usage: #example
* lifecycleStatus = #active
* category[term] = RenkeiGoalTermCS#long "長期目標"
* description.text = "在宅酸素療法を続けながら自宅で安心して暮らせる。"
* subject = Reference(Patient/renkei-demo-patient-01)
* target[0].dueDate = "2025-09-30"
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#in-progress

// Deliberately invalid goals: plain Goals claiming the profile, since SUSHI will not export an instance of RenkeiGoal
// that breaks its cardinalities.
Instance: invalid-renkei-goal-without-term
InstanceOf: Goal
Title: "Invalid: a goal that is neither long-term nor short-term"
Usage: #example
* meta.profile = Canonical(RenkeiGoal)
* lifecycleStatus = #active
* description.text = "屋内を杖で安全に歩ける。"
* subject = Reference(Patient/renkei-demo-patient-01)
* target[0].dueDate = "2025-06-30"

Instance: invalid-renkei-goal-without-due-date
InstanceOf: Goal
Title: "Invalid: a short-term goal without a due date"
Usage: #example
* meta.profile = Canonical(RenkeiGoal)
* lifecycleStatus = #active
* category = RenkeiGoalTermCS#short "短期目標"
* description.text = "屋内を杖で安全に歩ける。"
* subject = Reference(Patient/renkei-demo-patient-01)
* target[0].measure.text = "屋内の歩行距離"

Instance: goal-long
InstanceOf: RenkeiGoal
Usage: #inline
* meta.profile = "http://renkei.jp/fhir/StructureDefinition/renkei-goal"
* lifecycleStatus = #active
* category[term] = RenkeiGoalTermCS#long "長期目標"
* description.text = "在宅酸素療法を続けながら自宅で安心して暮らせる。"
* subject = Reference(Patient/renkei-demo-patient-01)
* target[0].dueDate = "2025-09-30"

Instance: goal-short
InstanceOf: RenkeiGoal
Usage: #inline
* meta.profile = "http://renkei.jp/fhir/StructureDefinition/renkei-goal"
* lifecycleStatus = #active
* category[term] = RenkeiGoalTermCS#short "短期目標"
* description.text = "家族が酸素濃縮器とボンベの操作を習得する。"
* subject = Reference(Patient/renkei-demo-patient-01)
* target[0].dueDate = "2025-05-31"

Instance: goal-short-2
InstanceOf: RenkeiGoal
Usage: #inline
* meta.profile = "http://renkei.jp/fhir/StructureDefinition/renkei-goal"
* lifecycleStatus = #active
* category[term] = RenkeiGoalTermCS#short "短期目標"
* description.text = "自宅内をトイレまで歩いて移動できる。"
* subject = Reference(Patient/renkei-demo-patient-01)
* target[0].dueDate = "2025-06-30"

Instance: renkei-support-plan-example
InstanceOf: RenkeiSupportPlan
Title: "Support plan of a medically dependent patient (home oxygen) with an emergency procedure"
Usage: #example
* insert PlanBasics
* insert EmergencyProcedure
* contained[0] = goal-long
* contained[1] = goal-short
* goal[0].reference = "#goal-long"
* goal[1].reference = "#goal-short"
* extension[medicalProcedure].valueCodeableConcept = RenkeiMedicalProcedureCS#oxygen "在宅酸素療法"

Instance: invalid-renkei-support-plan-without-long-term-goal
InstanceOf: RenkeiSupportPlan
Title: "Invalid: support plan with short-term goals only (breaks rsp-1)"
Usage: #example
* insert PlanBasics
* insert EmergencyProcedure
* contained[0] = goal-short
* contained[1] = goal-short-2
* goal[0].reference = "#goal-short"
* goal[1].reference = "#goal-short-2"
* extension[medicalProcedure].valueCodeableConcept = RenkeiMedicalProcedureCS#oxygen "在宅酸素療法"

Instance: invalid-renkei-support-plan-without-emergency-procedure
InstanceOf: RenkeiSupportPlan
Title: "Invalid: medically dependent patient without an emergency procedure (breaks rsp-2)"
Usage: #example
* insert PlanBasics
* contained[0] = goal-long
* contained[1] = goal-short
* goal[0].reference = "#goal-long"
* goal[1].reference = "#goal-short"
* extension[medicalProcedure].valueCodeableConcept = RenkeiMedicalProcedureCS#oxygen "在宅酸素療法"
