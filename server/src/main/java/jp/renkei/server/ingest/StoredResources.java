package jp.renkei.server.ingest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.searchparam.MatchUrlService;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;

/**
 * The stored resources a conditional URL of an SS-MIX2 transaction matches ({@code Type?identifier=s|v}), read as the
 * server itself: what the ingest compares a file with before it writes as the sender.
 */
final class StoredResources {

    private final FhirContext fhir;
    private final DaoRegistry daos;
    private final MatchUrlService matchUrls;

    StoredResources(FhirContext fhir, DaoRegistry daos, MatchUrlService matchUrls) {
        this.fhir = fhir;
        this.daos = daos;
        this.matchUrls = matchUrls;
    }

    List<Resource> matching(String matchUrl) {
        String type = matchUrl.substring(0, matchUrl.indexOf('?'));
        SearchParameterMap map = matchUrls.translateMatchUrl(matchUrl, fhir.getResourceDefinition(type));
        map.setLoadSynchronous(true);
        IFhirResourceDao<? extends IBaseResource> dao = daos.getResourceDao(type);
        return dao.searchForResources(map, new SystemRequestDetails()).stream().map(Resource.class::cast).toList();
    }
}
