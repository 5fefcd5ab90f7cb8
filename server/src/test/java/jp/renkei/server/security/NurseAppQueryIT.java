package jp.renkei.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import jp.renkei.server.support.DemoNetworkExtension;
import jp.renkei.server.support.DemoNetworkServer;
import jp.renkei.server.support.TestDatabaseCondition;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one request a visiting nurse app makes for its patients' support plans (README, "A visiting nurse app"): the
 * active plans whose care team names the station, with their goals, care teams, activity references (orders,
 * appointments), patients and the team members, for the patients the station may see only. The demo network holds
 * the plan of patient 03 too, whose care team names the station but who withdrew her consent: nothing of it may come
 * back. The database may be shared with other test classes, so only {@code renkei-demo-} ids are looked at.
 */
@ExtendWith({TestDatabaseCondition.class, DemoNetworkExtension.class})
class NurseAppQueryIT {

    /** The README's request. */
    static final String NURSE_APP_QUERY = "CarePlan?status=active&_include=CarePlan:goal&_include=CarePlan:care-team"
            + "&_include=CarePlan:activity-reference&_include=CarePlan:subject"
            + "&_include:iterate=CareTeam:participant";

    private static final String NURSE = "visiting-nursing";
    private static final String HOSPITAL = "hospital-ehr";

    private final DemoNetworkServer server;

    NurseAppQueryIT(DemoNetworkServer server) {
        this.server = server;
    }

    @Test
    void oneRequestReturnsThePlansWithGoalsCareTeamsActivitiesAndPatients() {
        Bundle answer = server.as(NURSE).search().byUrl(NURSE_APP_QUERY).returnBundle(Bundle.class).execute();

        assertThat(demoIds(answer, Bundle.SearchEntryMode.MATCH)).as("the plans")
                .containsExactlyInAnyOrder("CarePlan/renkei-demo-careplan-01", "CarePlan/renkei-demo-careplan-02");
        assertThat(demoIds(answer, Bundle.SearchEntryMode.INCLUDE)).as("what comes with them").contains(
                "Goal/renkei-demo-goal-01-long", "Goal/renkei-demo-goal-01-short-1",
                "Goal/renkei-demo-goal-01-short-2", "Goal/renkei-demo-goal-02-long",
                "Goal/renkei-demo-goal-02-short-1",
                "CareTeam/renkei-demo-careteam-01", "CareTeam/renkei-demo-careteam-02",
                "Appointment/renkei-demo-appointment-01", "Appointment/renkei-demo-appointment-02",
                "ServiceRequest/renkei-demo-nursing-order-02",
                "Patient/renkei-demo-patient-01", "Patient/renkei-demo-patient-02",
                "Organization/renkei-demo-visiting-nursing-station", "Organization/renkei-demo-clinic-kawabe",
                "PractitionerRole/renkei-demo-role-watanabe");
    }

    @Test
    void nothingOfThePatientWhoWithdrewHerConsentComesBackThoughTheTeamNamesTheStation() {
        CarePlan hidden = server.as(HOSPITAL).read().resource(CarePlan.class).withId("renkei-demo-careplan-03")
                .execute();
        CareTeam team = server.as(HOSPITAL).read().resource(CareTeam.class).withId("renkei-demo-careteam-03")
                .execute();
        assertThat(hidden.getStatus()).as("the hospital's view: an active plan")
                .isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(team.getParticipant()).extracting(participant -> participant.getMember().getReference())
                .as("its care team names the station").contains("Organization/renkei-demo-visiting-nursing-station");

        Bundle answer = server.as(NURSE).search().byUrl(NURSE_APP_QUERY).returnBundle(Bundle.class).execute();

        assertThat(allIds(answer)).doesNotContain("CarePlan/renkei-demo-careplan-03",
                "CareTeam/renkei-demo-careteam-03", "Goal/renkei-demo-goal-03-short-1",
                "Appointment/renkei-demo-appointment-03", "Patient/renkei-demo-patient-03");
        assertThatThrownBy(() -> server.as(NURSE).read().resource(CarePlan.class).withId("renkei-demo-careplan-03")
                .execute()).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void thePlansOfPatientsTheStationIsNotInTheTeamOfDoNotComeBack() {
        Bundle answer = server.as(NURSE).search().byUrl(NURSE_APP_QUERY).returnBundle(Bundle.class).execute();

        assertThat(allIds(answer)).as("patient 10's draft plan, whose team is without the station")
                .doesNotContain("CarePlan/renkei-demo-careplan-10", "CareTeam/renkei-demo-careteam-10",
                        "Patient/renkei-demo-patient-10");
    }

    /**
     * A plan of the station's patient whose activity points at another patient's appointment (a slip in the
     * hospital's record): the plan comes back, the other patient's appointment does not.
     */
    @Test
    void anIncludedResourceOfAnotherPatientIsLeftOut() {
        IGenericClient hospital = server.as(HOSPITAL);
        CarePlan slip = hospital.read().resource(CarePlan.class).withId("renkei-demo-careplan-02").execute().copy();
        slip.setId((String) null);
        slip.setTitle("支援計画書（訪問看護 月次見直し）鈴木 正雄様");
        slip.getGoal().clear();
        slip.getActivity().clear();
        slip.addActivity().setReference(new Reference("Appointment/renkei-demo-appointment-03"));
        slip.addActivity().setReference(new Reference("Appointment/renkei-demo-appointment-02"));
        String slipId = hospital.create().resource(slip).execute().getId().getIdPart();

        Bundle answer = server.as(NURSE).search().byUrl("CarePlan?_id=" + slipId
                + "&_include=CarePlan:activity-reference").returnBundle(Bundle.class).execute();

        assertThat(ids(answer, Bundle.SearchEntryMode.MATCH)).containsExactly("CarePlan/" + slipId);
        assertThat(ids(answer, Bundle.SearchEntryMode.INCLUDE))
                .containsExactly("Appointment/renkei-demo-appointment-02");
    }

    /** The data a liaison sheet draws on, for a patient the station sees by consent and one it does not. */
    @Test
    void theStationReadsTheDischargeSupportDataOfItsPatientsOnly() {
        IGenericClient nurse = server.as(NURSE);
        for (String type : List.of("Procedure", "Observation", "RelatedPerson", "Communication", "Appointment")) {
            assertThat(demoIds(nurse.search().byUrl(type + "?patient=Patient/renkei-demo-patient-06")
                    .returnBundle(Bundle.class).execute(), Bundle.SearchEntryMode.MATCH))
                    .as("%s of patient 06 (consent naming the station)", type).isNotEmpty();
            assertThat(demoIds(server.as(HOSPITAL).search().byUrl(type + "?patient=Patient/renkei-demo-patient-03")
                    .returnBundle(Bundle.class).execute(), Bundle.SearchEntryMode.MATCH))
                    .as("%s of patient 03 exists", type).isNotEmpty();
            assertThat(demoIds(nurse.search().byUrl(type + "?patient=Patient/renkei-demo-patient-03")
                    .returnBundle(Bundle.class).execute(), Bundle.SearchEntryMode.MATCH))
                    .as("%s of patient 03 (consent withdrawn)", type).isEmpty();
        }
        assertThat(demoIds(nurse.search().byUrl("Procedure?status=in-progress").returnBundle(Bundle.class).execute(),
                Bundle.SearchEntryMode.MATCH)).containsExactly("Procedure/renkei-demo-procedure-06-oxygen");
        Appointment next = nurse.read().resource(Appointment.class).withId("renkei-demo-appointment-06").execute();
        assertThat(next.getStatus()).isEqualTo(Appointment.AppointmentStatus.BOOKED);
        assertThatThrownBy(() -> nurse.read().resource(Appointment.class).withId("renkei-demo-appointment-03")
                .execute()).isInstanceOf(ResourceNotFoundException.class);
    }

    private static List<String> demoIds(Bundle bundle, Bundle.SearchEntryMode mode) {
        return ids(bundle, mode).stream().filter(id -> id.contains("/renkei-demo-")).toList();
    }

    private static List<String> ids(Bundle bundle, Bundle.SearchEntryMode mode) {
        return bundle.getEntry().stream().filter(entry -> entry.getSearch().getMode() == mode)
                .map(NurseAppQueryIT::key).toList();
    }

    private static List<String> allIds(Bundle bundle) {
        return bundle.getEntry().stream().map(NurseAppQueryIT::key).toList();
    }

    /** Type/id of the entry's resource, or of its fullUrl when the resource was left out (the id alone tells). */
    private static String key(Bundle.BundleEntryComponent entry) {
        Resource resource = entry.getResource();
        if (resource == null) {
            return new IdType(entry.getFullUrl()).toUnqualifiedVersionless().getValue();
        }
        return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }
}
