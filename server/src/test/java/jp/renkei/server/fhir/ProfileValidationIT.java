package jp.renkei.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.renkei.server.support.FhirClients;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.SmartBackend;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A support plan (支援計画書) is held to the RenkeiSupportPlan profile on every write path and by $validate; resources
 * claiming JP Core or JP-CLINS profiles are held to them, the published packages' known defects not counting.
 */
@RenkeiServerTest
class ProfileValidationIT {

    private static final String SUPPORT_PLAN = "http://renkei.jp/fhir/StructureDefinition/renkei-support-plan";

    private final IGenericClient client;
    private Map<String, Reference> existing;

    ProfileValidationIT(IGenericClient client) {
        this.client = client;
    }

    @BeforeEach
    void createWhatThePlanRefersTo() {
        Reference patient = create(TestPatients.yamadaTaro(TestPatients.newPatientId()));
        Condition copd = new Condition().setSubject(patient);
        copd.getCode().setText("慢性閉塞性肺疾患");
        existing = Map.of(
                "Patient", patient,
                "Organization", create(new Organization().setName("ひまわり訪問看護ステーション")),
                "PractitionerRole", create(new PractitionerRole()),
                "CareTeam", create(new CareTeam().setName("在宅支援チーム").setSubject(patient)),
                "Condition", create(copd));
    }

    @Test
    void acceptsAValidSupportPlan() throws IOException {
        CarePlan plan = example("CarePlan-renkei-support-plan-example.json");

        IdType id = (IdType) client.create().resource(plan).execute().getId();

        assertThat(client.read().resource(CarePlan.class).withId(id.getIdPart()).execute().getContained()).hasSize(2);
    }

    @Test
    void refusesASupportPlanWithoutALongTermGoalNamingTheRule() throws IOException {
        CarePlan plan = example("CarePlan-invalid-renkei-support-plan-without-long-term-goal.json");

        assertThatThrownBy(() -> client.create().resource(plan).execute())
                .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
                    OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
                    assertThat(outcome.getIssue()).anySatisfy(issue -> {
                        assertThat(issue.getDiagnostics()).contains("rsp-1").contains("renkei-support-plan");
                        assertThat(issue.getExpression()).isNotEmpty();
                    });
                });
    }

    @Test
    void refusesAnInvalidSupportPlanInsideATransactionAndStoresNothingOfIt() throws IOException {
        CarePlan plan = example("CarePlan-invalid-renkei-support-plan-without-emergency-procedure.json");
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        Organization clinic = new Organization().setName("transaction-check-" + TestPatients.newPatientId());
        transaction.addEntry().setResource(clinic).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Organization");
        transaction.addEntry().setResource(plan).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("CarePlan");

        assertThatThrownBy(() -> client.transaction().withBundle(transaction).execute())
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("rsp-2");
        assertThat(client.search().byUrl("Organization?name:exact=" + clinic.getName())
                .returnBundle(Bundle.class).execute().getEntry()).isEmpty();
    }

    @Test
    void validateOperationHoldsAPlanToTheNamedProfileEvenWhenThePlanClaimsNone() throws Exception {
        CarePlan plan = example("CarePlan-invalid-renkei-support-plan-without-long-term-goal.json");
        plan.getMeta().getProfile().clear();

        assertThat(errors(validate(plan, SUPPORT_PLAN))).anyMatch(diagnostics -> diagnostics.contains("rsp-1"));
    }

    @Test
    void validateOperationAcceptsAValidPlanAndNamesAnUnknownProfile() throws Exception {
        CarePlan plan = example("CarePlan-renkei-support-plan-example.json");

        assertThat(errors(validate(plan, SUPPORT_PLAN))).isEmpty();
        assertThat(errors(validate(plan, "http://renkei.jp/fhir/StructureDefinition/no-such-profile")))
                .anyMatch(diagnostics -> diagnostics.contains("no-such-profile"));
    }

    @Test
    void servesRenkeisOwnProfilesCodeSystemsAndValueSets() {
        StructureDefinition supportPlan = client.read().resource(StructureDefinition.class)
                .withId("renkei-support-plan").execute();
        Bundle recipientKinds = client.search().byUrl("CodeSystem?url=http://renkei.jp/fhir/CodeSystem/renkei-recipient-kind")
                .returnBundle(Bundle.class).execute();

        assertThat(supportPlan.getUrl()).isEqualTo(SUPPORT_PLAN);
        assertThat(supportPlan.getBaseDefinition()).isEqualTo("http://jpfhir.jp/fhir/core/StructureDefinition/JP_CarePlan");
        assertThat(recipientKinds.getEntry()).singleElement().satisfies(entry -> assertThat(
                ((CodeSystem) entry.getResource()).getConcept()).extracting(c -> c.getCode())
                .contains("clinic", "care-manager", "visiting-nursing", "community-support-center"));
        assertThat(client.read().resource(ValueSet.class).withId("renkei-recipient-kind").execute().getUrl())
                .isEqualTo("http://renkei.jp/fhir/ValueSet/renkei-recipient-kind");
    }

    @Test
    void acceptsAJpCoreResourceWhoseOnlyErrorsAreKnownDefectsOfThePublishedPackage() throws IOException {
        Practitioner practitioner = fixture(Practitioner.class, "Practitioner-jp-practitioner-example-female-1.json");
        practitioner.setId((String) null);

        IdType id = (IdType) client.create().resource(practitioner).execute().getId();

        assertThat(client.read().resource(Practitioner.class).withId(id.getIdPart()).execute().getQualification())
                .isNotEmpty();
    }

    @Test
    void refusesAJpClinsMedicationRequestWithoutAStandardDrugCode() throws IOException {
        MedicationRequest request =
                fixture(MedicationRequest.class, "MedicationRequest-ErrorExample-JP-MedReq-ExtEye-Total1.json");
        request.setId((String) null);

        assertThatThrownBy(() -> client.create().resource(request).execute())
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("needs-anyOfStandardCode-medication")
                .hasMessageContaining("JP_MedicationRequest_eCS");
    }

    private static <T extends Resource> T fixture(Class<T> type, String file) throws IOException {
        try (InputStream json = ProfileValidationIT.class.getResourceAsStream("/fixtures/" + file)) {
            return FhirClients.FHIR.newJsonParser().parseResource(type, json);
        }
    }

    /**
     * {@code POST CarePlan/$validate?profile=…} with the plan as body, the form the README shows. (HAPI 8.8 reads a
     * {@code profile} sent inside a Parameters body as "UriType[…]", so the profile goes in the URL.)
     */
    private OperationOutcome validate(CarePlan plan, String profile) throws Exception {
        HttpRequest request = SmartBackend.hospitalEhr(client.getServerBase()).authorize(HttpRequest.newBuilder(
                        URI.create(client.getServerBase() + "/CarePlan/$validate?profile="
                        + URLEncoder.encode(profile, StandardCharsets.UTF_8))))
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(FhirClients.FHIR.newJsonParser().encodeResourceToString(plan)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("$validate answers 200 whatever the outcome").isEqualTo(200);
        return FhirClients.FHIR.newJsonParser().parseResource(OperationOutcome.class, response.body());
    }

    private static List<String> errors(OperationOutcome outcome) {
        return outcome.getIssue().stream()
                .filter(issue -> issue.getSeverity().ordinal() <= OperationOutcome.IssueSeverity.ERROR.ordinal())
                .map(OperationOutcome.OperationOutcomeIssueComponent::getDiagnostics)
                .toList();
    }

    /** An example from the compiled Renkei package, its references pointed at resources that exist here. */
    private CarePlan example(String file) throws IOException {
        CarePlan plan;
        try (InputStream tgz = getClass().getClassLoader().getResourceAsStream("packages/renkei.tgz");
                InputStream json = NpmPackage.fromPackage(tgz).load("package", file)) {
            plan = FhirClients.FHIR.newJsonParser().parseResource(CarePlan.class, json);
        }
        plan.setId((String) null);
        FhirClients.FHIR.newTerser().getAllPopulatedChildElementsOfType(plan, Reference.class).stream()
                .filter(ref -> ref.getReference() != null && !ref.getReference().startsWith("#"))
                .forEach(ref -> ref.setReference(existing.get(ref.getReferenceElement().getResourceType()).getReference()));
        return plan;
    }

    private Reference create(Resource resource) {
        return new Reference(((IdType) client.create().resource(resource).execute().getId()).toUnqualifiedVersionless());
    }
}
