package jp.renkei.bench;

/** The read/search requests of the mix; each takes its turn in round-robin order. */
public enum QueryKind {
	PATIENT_BY_NAME("Patient?family={kanji or kana}&_count=20"),
	PATIENT_BY_IDENTIFIER("Patient?identifier=" + SyntheticPatientBundle.PATIENT_ID_SYSTEM + "|{value}"),
	OBSERVATION_BY_PATIENT("Observation?subject=Patient/{id}&_count=50"),
	CAREPLAN_BY_PATIENT("CarePlan?subject=Patient/{id}&_include=CarePlan:care-team"),
	TASK_BY_OWNER_STATUS("Task?owner=Organization/{id}&status=requested");

	private final String template;

	QueryKind(String template) {
		this.template = template;
	}

	/** The request shape, for reports and the README. */
	public String template() {
		return template;
	}
}
