// Categories of the risks that a support plan (支援計画書) lists with their countermeasures.
CodeSystem: RenkeiRiskCategoryCS
Id: renkei-risk-category
Title: "Renkei risk category"
Description: "The category of a risk in a support plan (リスクの分類). Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #medical "医療的リスク" "A medical risk: worsening illness, complications, trouble with a medical device or procedure."
* #daily-life "生活上のリスク" "A risk in daily life: living alone, housing, meals, finances, falls at home."
* #care "介護上のリスク" "A risk in care: carer burden, lack of a carer, abuse risk."
* #benefit-system "制度上のリスク" "A risk from the benefit system: no care-level certification, insurance or public-assistance gaps."

ValueSet: RenkeiRiskCategoryVS
Id: renkei-risk-category
Title: "Renkei risk category"
Description: "All risk categories of a support plan."
* ^status = #draft
* include codes from system RenkeiRiskCategoryCS
