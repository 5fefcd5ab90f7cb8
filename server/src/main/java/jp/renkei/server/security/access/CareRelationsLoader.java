package jp.renkei.server.security.access;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Consent;

/**
 * Reads what {@link CareRelations} is computed from: at most five small searches per request of a partner, whatever
 * the number of resources it is shown (the organization's roles, the consents naming it, its care teams, their plans
 * and the consents of those plans' patients). The searches run as the server itself, outside the caller's rules.
 */
public final class CareRelationsLoader {

    private static final TokenParam ACTIVE = new TokenParam("active");

    private final DaoRegistry daos;
    private final Clock clock;

    public CareRelationsLoader(DaoRegistry daos, Clock clock) {
        this.daos = daos;
        this.clock = clock;
    }

    public CareRelations load(String organization) {
        List<String> roles = roles(organization);
        List<Consent> consents = search("Consent", SearchParameterMap.newSynchronous()
                .add("actor", new ReferenceParam(organization)).add("status", ACTIVE), Consent.class);
        List<String> members = new ArrayList<>(roles);
        members.add(organization);
        List<CareTeam> teams = search("CareTeam", SearchParameterMap.newSynchronous()
                .add("participant", anyOf(members)).add("status", ACTIVE), CareTeam.class);
        List<CarePlan> plans = teams.isEmpty() ? List.of() : search("CarePlan", SearchParameterMap.newSynchronous()
                .add("care-team", anyOf(teams.stream().map(team -> References.key(team.getIdElement())).toList()))
                .add("status", ACTIVE), CarePlan.class);
        List<String> planPatients = plans.stream().map(plan -> References.key(plan.getSubject()))
                .filter(References::isPatient).distinct().toList();
        List<Consent> planConsents = planPatients.isEmpty() ? List.of() : search("Consent", SearchParameterMap
                .newSynchronous().add("patient", anyOf(planPatients)).add("status", ACTIVE), Consent.class);
        return CareRelations.of(organization, roles, consents, teams, plans, planConsents, clock.instant());
    }

    /**
     * Relations good for one question only, whether the organization sees this patient: read from the records around
     * the patient alone (its consents, usually enough; else also its active plans with their care teams, and the
     * organization's roles), one to three searches whatever the organization's other patients.
     */
    public CareRelations loadAround(String organization, String patient) {
        List<Consent> consents = search("Consent", SearchParameterMap.newSynchronous()
                .add("patient", new ReferenceParam(patient)).add("status", ACTIVE), Consent.class);
        CareRelations byConsent = CareRelations.of(organization, List.of(), consents, List.of(), List.of(), consents,
                clock.instant());
        if (byConsent.seesPatient(patient)) {
            return byConsent; // the usual case: a consent names it, no care team needs looking at
        }
        List<IBaseResource> plansAndTeams = search("CarePlan", SearchParameterMap.newSynchronous()
                .add("patient", new ReferenceParam(patient)).add("status", ACTIVE)
                .addInclude(new Include("CarePlan:care-team")), IBaseResource.class);
        List<CarePlan> plans = plansAndTeams.stream().filter(CarePlan.class::isInstance).map(CarePlan.class::cast)
                .toList();
        List<CareTeam> teams = plansAndTeams.stream().filter(CareTeam.class::isInstance).map(CareTeam.class::cast)
                .toList();
        return CareRelations.of(organization, roles(organization), consents, teams, plans, consents, clock.instant());
    }

    private List<String> roles(String organization) {
        return search("PractitionerRole", SearchParameterMap.newSynchronous()
                .add("organization", new ReferenceParam(organization)), IBaseResource.class).stream()
                .map(role -> References.key(role.getIdElement())).toList();
    }

    private static ReferenceOrListParam anyOf(Collection<String> references) {
        ReferenceOrListParam any = new ReferenceOrListParam();
        references.forEach(reference -> any.addOr(new ReferenceParam(reference)));
        return any;
    }

    private <T extends IBaseResource> List<T> search(String type, SearchParameterMap query, Class<T> as) {
        return daos.getResourceDao(type).search(query, new SystemRequestDetails()).getAllResources().stream()
                .map(as::cast).toList();
    }
}
