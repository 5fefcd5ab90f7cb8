package jp.renkei.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RelatedPerson;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Checks the demo regional network files under {@code demo/} on the classpath: every file named in
 * {@code demo/manifest.txt} parses strictly as FHIR R4, ids are unique, every reference resolves inside the set (the
 * server enforces referential integrity on write), and the network has the parties and data the demo relies on.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoNetworkFilesTest {

    private static final String DEMO_DIR = "demo/";
    private static final String DEMO_ID_PREFIX = "renkei-demo-";
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern OWN_ID = Pattern.compile("renkei-demo-[A-Za-z0-9\\-]+");
    private static final Pattern PURELY_NUMERIC = Pattern.compile("[0-9]+");

    private static final List<String> NETWORK_ORGANIZATION_IDS = List.of(
            "renkei-demo-hospital",
            "renkei-demo-liaison-office",
            "renkei-demo-clinic-aoba",
            "renkei-demo-clinic-kawabe",
            "renkei-demo-care-manager-office",
            "renkei-demo-visiting-nursing-station",
            "renkei-demo-support-center");

    private final FhirContext ctx = FhirContext.forR4Cached();

    /** Every resource to be stored, in manifest order, with the file it came from. */
    private final List<Loaded> loaded = new ArrayList<>();

    /** "Type/id" of every resource to be stored. */
    private final Map<String, Resource> byKey = new LinkedHashMap<>();

    private List<String> manifest;

    private record Loaded(String file, Resource resource) {
        String key() {
            return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
        }
    }

    @BeforeAll
    void loadEveryFileInTheManifest() {
        FhirContext strictCtx = FhirContext.forR4();
        strictCtx.setParserErrorHandler(new StrictErrorHandler());
        IParser parser = strictCtx.newJsonParser();

        manifest = DemoNetwork.manifestEntries();
        assertThat(manifest).as("files listed in demo/manifest.txt").isNotEmpty().doesNotHaveDuplicates();

        for (String file : manifest) {
            IBaseResource parsed;
            try {
                parsed = parser.parseResource(DemoNetwork.read(DEMO_DIR + file));
            } catch (RuntimeException e) {
                throw new AssertionError("demo/" + file + " is not strictly valid FHIR R4 JSON: " + e.getMessage(), e);
            }
            if (parsed instanceof Bundle bundle && bundle.getType() == Bundle.BundleType.TRANSACTION) {
                for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
                    Resource resource = entry.getResource();
                    assertThat(resource).as("entry without resource in %s", file).isNotNull();
                    String key = resource.fhirType() + "/" + resource.getIdElement().getIdPart();
                    assertThat(entry.getRequest().getMethod())
                            .as("request.method of %s in %s", key, file)
                            .isEqualTo(Bundle.HTTPVerb.PUT);
                    assertThat(entry.getRequest().getUrl()).as("request.url of %s in %s", key, file).isEqualTo(key);
                    loaded.add(new Loaded(file, resource));
                }
            } else {
                assertThat(parsed).as("%s holds a resource (or a transaction Bundle)", file).isInstanceOf(Resource.class);
                loaded.add(new Loaded(file, (Resource) parsed));
            }
        }
        for (Loaded l : loaded) {
            byKey.putIfAbsent(l.key(), l.resource());
        }
    }

    @Test
    void everyResourceHasAValidIdAndOwnDataUsesTheDemoPrefix() {
        for (Loaded l : loaded) {
            String id = l.resource().getIdElement().getIdPart();
            assertThat(id).as("id of a %s in %s", l.resource().fhirType(), l.file()).isNotBlank().matches(FHIR_ID);
            assertThat(id).as("id %s in %s is purely numeric", id, l.file()).doesNotMatch(PURELY_NUMERIC);
            if (!l.file().startsWith("jp-fixtures/")) {
                assertThat(id).as("own id in %s", l.file()).matches(OWN_ID);
            }
        }
    }

    @Test
    void everyIdIsUnique() {
        Map<String, List<String>> filesByKey = loaded.stream()
                .collect(Collectors.groupingBy(Loaded::key, LinkedHashMap::new,
                        Collectors.mapping(Loaded::file, Collectors.toList())));
        Map<String, List<String>> duplicates = filesByKey.entrySet().stream()
                .filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(duplicates).as("resources defined more than once").isEmpty();
    }

    @Test
    void everyReferenceResolvesInsideTheDemoSet() {
        List<String> problems = new ArrayList<>();
        for (Loaded l : loaded) {
            Set<String> containedIds = containedIds(l.resource());
            for (Reference reference :
                    ctx.newTerser().getAllPopulatedChildElementsOfType(l.resource(), Reference.class)) {
                String target = reference.getReferenceElement().getValue();
                if (target == null || target.isEmpty()) {
                    continue; // identifier- or display-only reference: nothing for the server to resolve
                }
                String where = l.key() + " (" + l.file() + ") -> " + target;
                if (target.startsWith("#")) {
                    if (!containedIds.contains(target.substring(1))) {
                        problems.add(where + ": no such contained resource");
                    }
                } else if (!target.matches("[A-Za-z]+/[A-Za-z0-9\\-.]{1,64}")) {
                    problems.add(where + ": not a relative Type/id reference");
                } else if (!byKey.containsKey(target)) {
                    problems.add(where + ": target is not in the demo set");
                }
            }
        }
        assertThat(problems).as("unresolvable references").isEmpty();
    }

    @Test
    void theNetworkHasEveryKindOfParty() {
        List<Organization> organizations = all(Organization.class);
        assertThat(organizations).hasSizeGreaterThanOrEqualTo(NETWORK_ORGANIZATION_IDS.size());
        Map<String, Organization> network = organizations.stream()
                .filter(o -> o.getIdElement().getIdPart().startsWith(DEMO_ID_PREFIX))
                .collect(Collectors.toMap(o -> o.getIdElement().getIdPart(), Function.identity()));
        assertThat(network.keySet()).as("the demo network's organizations")
                .containsExactlyInAnyOrderElementsOf(NETWORK_ORGANIZATION_IDS);

        assertThat(network.get("renkei-demo-liaison-office").getPartOf().getReference())
                .isEqualTo("Organization/renkei-demo-hospital");
        for (String medical : List.of("renkei-demo-hospital", "renkei-demo-clinic-aoba", "renkei-demo-clinic-kawabe")) {
            assertThat(network.get(medical).getIdentifier())
                    .as("医療機関コード of %s", medical)
                    .anySatisfy(id -> {
                        assertThat(id.getSystem())
                                .isEqualTo("http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no");
                        assertThat(id.getValue()).matches("[0-9]{10}");
                    });
        }
        for (String care : List.of("renkei-demo-care-manager-office", "renkei-demo-visiting-nursing-station",
                "renkei-demo-support-center")) {
            assertThat(network.get(care).getIdentifier())
                    .as("介護事業所番号 of %s", care)
                    .anySatisfy(id -> {
                        assertThat(id.getSystem()).isEqualTo("http://renkei.jp/fhir/NamingSystem/ltc-provider-no");
                        assertThat(id.getValue()).matches("[0-9]{10}");
                    });
        }
    }

    @Test
    void thereAreEightToFifteenPatients() {
        assertThat(all(Patient.class)).hasSizeBetween(8, 15);
    }

    @Test
    void everyDemoPatientHasAnAdmissionProblemsMedicationsAndLabResults() {
        List<String> demoPatients = all(Patient.class).stream()
                .map(p -> "Patient/" + p.getIdElement().getIdPart())
                .filter(key -> key.startsWith("Patient/" + DEMO_ID_PREFIX))
                .toList();
        assertThat(demoPatients).isNotEmpty();

        Set<String> withEncounter = subjects(Encounter.class, e -> e.getSubject());
        Set<String> withCondition = subjects(Condition.class, c -> c.getSubject());
        Set<String> withMedication = subjects(MedicationRequest.class, m -> m.getSubject());
        Set<String> withLab = all(Observation.class).stream()
                .filter(o -> o.getCategory().stream().anyMatch(c -> c.hasCoding(
                        "http://terminology.hl7.org/CodeSystem/observation-category", "laboratory")))
                .map(o -> o.getSubject().getReference())
                .collect(Collectors.toSet());

        assertThat(withEncounter).as("patients with an Encounter").containsAll(demoPatients);
        assertThat(withCondition).as("patients with a Condition").containsAll(demoPatients);
        assertThat(withMedication).as("patients with a MedicationRequest").containsAll(demoPatients);
        assertThat(withLab).as("patients with a laboratory Observation").containsAll(demoPatients);

        assertThat(all(Encounter.class))
                .allSatisfy(e -> assertThat(e.getClass_().getCode()).isEqualTo("IMP"))
                .anySatisfy(e -> assertThat(e.getStatus()).isEqualTo(Encounter.EncounterStatus.INPROGRESS))
                .anySatisfy(e -> {
                    assertThat(e.getStatus()).isEqualTo(Encounter.EncounterStatus.FINISHED);
                    assertThat(e.getHospitalization().getDischargeDisposition().hasCoding()).isTrue();
                });
    }

    @Test
    void thereAreCarePlansWithPartnerCareTeamsAndReferralTasksOwnedByPartners() {
        List<CarePlan> carePlans = all(CarePlan.class);
        assertThat(carePlans).isNotEmpty();
        assertThat(carePlans).anySatisfy(plan -> {
            assertThat(plan.getCareTeam()).isNotEmpty();
            CareTeam team = (CareTeam) byKey.get(plan.getCareTeam().get(0).getReference());
            assertThat(team.getParticipant())
                    .filteredOn(p -> p.getMember().getReference().startsWith("Organization/"))
                    .hasSizeGreaterThanOrEqualTo(3);
        });

        List<Task> tasks = all(Task.class);
        assertThat(tasks).isNotEmpty();
        assertThat(tasks).anySatisfy(task -> {
            assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
            assertThat(task.getOwner().getReference()).startsWith("Organization/renkei-demo-clinic-");
            assertThat(task.getFocus().getReference()).startsWith("ServiceRequest/");
        });
    }

    /**
     * The conventions of the liaison-sheet examples (profiles/input/fsh/LiaisonSheetExamples.fsh), which the sheet's
     * builder reads: every patient with a support plan has a key person, the doctor's explanation, a booked next visit
     * and the 寝たきり度 of the Renkei code system; home procedures are in progress and coded from it.
     */
    @Test
    void everyPatientWithASupportPlanHasWhatALiaisonSheetDrawsOn() {
        Set<String> withPlan = subjects(CarePlan.class, CarePlan::getSubject);
        assertThat(withPlan).hasSizeGreaterThanOrEqualTo(3);
        assertThat(subjects(RelatedPerson.class, RelatedPerson::getPatient)).as("key persons").containsAll(withPlan);
        assertThat(all(Communication.class)).allSatisfy(explanation -> {
            assertThat(explanation.getStatus()).isEqualTo(Communication.CommunicationStatus.COMPLETED);
            assertThat(explanation.hasSent()).isTrue();
            assertThat(explanation.getPayloadFirstRep().hasContentStringType()).isTrue();
        });
        assertThat(subjects(Communication.class, Communication::getSubject)).as("explanations").containsAll(withPlan);
        assertThat(all(Appointment.class)).allSatisfy(visit -> {
            assertThat(visit.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
            assertThat(visit.getStart()).as("a next visit, after the demo's 2026-11").isAfter("2026-12-31");
        });
        assertThat(all(Appointment.class).stream().flatMap(visit -> visit.getParticipant().stream())
                .map(participant -> participant.getActor().getReference())).as("next visits").containsAll(withPlan);
        assertThat(all(Procedure.class)).isNotEmpty().allSatisfy(procedure -> {
            assertThat(procedure.getStatus()).isEqualTo(Procedure.ProcedureStatus.INPROGRESS);
            assertThat(procedure.getCode().getCodingFirstRep().getSystem())
                    .isEqualTo("http://renkei.jp/fhir/CodeSystem/renkei-medical-procedure");
            assertThat(procedure.getNoteFirstRep().getText()).isNotBlank();
        });
        List<Observation> bedriddenLevels = all(Observation.class).stream()
                .filter(o -> o.hasValueCodeableConcept() && "http://renkei.jp/fhir/CodeSystem/renkei-bedridden-level"
                        .equals(o.getValueCodeableConcept().getCodingFirstRep().getSystem()))
                .toList();
        assertThat(bedriddenLevels).allSatisfy(o -> assertThat(o.getCode().getText())
                .isEqualTo("障害高齢者の日常生活自立度"));
        Set<String> withBedriddenLevel = bedriddenLevels.stream().map(o -> o.getSubject().getReference())
                .collect(Collectors.toSet());
        assertThat(withBedriddenLevel).as("寝たきり度").containsAll(withPlan);
        assertThat(all(Observation.class)).filteredOn(o -> o.getCode().getText() != null
                        && o.getCode().getText().equals("要介護度"))
                .isNotEmpty().allSatisfy(level -> assertThat(level.hasEffectivePeriod()).as("認定有効期間").isTrue());
    }

    @Test
    void everyCopiedFixtureIsCitedInItsSources() {
        String sources = DemoNetwork.read(DEMO_DIR + "jp-fixtures/SOURCES.md");
        assertThat(manifest.stream().filter(f -> f.startsWith("jp-fixtures/")))
                .isNotEmpty()
                .allSatisfy(f -> assertThat(sources).contains("`" + f.substring("jp-fixtures/".length()) + "`"));
    }

    private <T extends Resource> List<T> all(Class<T> type) {
        return byKey.values().stream().filter(type::isInstance).map(type::cast).toList();
    }

    private <T extends Resource> Set<String> subjects(Class<T> type, Function<T, Reference> subject) {
        return all(type).stream().map(subject).map(Reference::getReference).collect(Collectors.toSet());
    }

    private static Set<String> containedIds(Resource resource) {
        if (!(resource instanceof DomainResource domainResource)) {
            return Set.of();
        }
        return domainResource.getContained().stream()
                .map(c -> c.getIdElement().getIdPart())
                .map(id -> id.startsWith("#") ? id.substring(1) : id)
                .collect(Collectors.toSet());
    }
}
