package jp.renkei.server.fhir;

import static jp.renkei.server.support.TestPatients.HOSPITAL_PATIENT_ID_SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.ArrayList;
import java.util.List;
import jp.renkei.server.support.PartnerNetwork;
import jp.renkei.server.support.RenkeiServerTest;
import jp.renkei.server.support.TestPatients;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;

@RenkeiServerTest
class SearchIT {

    private final IGenericClient client;

    SearchIT(IGenericClient client) {
        this.client = client;
    }

    @Test
    void findsAPatientByKanjiNameKanaNameAndHospitalPatientId() {
        String patientId = TestPatients.newPatientId();
        Patient patient = TestPatients.yamadaTaro(patientId);
        patient.getNameFirstRep().setFamily("東海林" + patientId);
        patient.getName().get(1).setFamily("ショウジ" + patientId);
        IdType id = (IdType) client.create().resource(patient).execute().getId();

        assertThat(searchIds("Patient?family=東海林" + patientId)).containsExactly(id.getIdPart());
        assertThat(searchIds("Patient?name=ショウジ" + patientId)).containsExactly(id.getIdPart());
        assertThat(searchIds("Patient?identifier=" + HOSPITAL_PATIENT_ID_SYSTEM + "|" + patientId))
                .containsExactly(id.getIdPart());
    }

    @Test
    void includesTheManagingOrganizationAndRevIncludesEncounters() {
        String patientId = TestPatients.newPatientId();
        // The patient's managing organization is the hospital that writes it (a provider writes only its own).
        IdType hospital = new IdType(PartnerNetwork.HOSPITAL);
        IdType patientRef = create(TestPatients.yamadaTaro(patientId));
        Encounter admission = new Encounter().setStatus(Encounter.EncounterStatus.INPROGRESS)
                .setClass_(new org.hl7.fhir.r4.model.Coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ActCode", "IMP", "inpatient encounter"))
                .setSubject(new Reference(patientRef));
        IdType encounter = create(admission);

        Bundle result = client.search().byUrl("Patient?identifier=" + HOSPITAL_PATIENT_ID_SYSTEM + "|" + patientId
                        + "&_include=Patient:organization&_revinclude=Encounter:subject")
                .returnBundle(Bundle.class).execute();

        assertThat(result.getEntry()).extracting(e -> e.getResource().getIdElement().toUnqualifiedVersionless().getValue())
                .containsExactlyInAnyOrder(patientRef.getValue(), hospital.getValue(), encounter.getValue());
    }

    @Test
    void readsAPatientsCarePlansWithTheirCareTeam() {
        IdType patient = create(TestPatients.yamadaTaro(TestPatients.newPatientId()));
        IdType team = create(new CareTeam().setName("退院支援チーム").setSubject(new Reference(patient)));
        CarePlan plan = new CarePlan().setStatus(CarePlan.CarePlanStatus.ACTIVE)
                .setIntent(CarePlan.CarePlanIntent.PLAN).setTitle("支援計画書").setSubject(new Reference(patient));
        plan.addCareTeam(new Reference(team));
        IdType planId = create(plan);

        Bundle result = client.search().byUrl("CarePlan?subject=" + patient.getValue() + "&_include=CarePlan:care-team")
                .returnBundle(Bundle.class).execute();

        assertThat(result.getEntry()).extracting(e -> e.getResource().getIdElement().toUnqualifiedVersionless().getValue())
                .containsExactlyInAnyOrder(planId.getValue(), team.getValue());
    }

    @Test
    void pagesThroughAllResultsWithNextLinks() {
        IdType patient = create(TestPatients.yamadaTaro(TestPatients.newPatientId()));
        Bundle transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
        for (int i = 0; i < 25; i++) {
            Observation potassium = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                    .setSubject(new Reference(patient))
                    .setValue(new Quantity(4.0 + i / 10.0).setUnit("mmol/L").setSystem("http://unitsofmeasure.org").setCode("mmol/L"));
            potassium.getCode().addCoding().setSystem("urn:oid:1.2.392.200119.4.504").setCode("3H0150000002327");
            transaction.addEntry().setResource(potassium).getRequest().setMethod(Bundle.HTTPVerb.POST).setUrl("Observation");
        }
        client.transaction().withBundle(transaction).execute();

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        Bundle page = client.search().byUrl("Observation?subject=" + patient.getValue() + "&_count=10")
                .returnBundle(Bundle.class).execute();
        while (true) {
            pageSizes.add(page.getEntry().size());
            page.getEntry().forEach(e -> seen.add(e.getResource().getIdElement().getIdPart()));
            if (page.getLink(Bundle.LINK_NEXT) == null) {
                break;
            }
            page = client.loadPage().next(page).execute();
        }

        assertThat(pageSizes).containsExactly(10, 10, 5);
        assertThat(seen).hasSize(25).doesNotHaveDuplicates();
    }

    @Test
    void aReferralIsFoundByTheVeryNextSearchOfItsOwner() {
        IdType clinic = create(new Organization().setName("あおば内科クリニック"));
        String waiting = "Task?owner=" + clinic.getValue() + "&status=requested";
        assertThat(searchIds(waiting)).isEmpty();

        IdType task = create(new org.hl7.fhir.r4.model.Task().setStatus(org.hl7.fhir.r4.model.Task.TaskStatus.REQUESTED)
                .setIntent(org.hl7.fhir.r4.model.Task.TaskIntent.ORDER).setOwner(new Reference(clinic)));

        assertThat(searchIds(waiting)).containsExactly(task.getIdPart());
    }

    @Test
    void findsLabResultsByCodeAndValueButRefusesTheRetiredComboParameters() {
        IdType patient = create(TestPatients.yamadaTaro(TestPatients.newPatientId()));
        String code = "3H0150000002327-" + patient.getIdPart();
        Observation potassium = new Observation().setStatus(Observation.ObservationStatus.FINAL)
                .setSubject(new Reference(patient))
                .setValue(new Quantity(5.8).setUnit("mmol/L").setSystem("http://unitsofmeasure.org").setCode("mmol/L"));
        potassium.getCode().addCoding().setSystem("urn:oid:1.2.392.200119.4.504").setCode(code);
        IdType id = create(potassium);

        assertThat(searchIds("Observation?code-value-quantity=urn:oid:1.2.392.200119.4.504|" + code + "$gt5.5"))
                .containsExactly(id.getIdPart());
        assertThat(searchIds("Observation?code-value-quantity=urn:oid:1.2.392.200119.4.504|" + code + "$lt5.5"))
                .isEmpty();
        assertThatThrownBy(() -> searchIds("Observation?combo-code=urn:oid:1.2.392.200119.4.504|" + code))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Unknown search parameter \"combo-code\"");
        CapabilityStatement capabilities = client.capabilities().ofType(CapabilityStatement.class).execute();
        assertThat(capabilities.getRestFirstRep().getResource().stream()
                        .filter(r -> r.getType().equals("Observation"))
                        .flatMap(r -> r.getSearchParam().stream())
                        .map(CapabilityStatement.CapabilityStatementRestResourceSearchParamComponent::getName))
                .contains("code", "value-quantity", "code-value-quantity", "component-code")
                .doesNotContain("combo-code", "combo-value-quantity", "component-code-value-quantity");
    }

    private List<String> searchIds(String url) {
        return client.search().byUrl(url).returnBundle(Bundle.class).execute().getEntry().stream()
                .map(e -> e.getResource().getIdElement().getIdPart()).toList();
    }

    private IdType create(Resource resource) {
        return ((IdType) client.create().resource(resource).execute().getId()).toUnqualifiedVersionless();
    }
}
