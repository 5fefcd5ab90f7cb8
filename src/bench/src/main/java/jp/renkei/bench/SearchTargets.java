package jp.renkei.bench;

import java.util.List;
import java.util.stream.Stream;

/**
 * Values the search mix fills into its queries; all refer to data that exists on the server.
 *
 * @param source {@code ingested} (from this run) or {@code discovered} (found by searching first)
 * @param patientIds relative ids, {@code Patient/x}
 * @param identifiers values in {@link SyntheticPatientBundle#PATIENT_ID_SYSTEM}
 * @param familyNames family names, kanji and kana mixed
 * @param carePlanSubjects {@code Patient/x} that have CarePlans (or, failing that, any patients)
 * @param taskOwners {@code Organization/x} that own Tasks (or, failing that, any organizations)
 */
public record SearchTargets(
		String source,
		List<String> patientIds,
		List<String> identifiers,
		List<String> familyNames,
		List<String> carePlanSubjects,
		List<String> taskOwners) {

	public SearchTargets {
		patientIds = List.copyOf(patientIds);
		identifiers = List.copyOf(identifiers);
		familyNames = List.copyOf(familyNames);
		carePlanSubjects = List.copyOf(carePlanSubjects);
		taskOwners = List.copyOf(taskOwners);
	}

	static SearchTargets fromIngest(List<IngestedPatient> patients, CareSeedRun.Outcome care) {
		return new SearchTargets(
				"ingested",
				patients.stream().map(IngestedPatient::patientId).toList(),
				patients.stream().map(IngestedPatient::identifier).toList(),
				patients.stream().flatMap(p -> Stream.of(p.familyKanji(), p.familyKana())).distinct().toList(),
				care.carePlanSubjects(),
				care.organizationIds());
	}

	List<String> valuesFor(QueryKind kind) {
		return switch (kind) {
			case PATIENT_BY_NAME -> familyNames;
			case PATIENT_BY_IDENTIFIER -> identifiers;
			case OBSERVATION_BY_PATIENT -> patientIds;
			case CAREPLAN_BY_PATIENT -> carePlanSubjects;
			case TASK_BY_OWNER_STATUS -> taskOwners;
		};
	}
}
