package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

class SyntheticCareBundleTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private final List<IngestedPatient> patients = List.of(
			new IngestedPatient("Patient/10", "r-0000000", "山田", "ヤマダ"),
			new IngestedPatient("Patient/11", "r-0000001", "佐藤", "サトウ"),
			new IngestedPatient("Patient/12", "r-0000002", "鈴木", "スズキ"));

	@Test
	void eachPatientGetsATeamAPlanUsingItAndARequestedTask() {
		Bundle bundle = SyntheticCareBundle.carePlans("r", patients, List.of("Organization/1", "Organization/2"), 0);

		Map<String, Long> counts = bundle.getEntry().stream()
				.collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.counting()));
		assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("CareTeam", 3L, "CarePlan", 3L, "Task", 3L));

		Set<String> fullUrls = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
				.collect(Collectors.toSet());
		bundle.getEntry().forEach(entry -> assertThat(FHIR.newTerser()
				.getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class))
				.extracting(Reference::getReference)
				.allSatisfy(ref -> assertThat(ref.startsWith("Patient/") || ref.startsWith("Organization/")
						|| fullUrls.contains(ref)).as(ref).isTrue()));

		List<CarePlan> plans = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(CarePlan.class::isInstance).map(CarePlan.class::cast).toList();
		assertThat(plans).extracting(p -> p.getSubject().getReference())
				.containsExactly("Patient/10", "Patient/11", "Patient/12");
		assertThat(plans).allSatisfy(p -> assertThat(fullUrls).contains(p.getCareTeamFirstRep().getReference()));

		List<Task> tasks = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(Task.class::isInstance).map(Task.class::cast).toList();
		assertThat(tasks).allSatisfy(t -> assertThat(t.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED));
		assertThat(tasks).extracting(t -> t.getOwner().getReference())
				.containsExactly("Organization/1", "Organization/2", "Organization/1");
	}

	@Test
	void fullUrlsDifferBetweenSlicesOfOneRun() {
		Bundle first = SyntheticCareBundle.carePlans("r", patients, List.of("Organization/1"), 0);
		Bundle second = SyntheticCareBundle.carePlans("r", patients, List.of("Organization/1"), 3);

		Set<String> firstUrls = first.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
				.collect(Collectors.toSet());
		assertThat(second.getEntry()).extracting(Bundle.BundleEntryComponent::getFullUrl)
				.noneMatch(firstUrls::contains);
	}

	@Test
	void organizationsBundleHoldsTheProviders() {
		Bundle bundle = SyntheticCareBundle.organizations("r");
		assertThat(bundle.getEntry()).hasSize(SyntheticCareBundle.ORGANIZATIONS)
				.allSatisfy(e -> assertThat(e.getResource().fhirType()).isEqualTo("Organization"));
	}
}
