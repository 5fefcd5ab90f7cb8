package jp.renkei.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * Care-coordination resources for already ingested patients: a few Organizations (home-care
 * providers), and per patient a CareTeam, a CarePlan using it, and a requested Task owned by
 * one of the Organizations. They give the CarePlan and Task queries of the search mix data to find.
 */
final class SyntheticCareBundle {

	static final int ORGANIZATIONS = 5;
	private static final String ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";

	private SyntheticCareBundle() {
	}

	static Bundle organizations(String runId) {
		Bundle bundle = transaction();
		for (int n = 1; n <= ORGANIZATIONS; n++) {
			Organization organization = new Organization();
			organization.setActive(true);
			organization.addType(new CodeableConcept(new Coding(ORGANIZATION_TYPE, "prov", "Healthcare Provider")));
			organization.setName("連携ベンチ訪問看護ステーション" + n + " (" + runId + ")");
			TransactionEntries.post(bundle, uuid(runId, "organization", n), organization);
		}
		return bundle;
	}

	/**
	 * @param organizationIds server ids ({@code Organization/x}) that Tasks are assigned to, in turn
	 * @param firstIndex position of the first patient in the run, so fullUrls stay unique across bundles
	 */
	static Bundle carePlans(String runId, List<IngestedPatient> patients, List<String> organizationIds, int firstIndex) {
		Bundle bundle = transaction();
		for (int i = 0; i < patients.size(); i++) {
			int index = firstIndex + i;
			Reference patient = new Reference(patients.get(i).patientId());
			Reference owner = new Reference(organizationIds.get(index % organizationIds.size()));

			CareTeam team = new CareTeam();
			team.setStatus(CareTeam.CareTeamStatus.ACTIVE);
			team.setName("退院支援チーム");
			team.setSubject(patient);
			team.addParticipant().setMember(owner);
			Reference teamRef = TransactionEntries.post(bundle, uuid(runId, "careteam", index), team);

			CarePlan plan = new CarePlan();
			plan.setStatus(CarePlan.CarePlanStatus.ACTIVE);
			plan.setIntent(CarePlan.CarePlanIntent.PLAN);
			plan.setTitle("退院支援計画");
			plan.setSubject(patient);
			plan.addCareTeam(teamRef);
			Reference planRef = TransactionEntries.post(bundle, uuid(runId, "careplan", index), plan);

			Task task = new Task();
			task.setStatus(Task.TaskStatus.REQUESTED);
			task.setIntent(Task.TaskIntent.ORDER);
			task.setDescription("退院後訪問看護の依頼");
			task.setFor(patient);
			task.setFocus(planRef);
			task.setOwner(owner);
			TransactionEntries.post(bundle, uuid(runId, "task", index), task);
		}
		return bundle;
	}

	private static Bundle transaction() {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.TRANSACTION);
		return bundle;
	}

	/** Name-based, so the same run id and index give the same fullUrl. */
	private static UUID uuid(String runId, String kind, int index) {
		return UUID.nameUUIDFromBytes((runId + "/" + kind + "/" + index).getBytes(StandardCharsets.UTF_8));
	}
}
