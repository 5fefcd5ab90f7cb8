package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import java.util.List;
import jp.renkei.server.support.DemoNetworkExtension;
import jp.renkei.server.support.DemoNetworkServer;
import jp.renkei.server.support.TestDatabaseCondition;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo network as the README shows it: each demo partner sees the patients its consents and care teams give it,
 * and the withdrawn consent of patient 03 gives nothing.
 */
@ExtendWith({TestDatabaseCondition.class, DemoNetworkExtension.class})
class DemoPartnersIT {

    private final DemoNetworkServer server;

    DemoPartnersIT(DemoNetworkServer server) {
        this.server = server;
    }

    @Test
    void theClinicSeesItsConsentedPatientsButNotTheOneWhoWithdrew() {
        assertThat(patients("clinic-aoba")).containsExactlyInAnyOrder("renkei-demo-patient-01",
                "renkei-demo-patient-05");
        assertThat(demoIds(as("clinic-aoba").search().byUrl("Task?status=requested").returnBundle(Bundle.class).execute()))
                .containsExactly("renkei-demo-task-01");
    }

    @Test
    void theCareManagerSeesItsConsentAndItsCareTeamsPatients() {
        assertThat(patients("care-manager")).containsExactlyInAnyOrder("renkei-demo-patient-01",
                "renkei-demo-patient-02");
        assertThat(demoIds(as("care-manager").search().byUrl("CarePlan").returnBundle(Bundle.class).execute()))
                .containsExactlyInAnyOrder("renkei-demo-careplan-01", "renkei-demo-careplan-02");
    }

    @Test
    void theVisitingNursingStationSeesItsConsentsAndItsCareTeamsPatients() {
        assertThat(patients("visiting-nursing")).containsExactlyInAnyOrder("renkei-demo-patient-01",
                "renkei-demo-patient-02", "renkei-demo-patient-06");
    }

    @Test
    void theHospitalSeesEveryPatient() {
        assertThat(patients("hospital-ehr")).as("every demo patient").hasSize(10);
    }

    /** The demo patients a partner sees. */
    private List<String> patients(String clientId) {
        return demoIds(as(clientId).search().byUrl("Patient?_count=200").returnBundle(Bundle.class).execute());
    }

    private IGenericClient as(String clientId) {
        return server.as(clientId);
    }

    /** The demo network's resources in a result: other tests share the database and add their own. */
    private static List<String> demoIds(Bundle bundle) {
        return ids(bundle).stream().filter(id -> id.startsWith("renkei-demo-")).toList();
    }

    private static List<String> ids(Bundle bundle) {
        return bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource).map(Resource::getIdElement)
                .map(IdType::getIdPart).toList();
    }
}
