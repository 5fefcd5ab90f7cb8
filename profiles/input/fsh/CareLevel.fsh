// 要介護度: the certified level of long-term-care need under the long-term-care insurance.
CodeSystem: RenkeiCareLevelCS
Id: renkei-care-level
Title: "Renkei care level"
Description: "The certified care level under long-term-care insurance (要介護度). Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #support-1 "要支援1" "Support level 1: needs some support in daily life."
* #support-2 "要支援2" "Support level 2: needs support in daily life; care may become necessary."
* #care-1 "要介護1" "Care level 1: needs partial care in daily life."
* #care-2 "要介護2" "Care level 2: needs light care."
* #care-3 "要介護3" "Care level 3: needs moderate care."
* #care-4 "要介護4" "Care level 4: needs heavy care."
* #care-5 "要介護5" "Care level 5: needs the heaviest care."

ValueSet: RenkeiCareLevelVS
Id: renkei-care-level
Title: "Renkei care level"
Description: "All certified care levels (要介護度)."
* ^status = #draft
* include codes from system RenkeiCareLevelCS

// 障害高齢者の日常生活自立度（寝たきり度）
CodeSystem: RenkeiBedriddenLevelCS
Id: renkei-bedridden-level
Title: "Renkei independence level of the elderly with disabilities"
Description: "The independence level in daily life of the elderly with disabilities (障害高齢者の日常生活自立度, 寝たきり度), ranks J to C. Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #j1 "J1" "Rank J1 (生活自立): has some disability but goes out alone using transport."
* #j2 "J2" "Rank J2 (生活自立): has some disability but goes out alone in the neighbourhood."
* #a1 "A1" "Rank A1 (準寝たきり): independent indoors; goes out with help; spends the day mostly out of bed."
* #a2 "A2" "Rank A2 (準寝たきり): independent indoors; rarely goes out; often in bed during the day."
* #b1 "B1" "Rank B1 (寝たきり): needs some help indoors; sits up in bed; moves to a wheelchair and eats and excretes off the bed alone."
* #b2 "B2" "Rank B2 (寝たきり): needs help to move to a wheelchair."
* #c1 "C1" "Rank C1 (寝たきり): spends the whole day in bed; turns over alone."
* #c2 "C2" "Rank C2 (寝たきり): spends the whole day in bed; cannot turn over alone."

ValueSet: RenkeiBedriddenLevelVS
Id: renkei-bedridden-level
Title: "Renkei independence level of the elderly with disabilities"
Description: "All ranks of 障害高齢者の日常生活自立度."
* ^status = #draft
* include codes from system RenkeiBedriddenLevelCS

// 認知症高齢者の日常生活自立度
CodeSystem: RenkeiDementiaLevelCS
Id: renkei-dementia-level
Title: "Renkei independence level of the elderly with dementia"
Description: "The independence level in daily life of the elderly with dementia (認知症高齢者の日常生活自立度), ranks I to M. Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #i "Ⅰ" "Rank I: has some dementia but is almost independent in daily life at home and in society."
* #iia "Ⅱa" "Rank IIa: symptoms, behaviour or communication problems that hinder daily life are seen outside the home; independent if someone watches."
* #iib "Ⅱb" "Rank IIb: as IIa, also seen at home."
* #iiia "Ⅲa" "Rank IIIa: symptoms, behaviour or communication problems that hinder daily life are seen mainly in the daytime; needs care."
* #iiib "Ⅲb" "Rank IIIb: as IIIa, mainly at night."
* #iv "Ⅳ" "Rank IV: such symptoms are frequent; needs constant care."
* #m "M" "Rank M: marked psychiatric symptoms, problem behaviour or serious physical illness; needs specialist medical care."

ValueSet: RenkeiDementiaLevelVS
Id: renkei-dementia-level
Title: "Renkei independence level of the elderly with dementia"
Description: "All ranks of 認知症高齢者の日常生活自立度."
* ^status = #draft
* include codes from system RenkeiDementiaLevelCS
