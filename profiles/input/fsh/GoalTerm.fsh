// The term of a goal in a support plan (支援計画書): long-term or short-term.
CodeSystem: RenkeiGoalTermCS
Id: renkei-goal-term
Title: "Renkei goal term"
Description: "Whether a goal of a support plan is long-term (長期目標) or short-term (短期目標)."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #long "長期目標" "A long-term goal of the support plan."
* #short "短期目標" "A short-term goal of the support plan."

ValueSet: RenkeiGoalTermVS
Id: renkei-goal-term
Title: "Renkei goal term"
Description: "All goal terms of a support plan."
* ^status = #draft
* include codes from system RenkeiGoalTermCS
