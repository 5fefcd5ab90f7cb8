package jp.renkei.server.search;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ResourceGoneException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import jp.renkei.server.config.StartupTask;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.SearchParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Stores the {@link RetiredSearchParameters} as retired SearchParameter resources, HAPI's way of switching a
 * standard parameter off. Runs at every start, first of the start-up runners, but writes only what is missing, so a
 * database keeps its history; a new database gets them before any data, so nothing needs reindexing (and HAPI starts
 * no reindex job: see JpaStorageConfig). A retirement added later to an existing database needs a {@code $reindex}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class SearchParameterRetirement implements StartupTask {

    private static final Logger LOG = LoggerFactory.getLogger(SearchParameterRetirement.class);

    private final FhirContext fhirContext;
    private final IFhirResourceDao<SearchParameter> searchParameters;
    private final ISearchParamRegistry searchParamRegistry;

    public SearchParameterRetirement(
            FhirContext fhirContext, DaoRegistry daoRegistry, ISearchParamRegistry searchParamRegistry) {
        this.fhirContext = fhirContext;
        this.searchParameters = daoRegistry.getResourceDao(SearchParameter.class);
        this.searchParamRegistry = searchParamRegistry;
    }

    @Override
    public void run() {
        if (RetiredSearchParameters.IDS.stream().allMatch(this::isRetired)) {
            return;
        }
        for (SearchParameter retired : RetiredSearchParameters.definitions(fhirContext)) {
            if (!isRetired(retired.getIdPart())) {
                searchParameters.update(retired, new SystemRequestDetails());
                LOG.info("Search parameter {} retired: Renkei does not index it", retired.getIdPart());
            }
        }
        searchParamRegistry.forceRefresh();
    }

    private boolean isRetired(String id) {
        try {
            SearchParameter stored = searchParameters.read(new IdType("SearchParameter", id), new SystemRequestDetails());
            return stored.getStatus() == PublicationStatus.RETIRED;
        } catch (ResourceNotFoundException | ResourceGoneException missing) {
            return false;
        }
    }
}
