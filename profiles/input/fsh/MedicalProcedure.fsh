// Medical procedures at home (医療処置) that make a patient medically dependent (医療依存度が高い).
CodeSystem: RenkeiMedicalProcedureCS
Id: renkei-medical-procedure
Title: "Renkei medical procedure"
Description: "A medical procedure that continues at home after discharge (在宅で継続する医療処置). Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #oxygen "在宅酸素療法" "Home oxygen therapy."
* #suction "吸引" "Suction of the airway (oral, nasal or tracheal)."
* #tube-feeding "経管栄養" "Tube feeding (nasogastric tube, gastrostomy or enterostomy)."
* #iv "中心静脈栄養/点滴" "Intravenous infusion or total parenteral nutrition (TPN)."
* #catheter "留置カテーテル" "An indwelling catheter (e.g. urinary)."
* #stoma "ストーマ" "Care of a stoma (colostomy, ileostomy, urostomy)."
* #insulin "インスリン注射" "Insulin injections."
* #ventilator "人工呼吸器" "Mechanical ventilation (invasive or non-invasive)."
* #tracheostomy "気管切開" "Tracheostomy and care of the tracheal cannula."
* #pressure-ulcer "褥瘡処置" "Pressure-ulcer (bedsore) care."
* #dialysis "透析" "Dialysis (haemodialysis or peritoneal dialysis)."
* #pain-pump "疼痛管理ポンプ" "A pain-management pump (e.g. PCA pump for opioids)."

ValueSet: RenkeiMedicalProcedureVS
Id: renkei-medical-procedure
Title: "Renkei medical procedure"
Description: "All medical procedures at home that make a patient medically dependent."
* ^status = #draft
* include codes from system RenkeiMedicalProcedureCS
