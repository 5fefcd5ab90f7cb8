package jp.renkei.bench;

import java.util.List;

/**
 * Code lists the generator draws from. The codes have the shape of the Japanese masters
 * (ICD-10, YJ 12 characters, JLAC10 17 characters) so that servers index realistic token
 * values; they are not a curated extract of those masters.
 */
final class ClinicalCatalog {

	static final String ICD10_SYSTEM = "http://hl7.org/fhir/sid/icd-10";
	static final String YJ_SYSTEM = "urn:oid:1.2.392.100495.20.2.74";
	static final String JLAC10_SYSTEM = "urn:oid:1.2.392.200119.4.504";
	static final String UCUM_SYSTEM = "http://unitsofmeasure.org";

	record Diagnosis(String icd10, String display) {
	}

	record Drug(String yj, String display, String dosageText) {
	}

	/**
	 * @param decimals digits after the decimal point in reported values
	 */
	record LabTest(String jlac10, String display, String ucum, double low, double high, int decimals) {
	}

	static final List<Diagnosis> DIAGNOSES = List.of(
			new Diagnosis("I10", "本態性高血圧症"),
			new Diagnosis("E11.9", "2型糖尿病 合併症なし"),
			new Diagnosis("E78.5", "脂質異常症"),
			new Diagnosis("J18.9", "肺炎 詳細不明"),
			new Diagnosis("I50.9", "心不全 詳細不明"),
			new Diagnosis("N18.9", "慢性腎臓病 詳細不明"),
			new Diagnosis("I63.9", "脳梗塞 詳細不明"),
			new Diagnosis("I48.9", "心房細動 詳細不明"),
			new Diagnosis("J44.9", "慢性閉塞性肺疾患 詳細不明"),
			new Diagnosis("M81.9", "骨粗鬆症 詳細不明"),
			new Diagnosis("F03", "認知症 詳細不明"),
			new Diagnosis("K59.0", "便秘症"),
			new Diagnosis("S72.0", "大腿骨頚部骨折"),
			new Diagnosis("N39.0", "尿路感染症"),
			new Diagnosis("E87.1", "低ナトリウム血症"));

	static final List<Drug> DRUGS = List.of(
			new Drug("2171022F1020", "アムロジピン錠5mg", "1回1錠 1日1回 朝食後"),
			new Drug("3969007F1020", "メトホルミン塩酸塩錠250mg", "1回1錠 1日2回 朝夕食後"),
			new Drug("2189016F1020", "ロスバスタチン錠2.5mg", "1回1錠 1日1回 夕食後"),
			new Drug("2325003F1020", "ファモチジン錠20mg", "1回1錠 1日2回 朝夕食後"),
			new Drug("1149019F1020", "ロキソプロフェンナトリウム錠60mg", "1回1錠 疼痛時 1日3回まで"),
			new Drug("2139005F1020", "フロセミド錠20mg", "1回1錠 1日1回 朝食後"),
			new Drug("3332001F1020", "ワルファリンカリウム錠1mg", "1回2錠 1日1回 夕食後"),
			new Drug("2344009F1020", "酸化マグネシウム錠330mg", "1回1錠 1日3回 毎食後"),
			new Drug("1124007F1020", "ブロチゾラム錠0.25mg", "1回1錠 1日1回 就寝前"),
			new Drug("6149003F1020", "クラリスロマイシン錠200mg", "1回1錠 1日2回 朝夕食後"),
			new Drug("2149039F1020", "カンデサルタン錠8mg", "1回1錠 1日1回 朝食後"),
			new Drug("3999019F1020", "アレンドロン酸錠35mg", "1回1錠 週1回 起床時"));

	/** 44 common inpatient tests; the generator reports 36 to 44 of them per patient (about 40). */
	static final List<LabTest> LAB_TESTS = List.of(
			lab("2A990", "023", "白血球数", "10*3/uL", 3.3, 8.6, 1),
			lab("2A010", "019", "赤血球数", "10*6/uL", 4.35, 5.55, 2),
			lab("2A030", "019", "ヘモグロビン", "g/dL", 13.7, 16.8, 1),
			lab("2A040", "019", "ヘマトクリット", "%", 40.7, 50.1, 1),
			lab("2A050", "019", "MCV", "fL", 83.6, 98.2, 1),
			lab("2A060", "019", "MCH", "pg", 27.5, 33.2, 1),
			lab("2A070", "019", "MCHC", "g/dL", 31.7, 35.3, 1),
			lab("2A100", "019", "血小板数", "10*3/uL", 158, 348, 0),
			lab("3A010", "023", "総蛋白", "g/dL", 6.6, 8.1, 1),
			lab("3A015", "023", "アルブミン", "g/dL", 4.1, 5.1, 1),
			lab("3B035", "023", "AST", "U/L", 13, 30, 0),
			lab("3B045", "023", "ALT", "U/L", 10, 42, 0),
			lab("3B050", "023", "LD", "U/L", 124, 222, 0),
			lab("3B070", "023", "ALP", "U/L", 38, 113, 0),
			lab("3B090", "023", "γ-GT", "U/L", 13, 64, 0),
			lab("3B010", "023", "CK", "U/L", 59, 248, 0),
			lab("3J010", "023", "総ビリルビン", "mg/dL", 0.4, 1.5, 1),
			lab("3J015", "023", "直接ビリルビン", "mg/dL", 0.0, 0.4, 1),
			lab("3C025", "023", "尿素窒素", "mg/dL", 8, 20, 1),
			lab("3C015", "023", "クレアチニン", "mg/dL", 0.65, 1.07, 2),
			lab("3C020", "023", "尿酸", "mg/dL", 3.7, 7.8, 1),
			lab("8A065", "023", "eGFR", "mL/min/{1.73_m2}", 60, 120, 1),
			lab("3H010", "023", "ナトリウム", "mmol/L", 138, 145, 0),
			lab("3H015", "023", "カリウム", "mmol/L", 3.6, 4.8, 1),
			lab("3H020", "023", "クロール", "mmol/L", 101, 108, 0),
			lab("3H030", "023", "カルシウム", "mg/dL", 8.8, 10.1, 1),
			lab("3H040", "023", "無機リン", "mg/dL", 2.7, 4.6, 1),
			lab("3H035", "023", "マグネシウム", "mg/dL", 1.8, 2.4, 1),
			lab("3D010", "022", "グルコース", "mg/dL", 73, 109, 0),
			lab("3D046", "019", "HbA1c(NGSP)", "%", 4.9, 6.0, 1),
			lab("3F050", "023", "総コレステロール", "mg/dL", 142, 248, 0),
			lab("3F070", "023", "HDLコレステロール", "mg/dL", 38, 90, 0),
			lab("3F077", "023", "LDLコレステロール", "mg/dL", 65, 163, 0),
			lab("3F015", "023", "中性脂肪", "mg/dL", 40, 234, 0),
			lab("5C070", "023", "CRP", "mg/dL", 0.0, 0.14, 2),
			lab("3B160", "023", "アミラーゼ", "U/L", 44, 132, 0),
			lab("3I010", "023", "血清鉄", "ug/dL", 40, 188, 0),
			lab("5C095", "023", "フェリチン", "ng/mL", 21, 282, 0),
			lab("4Z250", "022", "BNP", "pg/mL", 0.0, 18.4, 1),
			lab("2B030", "022", "PT-INR", "{INR}", 0.85, 1.15, 2),
			lab("2B020", "022", "APTT", "s", 24, 39, 1),
			lab("2B140", "022", "Dダイマー", "ug/mL", 0.0, 1.0, 1),
			lab("4A055", "023", "TSH", "u[IU]/mL", 0.5, 5.0, 2),
			lab("4A060", "023", "FT4", "ng/dL", 0.9, 1.7, 2));

	/** JLAC10: analyte (5) + identification (4) + specimen (3) + method (3) + result (2). */
	private static LabTest lab(String analyte, String specimen, String display, String ucum,
			double low, double high, int decimals) {
		return new LabTest(analyte + "0000" + specimen + "271" + "01", display, ucum, low, high, decimals);
	}

	private ClinicalCatalog() {
	}
}
