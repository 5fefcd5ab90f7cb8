// The kinds of partner a liaison sheet (連携シート) or a support plan is addressed to.
CodeSystem: RenkeiRecipientKindCS
Id: renkei-recipient-kind
Title: "Renkei recipient kind"
Description: "The kind of community partner that receives information from the hospital (送付先の種別). Displays are Japanese; definitions English."
* ^status = #draft
* ^caseSensitive = true
* ^content = #complete
* #clinic "診療所" "A partner clinic or family doctor (診療所・かかりつけ医)."
* #care-manager "居宅介護支援事業所/介護支援専門員" "A home care support office and its care manager under long-term-care insurance."
* #visiting-nursing "訪問看護ステーション" "A visiting nursing station."
* #community-support-center "地域包括支援センター" "A community comprehensive support center."

ValueSet: RenkeiRecipientKindVS
Id: renkei-recipient-kind
Title: "Renkei recipient kind"
Description: "All kinds of community partner that Renkei sends information to."
* ^status = #draft
* include codes from system RenkeiRecipientKindCS
