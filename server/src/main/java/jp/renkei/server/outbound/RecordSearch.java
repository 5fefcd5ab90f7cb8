package jp.renkei.server.outbound;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.dao.tx.IHapiTransactionService;
import ca.uhn.fhir.jpa.searchparam.MatchUrlService;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.QualifiedParamList;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.SystemRequestDetails;
import java.util.List;
import java.util.concurrent.Callable;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Runs a search given as a FHIR search URL ({@code Condition?patient=Patient/1&_include=…&_sort=-date&_count=1}) as
 * the server itself, outside any caller's rules: the operations that print decide beforehand who may get what.
 */
final class RecordSearch {

    private final FhirContext fhir;
    private final DaoRegistry daos;
    private final MatchUrlService matchUrls;
    private final IHapiTransactionService transactions;

    RecordSearch(FhirContext fhir, DaoRegistry daos, MatchUrlService matchUrls, IHapiTransactionService transactions) {
        this.fhir = fhir;
        this.daos = daos;
        this.matchUrls = matchUrls;
        this.transactions = transactions;
    }

    /** Runs several searches in one read-only database transaction instead of one each. */
    <T> T inOneTransaction(Callable<T> searches) {
        return transactions.withSystemRequest().readOnly().execute(searches);
    }

    /** The matches, then what they {@code _include}. */
    List<IBaseResource> run(String query) {
        String type = query.substring(0, query.indexOf('?'));
        SearchParameterMap map = matchUrls.translateMatchUrl(query, fhir.getResourceDefinition(type),
                MatchUrlService.processIncludes(), RecordSearch::sortOrder);
        map.setLoadSynchronous(true);
        // Not getAllResources(): a synchronous search limited by _count does not know its size, and that refuses.
        return daos.getResourceDao(type).search(map, new SystemRequestDetails()).getResources(0, Integer.MAX_VALUE);
    }

    <T extends IBaseResource> T read(Class<T> type, String id) {
        return daos.getResourceDao(type).read(fhir.getVersion().newIdType().setValue(id), new SystemRequestDetails());
    }

    /** {@code _sort=-date,…}: HAPI's match-URL parser leaves sorting out (a match URL has no order). */
    private static void sortOrder(String name, List<QualifiedParamList> values, SearchParameterMap map) {
        if (!Constants.PARAM_SORT.equals(name)) {
            return;
        }
        SortSpec last = null;
        for (QualifiedParamList list : values) {
            for (String field : list) {
                boolean descending = field.startsWith("-");
                SortSpec next = new SortSpec(descending ? field.substring(1) : field,
                        descending ? SortOrderEnum.DESC : SortOrderEnum.ASC);
                if (last == null) {
                    map.setSort(next);
                } else {
                    last.setChain(next);
                }
                last = next;
            }
        }
    }
}
