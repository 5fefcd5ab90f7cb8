package jp.renkei.server.security.access;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/**
 * What ties one partner organization to patients at one moment: the patients it may see and the care teams it works
 * in. Computed afresh for every request from the stored Consents, CareTeams and CarePlans (never cached longer), so a
 * withdrawn consent or a member leaving a team takes effect with the next request, next pages included.
 *
 * <p>A patient is visible to the organization while
 * <ul>
 *   <li>an active Consent to share (scope patient-privacy) of the patient names the organization as {@code provision.actor} ({@code provision.type}
 *       permit, now within {@code provision.period}; the start is required, as RenkeiConsent says), or</li>
 *   <li>the organization (or one of its PractitionerRoles) is a participant, within its period, of an active CareTeam
 *       of an active CarePlan of the patient, and the patient has at least one active Consent to share: the patient
 *       agreed to the network plan that names the team.</li>
 * </ul>
 *
 * @param organization {@code Organization/<id>}
 * @param members the organization and its PractitionerRoles ({@code PractitionerRole/<id>}): references that stand
 *     for the organization as owner, performer, sender, recipient or team member
 * @param patients the visible patients, {@code Patient/<id>}
 * @param careTeams the active care teams the organization works in, {@code CareTeam/<id>}
 */
public record CareRelations(String organization, Set<String> members, Set<String> patients, Set<String> careTeams) {

    private static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

    public CareRelations {
        members = Set.copyOf(members);
        patients = Set.copyOf(patients);
        careTeams = Set.copyOf(careTeams);
    }

    /** An organization tied to nothing (or a caller naming no organization): it sees no patient. */
    public static CareRelations none(String organization) {
        return new CareRelations(organization, Set.of(organization), Set.of(), Set.of());
    }

    /**
     * From the stored records around the organization.
     *
     * @param roles the organization's PractitionerRoles, {@code PractitionerRole/<id>}
     * @param consentsNamingIt Consents whose {@code provision.actor} names the organization
     * @param teams CareTeams in which the organization or one of its roles is a participant
     * @param plans CarePlans of those teams
     * @param consentsOfPlanPatients Consents of the patients of those plans
     */
    public static CareRelations of(String organization, Collection<String> roles,
            Collection<Consent> consentsNamingIt, Collection<CareTeam> teams, Collection<CarePlan> plans,
            Collection<Consent> consentsOfPlanPatients, Instant now) {
        Set<String> members = new HashSet<>(roles);
        members.add(organization);
        Set<String> patients = consentsNamingIt.stream()
                .filter(consent -> inForce(consent, now) && names(consent, organization))
                .map(consent -> References.key(consent.getPatient()))
                .collect(Collectors.toCollection(HashSet::new));
        Set<String> activeTeams = teams.stream()
                .filter(team -> team.getStatus() == CareTeam.CareTeamStatus.ACTIVE && hasMember(team, members, now))
                .map(team -> References.key(team.getIdElement()))
                .collect(Collectors.toSet());
        Set<String> consenting = consentsOfPlanPatients.stream().filter(consent -> inForce(consent, now))
                .map(consent -> References.key(consent.getPatient())).collect(Collectors.toSet());
        plans.stream()
                .filter(plan -> plan.getStatus() == CarePlan.CarePlanStatus.ACTIVE)
                .filter(plan -> plan.getCareTeam().stream().map(References::key).anyMatch(activeTeams::contains))
                .map(plan -> References.key(plan.getSubject()))
                .filter(consenting::contains)
                .forEach(patients::add);
        return new CareRelations(organization, members, patients, activeTeams);
    }

    /**
     * Whether the consent grants sharing now: a consent to share (scope patient-privacy, as RenkeiConsent fixes it),
     * active, permit, within its period. Other consents of the patient, such as an advance directive (scope adr) a
     * hospital's discharge summary carries, are about treatment, not about who may see the record.
     */
    static boolean inForce(Consent consent, Instant now) {
        Period period = consent.getProvision().getPeriod();
        return consent.getScope().getCoding().stream()
                        .anyMatch(c -> CONSENT_SCOPE.equals(c.getSystem()) && "patient-privacy".equals(c.getCode()))
                && consent.getStatus() == Consent.ConsentState.ACTIVE
                && consent.getProvision().getType() == Consent.ConsentProvisionType.PERMIT
                && period.hasStart() && !period.getStart().toInstant().isAfter(now)
                && (!period.hasEnd() || !endOfPeriod(period).isBefore(now));
    }

    /** A period ending on a date (or month, year) covers that whole day: it ends just before the next one. */
    private static Instant endOfPeriod(Period period) {
        DateTimeType end = period.getEndElement();
        TemporalPrecisionEnum precision = end.getPrecision();
        return precision.ordinal() <= TemporalPrecisionEnum.DAY.ordinal()
                ? precision.add(end.getValue(), 1).toInstant().minusMillis(1) : end.getValue().toInstant();
    }

    private static boolean names(Consent consent, String organization) {
        return consent.getProvision().getActor().stream()
                .anyMatch(actor -> organization.equals(References.key(actor.getReference())));
    }

    private static boolean hasMember(CareTeam team, Set<String> members, Instant now) {
        return team.getParticipant().stream().anyMatch(participant ->
                (members.contains(References.key(participant.getMember()))
                        || members.contains(References.key(participant.getOnBehalfOf())))
                && covers(participant.getPeriod(), now));
    }

    private static boolean covers(Period period, Instant now) {
        return (!period.hasStart() || !period.getStart().toInstant().isAfter(now))
                && (!period.hasEnd() || !endOfPeriod(period).isBefore(now));
    }

    public boolean seesPatient(String patient) {
        return patients.contains(patient);
    }

    /** Whether the reference stands for the organization (itself or one of its PractitionerRoles). */
    public boolean isMember(Reference reference) {
        return members.contains(References.key(reference));
    }
}
