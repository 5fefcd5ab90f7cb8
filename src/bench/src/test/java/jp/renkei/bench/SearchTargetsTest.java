package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;

class SearchTargetsTest {

	@Test
	void ingestedPatientsFillEveryQueryKind() {
		List<IngestedPatient> patients = List.of(
				new IngestedPatient("Patient/1", "r-0000000", "山田", "ヤマダ"),
				new IngestedPatient("Patient/2", "r-0000001", "山田", "ヤマダ"));
		CareSeedRun.Outcome care = new CareSeedRun.Outcome(new CareSeedFigures(1, 1, 1, 1, null),
				List.of("Patient/1"), List.of("Organization/7"));

		SearchTargets targets = SearchTargets.fromIngest(patients, care);

		assertThat(targets.valuesFor(QueryKind.PATIENT_BY_NAME)).containsExactly("山田", "ヤマダ");
		assertThat(targets.valuesFor(QueryKind.PATIENT_BY_IDENTIFIER)).containsExactly("r-0000000", "r-0000001");
		assertThat(targets.valuesFor(QueryKind.OBSERVATION_BY_PATIENT)).containsExactly("Patient/1", "Patient/2");
		assertThat(targets.valuesFor(QueryKind.CAREPLAN_BY_PATIENT)).containsExactly("Patient/1");
		assertThat(targets.valuesFor(QueryKind.TASK_BY_OWNER_STATUS)).containsExactly("Organization/7");
	}

	@Test
	void patientIdIsTakenFromTheFirstTransactionResponseEntry() {
		Bundle response = new Bundle();
		response.addEntry().getResponse().setLocation("Patient/123/_history/1");
		response.addEntry().getResponse().setLocation("Encounter/124/_history/1");
		assertThat(IngestRun.patientId(response)).contains("Patient/123");

		Bundle absolute = new Bundle();
		absolute.addEntry().getResponse().setLocation("http://h/fhir/Patient/abc/_history/2");
		assertThat(IngestRun.patientId(absolute)).contains("Patient/abc");

		Bundle other = new Bundle();
		other.addEntry().getResponse().setLocation("Encounter/1/_history/1");
		assertThat(IngestRun.patientId(other)).isEmpty();
		assertThat(IngestRun.patientId(new Bundle())).isEmpty();
	}
}
