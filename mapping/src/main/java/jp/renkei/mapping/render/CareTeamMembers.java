package jp.renkei.mapping.render;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** The members of a support plan's care teams (支援チーム) with what a partner needs to reach them. */
final class CareTeamMembers {

    private final BundleEntries entries;
    private final PartyName names;

    CareTeamMembers(BundleEntries entries, PartyName names) {
        this.entries = entries;
        this.names = names;
    }

    List<TeamMember> of(CarePlan plan) {
        return plan.getCareTeam().stream()
                .map(reference -> entries.resolve(reference, plan, CareTeam.class))
                .flatMap(Optional::stream)
                .flatMap(team -> team.getParticipant().stream())
                .map(this::member)
                .toList();
    }

    private TeamMember member(CareTeam.CareTeamParticipantComponent participant) {
        String role = participant.getRole().stream().findFirst()
                .map(r -> r.hasText() ? r.getText() : r.getCodingFirstRep().getDisplay()).orElse("");
        String organization = participant.hasOnBehalfOf()
                ? names.of(participant.getOnBehalfOf()) : names.organizationOf(participant.getMember());
        String name = names.of(participant.getMember());
        return new TeamMember(name, role, organization.equals(name) ? "" : organization, phone(participant));
    }

    /** The member's own phone, else that of the organization it acts for. */
    private String phone(CareTeam.CareTeamParticipantComponent participant) {
        return phoneOf(participant.getMember()).or(() -> phoneOf(participant.getOnBehalfOf())).orElse("");
    }

    private Optional<String> phoneOf(Reference reference) {
        return entries.resolve(reference, Resource.class).map(CareTeamMembers::telecom).orElse(List.of()).stream().filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
                .map(ContactPoint::getValue).findFirst();
    }

    private static List<ContactPoint> telecom(Resource resource) {
        if (resource instanceof Organization organization) {
            return organization.getTelecom();
        }
        if (resource instanceof PractitionerRole role) {
            return role.getTelecom();
        }
        return resource instanceof Practitioner practitioner ? practitioner.getTelecom() : List.of();
    }
}
