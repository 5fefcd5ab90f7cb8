package jp.renkei.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;

/**
 * Creates CarePlans, CareTeams and Tasks for some ingested patients. Not timed: the ingest figure
 * stays about the patient bundles, and this only gives the search mix something to find.
 */
final class CareSeedRun {

	/** Enough distinct targets for the search mix without making seeding a load test of its own. */
	static final int MAX_PATIENTS = 100;
	/** Three resources per patient; keeps each transaction moderate. */
	static final int PATIENTS_PER_BUNDLE = 25;

	/** Figures plus the ids the search mix queries by. */
	record Outcome(CareSeedFigures figures, List<String> carePlanSubjects, List<String> organizationIds) {
	}

	private final IGenericClient client;
	private final PrintStream out;

	CareSeedRun(IGenericClient client, PrintStream out) {
		this.client = client;
		this.out = out;
	}

	Outcome run(String runId, List<IngestedPatient> patients) {
		List<String> organizations = new ArrayList<>();
		List<String> subjects = new ArrayList<>();
		List<IngestedPatient> chosen = patients.subList(0, Math.min(MAX_PATIENTS, patients.size()));
		try {
			Bundle response = client.transaction().withBundle(SyntheticCareBundle.organizations(runId)).execute();
			organizations.addAll(locations(response, "Organization"));
			if (organizations.isEmpty()) {
				throw new IllegalStateException("server returned no Organization locations");
			}
			for (int from = 0; from < chosen.size(); from += PATIENTS_PER_BUNDLE) {
				List<IngestedPatient> slice = chosen.subList(from, Math.min(from + PATIENTS_PER_BUNDLE, chosen.size()));
				client.transaction()
						.withBundle(SyntheticCareBundle.carePlans(runId, slice, organizations, from))
						.execute();
				slice.forEach(p -> subjects.add(p.patientId()));
			}
		} catch (RuntimeException e) {
			out.printf("care seed: stopped early: %s%n", e.getMessage());
			return new Outcome(figures(organizations, subjects, e.getMessage()), subjects, organizations);
		}
		out.printf("care seed: %d Organizations, %d CarePlans/CareTeams/Tasks (not timed)%n",
				organizations.size(), subjects.size());
		return new Outcome(figures(organizations, subjects, null), subjects, organizations);
	}

	private static CareSeedFigures figures(List<String> organizations, List<String> subjects, String error) {
		return new CareSeedFigures(organizations.size(), subjects.size(), subjects.size(), subjects.size(), error);
	}

	private static List<String> locations(Bundle response, String resourceType) {
		List<String> ids = new ArrayList<>();
		for (Bundle.BundleEntryComponent entry : response.getEntry()) {
			String location = entry.getResponse().getLocation();
			if (location != null) {
				IdType id = new IdType(location).toUnqualifiedVersionless();
				if (resourceType.equals(id.getResourceType())) {
					ids.add(id.getValue());
				}
			}
		}
		return ids;
	}
}
