package jp.renkei.server.security.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

class CareRelationsTest {

    static final String CLINIC = "Organization/clinic";
    static final String NURSING = "Organization/nursing";
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

    @Test
    void anActiveConsentNamingTheOrganizationOpensThePatient() {
        CareRelations relations = consented(consent("Patient/a", CLINIC, "2025-04-01", null));

        assertThat(relations.patients()).containsExactly("Patient/a");
    }

    @Test
    void aWithdrawnConsentOpensNothing() {
        Consent withdrawn = consent("Patient/a", CLINIC, "2025-04-01", null).setStatus(Consent.ConsentState.INACTIVE);

        assertThat(consented(withdrawn).patients()).isEmpty();
    }

    @Test
    void aConsentCountsOnlyWithinItsPeriodTheLastDayIncluded() {
        assertThat(consented(consent("Patient/a", CLINIC, "2026-07-01", null)).patients()).as("not yet").isEmpty();
        assertThat(consented(consent("Patient/a", CLINIC, "2025-04-01", "2026-05-31")).patients()).as("over").isEmpty();
        assertThat(consented(consent("Patient/a", CLINIC, "2025-04-01", "2026-06-01")).patients()).as("last day")
                .containsExactly("Patient/a");
    }

    @Test
    void aConsentWithoutStartOrNamingAnotherOrganizationOpensNothing() {
        Consent noStart = consent("Patient/a", CLINIC, "2025-04-01", null);
        noStart.getProvision().getPeriod().setStartElement(null);

        assertThat(consented(noStart).patients()).isEmpty();
        assertThat(consented(consent("Patient/a", NURSING, "2025-04-01", null)).patients()).isEmpty();
    }

    @Test
    void aConsentThatIsNotAConsentToShareOpensNothing() {
        Consent advanceDirective = consent("Patient/a", CLINIC, "2025-04-01", null);
        advanceDirective.getScope().getCodingFirstRep().setCode("adr");
        CareTeam team = team("CareTeam/t", CareTeam.CareTeamStatus.ACTIVE, CLINIC);
        CarePlan plan = plan("Patient/a", CarePlan.CarePlanStatus.ACTIVE, "CareTeam/t");

        assertThat(consented(advanceDirective).patients()).as("naming the organization").isEmpty();
        assertThat(CareRelations.of(CLINIC, List.of(), List.of(), List.of(team), List.of(plan),
                List.of(advanceDirective), NOW).patients()).as("care team path").isEmpty();
        assertThat(consented(advanceDirective.setScope(null)).patients()).as("no scope").isEmpty();
    }

    @Test
    void anActiveCareTeamOnAnActivePlanOpensAPatientWhoConsentedToShare() {
        CareTeam team = team("CareTeam/t", CareTeam.CareTeamStatus.ACTIVE, NURSING);
        CarePlan plan = plan("Patient/b", CarePlan.CarePlanStatus.ACTIVE, "CareTeam/t");
        Consent toTheClinicOnly = consent("Patient/b", CLINIC, "2025-04-01", null);

        CareRelations nursing = CareRelations.of(NURSING, List.of(), List.of(), List.of(team), List.of(plan),
                List.of(toTheClinicOnly), NOW);

        assertThat(nursing.patients()).containsExactly("Patient/b");
        assertThat(nursing.careTeams()).containsExactly("CareTeam/t");
    }

    @Test
    void theCareTeamPathNeedsAConsentAnActivePlanAndAnActiveTeam() {
        CareTeam team = team("CareTeam/t", CareTeam.CareTeamStatus.ACTIVE, NURSING);
        CarePlan plan = plan("Patient/b", CarePlan.CarePlanStatus.ACTIVE, "CareTeam/t");
        Consent consent = consent("Patient/b", CLINIC, "2025-04-01", null);

        assertThat(CareRelations.of(NURSING, List.of(), List.of(), List.of(team), List.of(plan), List.of(), NOW)
                .patients()).as("no consent").isEmpty();
        assertThat(CareRelations.of(NURSING, List.of(), List.of(), List.of(team),
                List.of(plan("Patient/b", CarePlan.CarePlanStatus.DRAFT, "CareTeam/t")), List.of(consent), NOW)
                .patients()).as("draft plan").isEmpty();
        assertThat(CareRelations.of(NURSING, List.of(), List.of(),
                List.of(team("CareTeam/t", CareTeam.CareTeamStatus.PROPOSED, NURSING)), List.of(plan),
                List.of(consent), NOW).patients()).as("proposed team").isEmpty();
    }

    @Test
    void aRoleOfTheOrganizationMakesItATeamMemberUntilItsParticipationEnds() {
        CareTeam team = team("CareTeam/t", CareTeam.CareTeamStatus.ACTIVE, "PractitionerRole/nurse");
        CarePlan plan = plan("Patient/b", CarePlan.CarePlanStatus.ACTIVE, "CareTeam/t");
        Consent consent = consent("Patient/b", CLINIC, "2025-04-01", null);

        assertThat(CareRelations.of(NURSING, List.of("PractitionerRole/nurse"), List.of(), List.of(team),
                List.of(plan), List.of(consent), NOW).patients()).containsExactly("Patient/b");

        team.getParticipantFirstRep().getPeriod().setEndElement(new DateTimeType("2026-01-31"));
        assertThat(CareRelations.of(NURSING, List.of("PractitionerRole/nurse"), List.of(), List.of(team),
                List.of(plan), List.of(consent), NOW).patients()).as("left the team").isEmpty();
    }

    private static CareRelations consented(Consent consent) {
        return CareRelations.of(CLINIC, List.of(), List.of(consent), List.of(), List.of(), List.of(), NOW);
    }

    static Consent consent(String patient, String organization, String start, String end) {
        Consent consent = new Consent().setStatus(Consent.ConsentState.ACTIVE).setPatient(new Reference(patient));
        consent.getScope().addCoding().setSystem("http://terminology.hl7.org/CodeSystem/consentscope")
                .setCode("patient-privacy");
        consent.getProvision().setType(Consent.ConsentProvisionType.PERMIT).addActor()
                .setReference(new Reference(organization));
        consent.getProvision().getPeriod().setStartElement(new DateTimeType(start));
        if (end != null) {
            consent.getProvision().getPeriod().setEndElement(new DateTimeType(end));
        }
        return consent;
    }

    static CareTeam team(String id, CareTeam.CareTeamStatus status, String member) {
        CareTeam team = new CareTeam().setStatus(status);
        team.setId(id);
        team.addParticipant().setMember(new Reference(member));
        return team;
    }

    static CarePlan plan(String patient, CarePlan.CarePlanStatus status, String team) {
        CarePlan plan = new CarePlan().setStatus(status).setIntent(CarePlan.CarePlanIntent.PLAN)
                .setSubject(new Reference(patient));
        plan.addCareTeam(new Reference(team));
        return plan;
    }
}
