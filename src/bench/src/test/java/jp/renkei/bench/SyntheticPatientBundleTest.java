package jp.renkei.bench;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

class SyntheticPatientBundleTest {

	private static final FhirContext FHIR = FhirContext.forR4Cached();

	private final SyntheticPatientBundle generator = new SyntheticPatientBundle(42L, "rtest");

	@Test
	void bundleIsATransactionOfPostedEntriesWithUniqueUuidFullUrls() {
		Bundle bundle = generator.build(7).bundle();

		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
		assertThat(bundle.getEntry()).allSatisfy(entry -> {
			assertThat(entry.getFullUrl()).matches("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
			assertThat(entry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
			assertThat(entry.getRequest().getUrl()).isEqualTo(entry.getResource().fhirType());
			assertThat(entry.getResource().hasId()).as("server assigns ids").isFalse();
		});
		assertThat(bundle.getEntry()).extracting(Bundle.BundleEntryComponent::getFullUrl).doesNotHaveDuplicates();
	}

	@Test
	void bundleHoldsOnePatientsAdmissionRecord() {
		for (int index = 0; index < 50; index++) {
			Map<String, Long> counts = generator.build(index).bundle().getEntry().stream()
					.collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.counting()));

			assertThat(counts).containsEntry("Patient", 1L)
					.containsEntry("Encounter", 1L)
					.containsEntry("Condition", 3L)
					.containsEntry("MedicationRequest", 5L)
					.containsOnlyKeys("Patient", "Encounter", "Condition", "MedicationRequest", "Observation");
			assertThat(counts.get("Observation")).isBetween(36L, 44L);
		}
	}

	@Test
	void everyReferencePointsAtAFullUrlInTheBundle() {
		Bundle bundle = generator.build(3).bundle();
		Set<String> fullUrls = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getFullUrl)
				.collect(Collectors.toSet());
		String patientUrl = bundle.getEntryFirstRep().getFullUrl();

		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			List<Reference> references = FHIR.newTerser()
					.getAllPopulatedChildElementsOfType(entry.getResource(), Reference.class);
			assertThat(references).extracting(Reference::getReference).allSatisfy(ref -> assertThat(fullUrls).contains(ref));
			if (!(entry.getResource() instanceof Patient)) {
				assertThat(references).as(entry.getResource().fhirType() + " refers to the patient")
						.extracting(Reference::getReference).contains(patientUrl);
			}
		}
	}

	@Test
	void patientHasKanjiAndKanaNamesMarkedAsJpCoreDoes() {
		GeneratedBundle generated = generator.build(11);
		Patient patient = (Patient) generated.bundle().getEntryFirstRep().getResource();

		assertThat(patient.getName()).hasSize(2);
		HumanName kanji = patient.getName().get(0);
		HumanName kana = patient.getName().get(1);
		assertThat(representation(kanji)).isEqualTo("IDE");
		assertThat(representation(kana)).isEqualTo("SYL");
		assertThat(kanji.getFamily()).isEqualTo(generated.familyKanji()).matches("\\p{IsHan}+");
		assertThat(kana.getFamily()).isEqualTo(generated.familyKana()).matches("\\p{IsKatakana}+");
		assertThat(kanji.getGivenAsSingleString()).matches("\\p{IsHan}+");
		assertThat(kana.getGivenAsSingleString()).matches("\\p{IsKatakana}+");

		assertThat(patient.getIdentifierFirstRep().getSystem()).isEqualTo(SyntheticPatientBundle.PATIENT_ID_SYSTEM);
		assertThat(patient.getIdentifierFirstRep().getValue()).isEqualTo("rtest-0000011").isEqualTo(generated.identifier());
		assertThat(patient.hasGender()).isTrue();
		assertThat(patient.getBirthDateElement().getValueAsString()).matches("\\d{4}-\\d{2}-\\d{2}");
	}

	@Test
	void encounterIsAnInpatientAdmission() {
		Encounter encounter = resources(generator.build(5).bundle(), Encounter.class).get(0);

		assertThat(encounter.getClass_().getCode()).isEqualTo("IMP");
		assertThat(encounter.getStatus()).isIn(Encounter.EncounterStatus.FINISHED, Encounter.EncounterStatus.INPROGRESS);
		assertThat(encounter.getPeriod().hasStart()).isTrue();
		assertThat(encounter.getPeriod().hasEnd()).isEqualTo(encounter.getStatus() == Encounter.EncounterStatus.FINISHED);
	}

	@Test
	void observationsAreCodedLabResultsWithUcumQuantities() {
		List<Observation> observations = resources(generator.build(9).bundle(), Observation.class);

		assertThat(observations).allSatisfy(o -> {
			assertThat(o.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("laboratory");
			assertThat(o.getCode().getCodingFirstRep().getSystem()).isEqualTo(ClinicalCatalog.JLAC10_SYSTEM);
			assertThat(o.getCode().getCodingFirstRep().getCode()).hasSize(17);
			Quantity value = o.getValueQuantity();
			assertThat(value.getSystem()).isEqualTo("http://unitsofmeasure.org");
			assertThat(value.getCode()).isNotBlank();
			assertThat(o.getReferenceRangeFirstRep().getLow().getCode()).isEqualTo(value.getCode());
			assertThat(o.getEffectiveDateTimeType().getValueAsString()).endsWith("+09:00");
		});
		assertThat(observations).extracting(o -> o.getCode().getCodingFirstRep().getCode()).doesNotHaveDuplicates();
	}

	@Test
	void sameSeedGivesSameContentAndOtherSeedsDiffer() {
		String first = json(new SyntheticPatientBundle(42L, "rtest").build(17));
		String again = json(new SyntheticPatientBundle(42L, "rtest").build(17));
		String otherSeed = json(new SyntheticPatientBundle(43L, "rtest").build(17));
		String otherIndex = json(new SyntheticPatientBundle(42L, "rtest").build(18));

		assertThat(again).isEqualTo(first);
		assertThat(otherSeed).isNotEqualTo(first);
		assertThat(otherIndex).isNotEqualTo(first);
	}

	@Test
	void contentDoesNotDependOnBuildOrder() {
		SyntheticPatientBundle a = new SyntheticPatientBundle(1L, "r");
		SyntheticPatientBundle b = new SyntheticPatientBundle(1L, "r");
		String direct = json(a.build(100));
		b.build(99);
		b.build(5);
		assertThat(json(b.build(100))).isEqualTo(direct);
	}

	@Test
	void bundleSurvivesAJsonRoundTrip() {
		GeneratedBundle generated = generator.build(2);
		String encoded = json(generated);
		Bundle parsed = FHIR.newJsonParser().parseResource(Bundle.class, encoded);

		assertThat(parsed.getEntry()).hasSize(generated.resourceCount());
		assertThat(FHIR.newJsonParser().encodeResourceToString(parsed)).isEqualTo(encoded);
	}

	private static String representation(HumanName name) {
		return ((CodeType) name.getExtensionByUrl(SyntheticPatientBundle.EN_REPRESENTATION).getValue()).getValue();
	}

	private static String json(GeneratedBundle generated) {
		return FHIR.newJsonParser().encodeResourceToString(generated.bundle());
	}

	private static <T extends Resource> List<T> resources(Bundle bundle, Class<T> type) {
		return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
				.filter(type::isInstance).map(type::cast).toList();
	}
}
