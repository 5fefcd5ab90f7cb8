package jp.renkei.server.interceptor;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.Map;

/**
 * Turns every type-level search into an offset-paged one ({@code _offset} + {@code _count}), which HAPI runs as
 * one SQL query with LIMIT/OFFSET and answers with {@code _offset} next links. Without it, HAPI first stores every
 * search and its result list in the database and pages from there: several extra writes per query, which dominate
 * the small, fresh searches partners make (their patient's plans, the referrals waiting for them).
 * The price: when data changes between two page requests, a page can shift by the rows inserted or deleted.
 */
@Interceptor
public final class OffsetPagingInterceptor implements RestInterceptor {

    private final int defaultPageSize;

    public OffsetPagingInterceptor(int defaultPageSize) {
        this.defaultPageSize = defaultPageSize;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void pageByOffset(RequestDetails request, RestOperationTypeEnum operation) {
        Map<String, String[]> parameters = request.getParameters();
        if (operation != RestOperationTypeEnum.SEARCH_TYPE
                || parameters.containsKey(Constants.PARAM_OFFSET)
                || parameters.containsKey(Constants.PARAM_SUMMARY)
                || parameters.containsKey(Constants.PARAM_SEARCH_TOTAL_MODE)) {
            return;
        }
        if (!parameters.containsKey(Constants.PARAM_COUNT)) {
            request.addParameter(Constants.PARAM_COUNT, new String[] {Integer.toString(defaultPageSize)});
        }
        request.addParameter(Constants.PARAM_OFFSET, new String[] {"0"});
    }
}
