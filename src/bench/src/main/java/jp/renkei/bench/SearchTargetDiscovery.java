package jp.renkei.bench;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;

/** For {@code --mode search}: finds query values on the server with a few small searches first. */
final class SearchTargetDiscovery {

	/** One page is plenty of distinct targets, and keeps discovery cheap. */
	static final int PAGE = 100;

	private final IGenericClient client;

	SearchTargetDiscovery(IGenericClient client) {
		this.client = client;
	}

	SearchTargets discover() {
		// Prefer patients this bench created: they have identifiers and kanji/kana names to search by.
		List<Patient> patients = resources(client.search().forResource(Patient.class)
				.where(Patient.IDENTIFIER.hasSystemWithAnyCode(SyntheticPatientBundle.PATIENT_ID_SYSTEM))
				.count(PAGE).returnBundle(Bundle.class).execute(), Patient.class);
		if (patients.isEmpty()) {
			patients = resources(client.search().forResource(Patient.class)
					.count(PAGE).returnBundle(Bundle.class).execute(), Patient.class);
		}
		List<String> patientIds = patients.stream().map(p -> p.getIdElement().toUnqualifiedVersionless().getValue()).toList();

		List<String> subjects = references(client.search().forResource(CarePlan.class)
				.count(PAGE).returnBundle(Bundle.class).execute(), CarePlan.class, CarePlan::getSubject, "Patient");
		List<String> owners = references(client.search().forResource(Task.class)
				.where(Task.STATUS.exactly().code("requested"))
				.count(PAGE).returnBundle(Bundle.class).execute(), Task.class, Task::getOwner, "Organization");
		if (owners.isEmpty()) {
			// Querying Tasks of a real organization still exercises the search, even if it finds none.
			owners = resources(client.search().forResource(Organization.class)
					.count(PAGE).returnBundle(Bundle.class).execute(), Organization.class)
					.stream().map(o -> o.getIdElement().toUnqualifiedVersionless().getValue()).toList();
		}
		return new SearchTargets(
				"discovered",
				patientIds,
				patients.stream().flatMap(p -> p.getIdentifier().stream())
						.filter(i -> SyntheticPatientBundle.PATIENT_ID_SYSTEM.equals(i.getSystem()))
						.map(Identifier::getValue).distinct().toList(),
				patients.stream().flatMap(p -> p.getName().stream())
						.map(HumanName::getFamily).filter(f -> f != null && !f.isBlank()).distinct().toList(),
				subjects.isEmpty() ? patientIds : subjects,
				owners);
	}

	private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			if (type.isInstance(entry.getResource())) {
				found.add(type.cast(entry.getResource()));
			}
		}
		return found;
	}

	private static <T extends Resource> List<String> references(Bundle bundle, Class<T> type,
			Function<T, Reference> field, String targetType) {
		Set<String> ids = new LinkedHashSet<>();
		for (T resource : resources(bundle, type)) {
			String reference = field.apply(resource).getReference();
			if (reference != null) {
				IdType id = new IdType(reference).toUnqualifiedVersionless();
				if (targetType.equals(id.getResourceType())) {
					ids.add(id.getValue());
				}
			}
		}
		return List.copyOf(ids);
	}
}
