package jp.renkei.server.outbound;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Resource;

/**
 * A support plan (支援計画書) with what its printed page shows: the CarePlan first, then its patient, goals, care
 * teams and their members, and what its activities refer to, as a collection Bundle.
 */
final class SupportPlanReader {

    private static final String INCLUDES = "&_include=CarePlan:subject&_include=CarePlan:goal"
            + "&_include=CarePlan:care-team&_include=CarePlan:activity-reference"
            + "&_include:iterate=CareTeam:participant";

    private final RecordSearch search;

    SupportPlanReader(RecordSearch search) {
        this.search = search;
    }

    /** HAPI's 404 / 410 when the plan does not exist or was deleted. */
    Bundle read(String plan, String serverBase) {
        CarePlan stored = search.read(CarePlan.class, plan);
        Map<String, IBaseResource> found = new LinkedHashMap<>();
        found.put(key(stored), stored);
        search.run("CarePlan?_id=" + stored.getIdElement().getIdPart() + INCLUDES)
                .forEach(resource -> found.putIfAbsent(key(resource), resource));
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        found.forEach((key, resource) -> bundle.addEntry().setFullUrl(serverBase + "/" + key)
                .setResource((Resource) resource));
        return bundle;
    }

    private static String key(IBaseResource resource) {
        return resource.getIdElement().toUnqualifiedVersionless().getValue();
    }
}
