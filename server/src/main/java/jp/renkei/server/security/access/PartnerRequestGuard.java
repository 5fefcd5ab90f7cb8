package jp.renkei.server.security.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import jp.renkei.server.interceptor.RestInterceptor;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Refuses (403) the kinds of request a partner could use to learn about patients it may not see, before HAPI does any
 * work: what the per-resource rules cannot filter because the answer is not a resource.
 * <ul>
 *   <li>Chained parameters and {@code _has}: they match on resources the partner cannot see, so the presence of a
 *       result would tell about them. Partners search by their own patients' references instead.</li>
 *   <li>Counts ({@code _total}, {@code _summary=count}): a number says how many there are, seen or not.</li>
 *   <li>History at type and server level, system-wide searches and every operation ({@code $everything},
 *       {@code $validate}, {@code $ingest-ssmix2}, {@code $liaison-sheet}, and those added later) but printing a
 *       support plan ({@code CarePlan/{id}/$render}, which applies the read rules itself): none is needed for a
 *       partner's work, and each would need rules of its own. Deletes, too: partners delete nothing.</li>
 *   <li>Conditional create, update, delete and patch, in a request or as a transaction or batch entry: a match URL
 *       is a search whose outcome (created or not, which id) would be an oracle.</li>
 *   <li>Transaction and batch entries other than POST: HAPI runs a batch's GET entries without this check, and
 *       stores the PUT entries of a batch without calling the storage hooks that check updates (seen in HAPI 8.8),
 *       so a partner sends its reads and Task updates as requests of their own.</li>
 * </ul>
 */
@Interceptor
public final class PartnerRequestGuard implements RestInterceptor {

    private static final Set<RestOperationTypeEnum> PARTNER_INTERACTIONS = Set.of(RestOperationTypeEnum.READ,
            RestOperationTypeEnum.VREAD, RestOperationTypeEnum.SEARCH_TYPE, RestOperationTypeEnum.GET_PAGE,
            RestOperationTypeEnum.HISTORY_INSTANCE, RestOperationTypeEnum.CREATE, RestOperationTypeEnum.UPDATE,
            RestOperationTypeEnum.PATCH, RestOperationTypeEnum.TRANSACTION, RestOperationTypeEnum.BATCH,
            RestOperationTypeEnum.METADATA);
    /** Operations that apply the partner's read rules themselves. */
    private static final Set<String> PARTNER_OPERATIONS = Set.of("CarePlan/$render");
    private static final Set<RestOperationTypeEnum> WRITES = Set.of(RestOperationTypeEnum.CREATE,
            RestOperationTypeEnum.UPDATE, RestOperationTypeEnum.PATCH);
    /** Search features that match or count beyond what a partner is shown. */
    private static final Set<String> REFUSED_PARAMETERS = Set.of("_filter", "_contained", "_containedType", "_text",
            "_content", "_query");

    private final AccessDecisions decisions;

    public PartnerRequestGuard(AccessDecisions decisions) {
        this.decisions = decisions;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLED)
    public void checkRequest(RequestDetails request, RestOperationTypeEnum operation) {
        if (!decisions.isPartner(request)) {
            return;
        }
        if (!PARTNER_INTERACTIONS.contains(operation) && !isPartnerOperation(request, operation)) {
            throw refused("A partner organization may not use " + describe(request, operation)
                    + "; it reads, searches (per resource type) and writes only what it is allowed to");
        }
        checkParameters(request.getParameters());
        if (WRITES.contains(operation) && request.getConditionalUrl(operation) != null) {
            throw refused("Conditional " + operation.getCode() + " (If-None-Exist or a match URL) is not open to"
                    + " partner organizations: address resources by id");
        }
        if (request.getResource() instanceof Bundle bundle && (operation == RestOperationTypeEnum.TRANSACTION
                || operation == RestOperationTypeEnum.BATCH)) {
            bundle.getEntry().forEach(entry -> checkEntry(entry.getRequest()));
        }
    }

    /** Printing a support plan the partner works on: the operation shows only what the partner may read. */
    private static boolean isPartnerOperation(RequestDetails request, RestOperationTypeEnum operation) {
        return operation == RestOperationTypeEnum.EXTENDED_OPERATION_INSTANCE
                && PARTNER_OPERATIONS.contains(request.getResourceName() + "/" + request.getOperation());
    }

    private static void checkParameters(Map<String, String[]> parameters) {
        parameters.forEach((name, values) -> {
            String bare = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
            if (name.contains(".") || bare.equals("_has")) {
                throw refused("Chained parameters and _has are not open to partner organizations (" + name
                        + "): search by the references of the patients in your care instead");
            }
            if (REFUSED_PARAMETERS.contains(bare)
                    || bare.equals("_total") && Arrays.stream(values).anyMatch(value -> !"none".equals(value))
                    || bare.equals("_summary") && Arrays.asList(values).contains("count")) {
                throw refused("Partner organizations get no counts or " + bare + " searches: the numbers would"
                        + " include what they may not see; page through the results instead");
            }
        });
    }

    private static void checkEntry(Bundle.BundleEntryRequestComponent entry) {
        Bundle.HTTPVerb method = entry.getMethod();
        if (method != Bundle.HTTPVerb.POST) {
            throw refused("Transaction and batch entries of partner organizations create (POST); " + method.toCode()
                    + " " + entry.getUrl() + " is not allowed: send reads and Task updates as requests of their own");
        }
        if (entry.hasIfNoneExist() || entry.hasIfNoneMatch() || entry.hasIfModifiedSince()
                || entry.getUrl() != null && entry.getUrl().contains("?")) {
            throw refused("Conditional entries are not open to partner organizations (" + method.toCode() + " "
                    + entry.getUrl() + "): address resources by id");
        }
    }

    private static String describe(RequestDetails request, RestOperationTypeEnum operation) {
        return request.getOperation() != null && request.getOperation().startsWith("$")
                ? "the operation " + request.getOperation() : operation.getCode();
    }

    private static ForbiddenOperationException refused(String message) {
        return new ForbiddenOperationException(message);
    }
}
