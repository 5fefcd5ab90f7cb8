package jp.renkei.server.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.List;
import java.util.stream.Stream;
import jp.renkei.server.support.MinimalResources;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every resource type of the regional network can be stored, read back and found (AuditEvents are written by the
 * server only: {@code AuditTrailIT}).
 */
@RenkeiServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResourceTypesIT {

    static final List<String> REQUIRED_TYPES = List.of("Patient", "Organization", "Practitioner",
            "PractitionerRole", "Encounter", "Condition", "AllergyIntolerance", "MedicationRequest",
            "MedicationAdministration", "Observation", "DiagnosticReport", "CarePlan", "CareTeam", "Goal",
            "ServiceRequest", "Task", "Communication", "DocumentReference", "Composition", "Bundle", "Consent",
            "AuditEvent", "Provenance", "Subscription", "Binary", "Coverage");

    private final IGenericClient client;
    private MinimalResources resources;

    ResourceTypesIT(IGenericClient client) {
        this.client = client;
    }

    @BeforeAll
    void createThePatientTheHospitalAndTheDoctor() {
        Reference patient = create(TestPatients.yamadaTaro(TestPatients.newPatientId()));
        Reference hospital = create(new Organization().setName("さくら野中央病院"));
        Reference doctor = create(new Practitioner().addName(new HumanName().setFamily("佐藤").addGiven("一郎")));
        resources = new MinimalResources(patient, hospital, doctor);
    }

    Stream<Resource> resources() {
        return resources.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void storesReadsAndFinds(Resource resource) {
        IdType id = (IdType) client.create().resource(resource).execute().getId();

        IBaseResource read = client.read().resource(resource.fhirType()).withId(id.getIdPart()).execute();
        Bundle found = client.search().byUrl(resource.fhirType() + "?_id=" + id.getIdPart())
                .returnBundle(Bundle.class).execute();

        assertThat(read.getIdElement().getIdPart()).isEqualTo(id.getIdPart());
        assertThat(((Resource) read).fhirType()).isEqualTo(resource.fhirType());
        assertThat(found.getEntry()).hasSize(1);
    }

    @Test
    void capabilityStatementListsEveryRequiredTypeAndNoGraphQl() {
        CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();

        List<String> types = capabilities.getRestFirstRep().getResource().stream()
                .map(CapabilityStatement.CapabilityStatementRestResourceComponent::getType).toList();
        assertThat(types).containsAll(REQUIRED_TYPES);
        assertThat(capabilities.getRestFirstRep().getOperation()).extracting(o -> o.getName()).doesNotContain("graphql");
        assertThat(capabilities.getRestFirstRep().getResource()).filteredOn(r -> r.getType().equals("CarePlan"))
                .singleElement().satisfies(carePlan -> assertThat(carePlan.getSupportedProfile())
                        .extracting(p -> p.getValue())
                        .contains("http://renkei.jp/fhir/StructureDefinition/renkei-support-plan"));
        assertThat(resources.all()).extracting(Resource::fhirType)
                .containsAll(REQUIRED_TYPES.stream()
                        .filter(t -> !List.of("Patient", "Organization", "Practitioner", "AuditEvent").contains(t)).toList());
    }

    private Reference create(Resource resource) {
        return new Reference(((IdType) client.create().resource(resource).execute().getId()).toUnqualifiedVersionless());
    }
}
