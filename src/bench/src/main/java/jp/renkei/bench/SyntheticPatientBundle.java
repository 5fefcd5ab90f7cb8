package jp.renkei.bench;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import java.util.UUID;
import java.util.stream.IntStream;
import jp.renkei.bench.ClinicalCatalog.Diagnosis;
import jp.renkei.bench.ClinicalCatalog.Drug;
import jp.renkei.bench.ClinicalCatalog.LabTest;
import jp.renkei.bench.JapaneseNames.Name;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.SimpleQuantity;

/**
 * Generates one inpatient's record as a FHIR transaction Bundle: a Patient with kanji and kana
 * names, an admission Encounter, 3 Conditions, 5 MedicationRequests and 36-44 lab Observations,
 * all POSTed and linked through {@code urn:uuid:} fullUrls.
 *
 * <p>Content is a pure function of (seed, run id, index), so bundles can be built on any thread
 * in any order and a seed reproduces a run.
 */
public final class SyntheticPatientBundle {

	/** A hospital's local patient-ID system, in the JP Core style (1.2.392.100495.20.3.51.1 + institution number). */
	public static final String PATIENT_ID_SYSTEM = "urn:oid:1.2.392.100495.20.3.51.11310000001";
	public static final String EN_REPRESENTATION =
			"http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";
	public static final int CONDITIONS = 3;
	public static final int MEDICATION_REQUESTS = 5;
	public static final int MIN_OBSERVATIONS = 36;
	public static final int MAX_OBSERVATIONS = 44;

	private static final String ACT_CODE_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
	private static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
	private static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
	private static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
	private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
	private static final String INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
	/** Admissions fall in the year before this date; fixed rather than "today" so a seed reproduces content. */
	private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 4, 1);
	private static final ZoneOffset JST = ZoneOffset.ofHours(9);
	private static final TimeZone JST_ZONE = TimeZone.getTimeZone(JST);
	/** Share of admissions already discharged; the rest are in progress. */
	private static final double FINISHED_SHARE = 0.7;

	private final long seed;
	private final String runId;

	public SyntheticPatientBundle(long seed, String runId) {
		this.seed = seed;
		this.runId = runId;
	}

	/** The patient identifier value of bundle {@code index}: unique per run id. */
	public String identifierOf(int index) {
		return "%s-%07d".formatted(runId, index);
	}

	public GeneratedBundle build(int index) {
		Random rnd = new Random(Seeds.forIndex(seed, index));
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.TRANSACTION);

		boolean male = rnd.nextBoolean();
		Name family = pick(rnd, JapaneseNames.FAMILY);
		Name given = pick(rnd, male ? JapaneseNames.MALE_GIVEN : JapaneseNames.FEMALE_GIVEN);
		String identifier = identifierOf(index);
		Reference patient = add(bundle, rnd, patient(identifier, family, given, male, rnd));

		LocalDateTime admitted = REFERENCE_DATE.minusDays(1 + rnd.nextInt(365)).atTime(9 + rnd.nextInt(8), rnd.nextInt(60));
		boolean finished = rnd.nextDouble() < FINISHED_SHARE;
		Reference encounter = add(bundle, rnd, encounter(patient, admitted, finished, rnd));

		for (int i : distinct(rnd, ClinicalCatalog.DIAGNOSES.size(), CONDITIONS)) {
			add(bundle, rnd, condition(patient, encounter, ClinicalCatalog.DIAGNOSES.get(i), admitted));
		}
		for (int i : distinct(rnd, ClinicalCatalog.DRUGS.size(), MEDICATION_REQUESTS)) {
			add(bundle, rnd, medicationRequest(patient, encounter, ClinicalCatalog.DRUGS.get(i),
					admitted.plusHours(rnd.nextInt(48)), finished));
		}
		// One morning blood draw on the day after admission, as ward routine does.
		LocalDateTime drawn = admitted.toLocalDate().plusDays(1).atTime(6, rnd.nextInt(60));
		int observations = MIN_OBSERVATIONS + rnd.nextInt(MAX_OBSERVATIONS - MIN_OBSERVATIONS + 1);
		List<Integer> tests = distinct(rnd, ClinicalCatalog.LAB_TESTS.size(), observations);
		Collections.sort(tests);
		for (int i : tests) {
			add(bundle, rnd, observation(patient, encounter, ClinicalCatalog.LAB_TESTS.get(i), drawn, rnd));
		}
		return new GeneratedBundle(bundle, identifier, family.kanji(), family.kana());
	}

	private static Patient patient(String identifier, Name family, Name given, boolean male, Random rnd) {
		Patient patient = new Patient();
		patient.addIdentifier().setSystem(PATIENT_ID_SYSTEM).setValue(identifier);
		patient.addName(name(family.kanji(), given.kanji(), "IDE"));
		patient.addName(name(family.kana(), given.kana(), "SYL"));
		patient.setGender(male ? AdministrativeGender.MALE : AdministrativeGender.FEMALE);
		LocalDate birth = LocalDate.of(1935, 1, 1).plusDays(rnd.nextInt(70 * 365));
		patient.setBirthDateElement(new DateType(birth.toString()));
		return patient;
	}

	/** JP Core marks which writing a HumanName is: IDE (ideographic, kanji) or SYL (syllabic, kana). */
	private static HumanName name(String family, String given, String representation) {
		HumanName name = new HumanName();
		name.setUse(HumanName.NameUse.OFFICIAL);
		name.setText(family + " " + given);
		name.setFamily(family);
		name.addGiven(given);
		name.addExtension(EN_REPRESENTATION, new CodeType(representation));
		return name;
	}

	private static Encounter encounter(Reference patient, LocalDateTime admitted, boolean finished, Random rnd) {
		Encounter encounter = new Encounter();
		encounter.setStatus(finished ? Encounter.EncounterStatus.FINISHED : Encounter.EncounterStatus.INPROGRESS);
		encounter.setClass_(new Coding(ACT_CODE_SYSTEM, "IMP", "inpatient encounter"));
		encounter.setSubject(patient);
		Period period = new Period().setStartElement(dateTime(admitted));
		if (finished) {
			period.setEndElement(dateTime(admitted.plusDays(3 + rnd.nextInt(28)).withHour(10)));
		}
		encounter.setPeriod(period);
		return encounter;
	}

	private static Condition condition(Reference patient, Reference encounter, Diagnosis diagnosis,
			LocalDateTime recorded) {
		Condition condition = new Condition();
		condition.setClinicalStatus(concept(CONDITION_CLINICAL, "active", "Active"));
		condition.setVerificationStatus(concept(CONDITION_VERIFICATION, "confirmed", "Confirmed"));
		condition.addCategory(concept(CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis"));
		condition.setCode(concept(ClinicalCatalog.ICD10_SYSTEM, diagnosis.icd10(), diagnosis.display()));
		condition.setSubject(patient);
		condition.setEncounter(encounter);
		condition.setRecordedDateElement(dateTime(recorded));
		return condition;
	}

	private static MedicationRequest medicationRequest(Reference patient, Reference encounter, Drug drug,
			LocalDateTime authored, boolean finished) {
		MedicationRequest request = new MedicationRequest();
		request.setStatus(finished
				? MedicationRequest.MedicationRequestStatus.COMPLETED
				: MedicationRequest.MedicationRequestStatus.ACTIVE);
		request.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
		request.setMedication(concept(ClinicalCatalog.YJ_SYSTEM, drug.yj(), drug.display()));
		request.setSubject(patient);
		request.setEncounter(encounter);
		request.setAuthoredOnElement(dateTime(authored));
		request.addDosageInstruction().setText(drug.dosageText());
		return request;
	}

	private static Observation observation(Reference patient, Reference encounter, LabTest test,
			LocalDateTime drawn, Random rnd) {
		Observation observation = new Observation();
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(concept(OBSERVATION_CATEGORY, "laboratory", "Laboratory"));
		observation.setCode(concept(ClinicalCatalog.JLAC10_SYSTEM, test.jlac10(), test.display()));
		observation.setSubject(patient);
		observation.setEncounter(encounter);
		observation.setEffective(dateTime(drawn));
		// Normal around the middle of the range; about one value in twenty lands outside it.
		double mid = (test.low() + test.high()) / 2;
		double value = Math.max(0, mid + rnd.nextGaussian() * (test.high() - test.low()) / 4);
		BigDecimal rounded = decimal(value, test.decimals());
		observation.setValue(quantity(new Quantity(), rounded, test.ucum()));
		observation.addReferenceRange()
				.setLow(quantity(new SimpleQuantity(), decimal(test.low(), test.decimals()), test.ucum()))
				.setHigh(quantity(new SimpleQuantity(), decimal(test.high(), test.decimals()), test.ucum()));
		String flag = rounded.doubleValue() > test.high() ? "H" : rounded.doubleValue() < test.low() ? "L" : "N";
		observation.addInterpretation(concept(INTERPRETATION, flag, null));
		return observation;
	}

	/** Adds {@code resource} as a POST entry under a fresh urn:uuid and returns a reference to it. */
	private static Reference add(Bundle bundle, Random rnd, Resource resource) {
		return TransactionEntries.post(bundle, uuid(rnd), resource);
	}

	/** A version-4-shaped UUID from the seeded Random (UUID.randomUUID would break reproducibility). */
	private static UUID uuid(Random rnd) {
		long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
		long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
		return new UUID(msb, lsb);
	}

	private static DateTimeType dateTime(LocalDateTime local) {
		Date instant = Date.from(local.toInstant(JST));
		return new DateTimeType(instant, TemporalPrecisionEnum.SECOND, JST_ZONE);
	}

	private static CodeableConcept concept(String system, String code, String display) {
		return new CodeableConcept(new Coding(system, code, display));
	}

	private static <T extends Quantity> T quantity(T quantity, BigDecimal value, String ucum) {
		quantity.setValue(value).setUnit(ucum).setSystem(ClinicalCatalog.UCUM_SYSTEM).setCode(ucum);
		return quantity;
	}

	private static BigDecimal decimal(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
	}

	private static <T> T pick(Random rnd, List<T> list) {
		return list.get(rnd.nextInt(list.size()));
	}

	/** {@code count} distinct indexes below {@code size}, in random order. */
	private static List<Integer> distinct(Random rnd, int size, int count) {
		List<Integer> all = new ArrayList<>(IntStream.range(0, size).boxed().toList());
		Collections.shuffle(all, rnd);
		return new ArrayList<>(all.subList(0, count));
	}
}
