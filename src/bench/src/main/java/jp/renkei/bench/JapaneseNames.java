package jp.renkei.bench;

import java.util.List;

/** Common Japanese family and given names, each in kanji and katakana, for synthetic patients. */
final class JapaneseNames {

	/** One name written two ways: kanji (JP Core representation IDE) and katakana (SYL). */
	record Name(String kanji, String kana) {
	}

	static final List<Name> FAMILY = List.of(
			new Name("佐藤", "サトウ"), new Name("鈴木", "スズキ"), new Name("高橋", "タカハシ"),
			new Name("田中", "タナカ"), new Name("伊藤", "イトウ"), new Name("渡辺", "ワタナベ"),
			new Name("山本", "ヤマモト"), new Name("中村", "ナカムラ"), new Name("小林", "コバヤシ"),
			new Name("加藤", "カトウ"), new Name("吉田", "ヨシダ"), new Name("山田", "ヤマダ"),
			new Name("佐々木", "ササキ"), new Name("山口", "ヤマグチ"), new Name("松本", "マツモト"),
			new Name("井上", "イノウエ"), new Name("木村", "キムラ"), new Name("林", "ハヤシ"),
			new Name("斎藤", "サイトウ"), new Name("清水", "シミズ"), new Name("山崎", "ヤマザキ"),
			new Name("森", "モリ"), new Name("池田", "イケダ"), new Name("橋本", "ハシモト"),
			new Name("阿部", "アベ"), new Name("石川", "イシカワ"), new Name("山下", "ヤマシタ"),
			new Name("中島", "ナカジマ"), new Name("石井", "イシイ"), new Name("小川", "オガワ"));

	static final List<Name> MALE_GIVEN = List.of(
			new Name("太郎", "タロウ"), new Name("翔太", "ショウタ"), new Name("大輔", "ダイスケ"),
			new Name("健一", "ケンイチ"), new Name("誠", "マコト"), new Name("浩", "ヒロシ"),
			new Name("拓也", "タクヤ"), new Name("隆", "タカシ"), new Name("修", "オサム"),
			new Name("直樹", "ナオキ"), new Name("亮", "リョウ"), new Name("和夫", "カズオ"));

	static final List<Name> FEMALE_GIVEN = List.of(
			new Name("花子", "ハナコ"), new Name("陽子", "ヨウコ"), new Name("美咲", "ミサキ"),
			new Name("恵子", "ケイコ"), new Name("由美", "ユミ"), new Name("真由美", "マユミ"),
			new Name("愛", "アイ"), new Name("幸子", "サチコ"), new Name("明美", "アケミ"),
			new Name("直美", "ナオミ"), new Name("優子", "ユウコ"), new Name("久美子", "クミコ"));

	private JapaneseNames() {
	}
}
