package jp.renkei.server.security.access;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.jpa.searchparam.SearchParameterMap;
import ca.uhn.fhir.model.api.IQueryParameterOr;
import ca.uhn.fhir.model.api.IQueryParameterType;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.IPreResourceAccessDetails;
import ca.uhn.fhir.rest.api.server.IPreResourceShowDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.ResponseDetails;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import java.util.Set;
import jp.renkei.server.interceptor.RestInterceptor;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Shows a partner only what {@link PartnerAccess} lets it read, checked on every resource at the moment it leaves
 * the storage layer: reads (404, as if it did not exist), search results, {@code _include} and {@code _revinclude}
 * entries, history versions and later pages of a search (each page is a request of its own, so a consent withdrawn
 * meanwhile hides the rest at once). Searches are narrowed beforehand ({@link SearchNarrowing}) so that hidden
 * matches do not even shape the paging; totals are removed from every Bundle a partner gets.
 */
@Interceptor
public final class PartnerDisclosureInterceptor implements RestInterceptor {

    /** Bundles that only carry an answer; any other Bundle is stored data, judged like every resource. */
    private static final Set<Bundle.BundleType> ENVELOPES = Set.of(Bundle.BundleType.SEARCHSET,
            Bundle.BundleType.HISTORY, Bundle.BundleType.TRANSACTIONRESPONSE, Bundle.BundleType.BATCHRESPONSE);

    private final AccessDecisions decisions;

    public PartnerDisclosureInterceptor(AccessDecisions decisions) {
        this.decisions = decisions;
    }

    @Hook(Pointcut.STORAGE_PRESEARCH_REGISTERED)
    public void narrowSearch(RequestDetails request, SearchParameterMap query) {
        if (request == null || request.getRestOperationType() != RestOperationTypeEnum.SEARCH_TYPE) {
            return; // only the partner's own searches; HAPI's internal ones keep their meaning
        }
        decisions.partnerOf(request).flatMap(access -> access.narrowing(request.getResourceName()))
                .filter(narrowing -> !alreadyWithin(query, narrowing))
                .ifPresent(narrowing -> query.add(narrowing.parameter(), orList(narrowing)));
    }

    /** Whether the search already asks only for allowed values (HAPI refuses the same parameter twice). */
    private static boolean alreadyWithin(SearchParameterMap query, SearchNarrowing narrowing) {
        List<List<IQueryParameterType>> groups = query.get(narrowing.parameter());
        return groups != null && groups.stream().anyMatch(values -> !values.isEmpty() && values.stream()
                .allMatch(value -> narrowing.values().contains(plainValue(value))));
    }

    private static String plainValue(IQueryParameterType value) {
        if (value instanceof ReferenceParam reference && reference.getChain() == null) {
            return reference.getValue();
        }
        return value instanceof TokenParam token && token.getSystem() == null ? token.getValue() : null;
    }

    @Hook(Pointcut.STORAGE_PREACCESS_RESOURCES)
    public void hideUnreadable(RequestDetails request, IPreResourceAccessDetails accessed) {
        decisions.partnerOf(request).ifPresent(access -> {
            for (int i = 0; i < accessed.size(); i++) {
                if (!access.mayRead(accessed.getResource(i))) {
                    accessed.setDontReturnResourceAtIndex(i);
                }
            }
        });
    }

    @Hook(Pointcut.STORAGE_PRESHOW_RESOURCES)
    public void leaveOutUnreadable(RequestDetails request, IPreResourceShowDetails shown) {
        decisions.partnerOf(request).ifPresent(access -> {
            for (int i = 0; i < shown.size(); i++) {
                IBaseResource resource = shown.getResource(i);
                if (resource != null && !access.mayRead(resource)) {
                    shown.setResource(i, null);
                }
            }
        });
    }

    /**
     * The last word on what leaves the server: no totals, and no resource the storage hooks did not see (an
     * operation's output, a transaction's returned representations) unless the partner may read it.
     */
    @Hook(Pointcut.SERVER_OUTGOING_RESPONSE)
    public void checkResponse(RequestDetails request, ResponseDetails response) {
        IBaseResource resource = response.getResponseResource();
        if (resource == null || !decisions.isPartner(request)) {
            return;
        }
        PartnerAccess access = decisions.partnerOf(request).orElseThrow();
        if (resource instanceof Bundle bundle && ENVELOPES.contains(bundle.getType())) {
            bundle.setTotalElement(null);
            bundle.getEntry().stream().filter(entry -> entry.getResource() != null
                            && !(entry.getResource() instanceof OperationOutcome)
                            && !access.mayRead(entry.getResource()))
                    .forEach(entry -> entry.setResource(null));
        } else if (!(resource instanceof OperationOutcome) && !access.mayRead(resource)) {
            throw new ResourceNotFoundException("Resource " + resource.getIdElement().toUnqualifiedVersionless()
                    .getValue() + " is not known");
        }
    }

    private static IQueryParameterOr<?> orList(SearchNarrowing narrowing) {
        if (narrowing.parameter().equals("_id")) {
            TokenOrListParam ids = new TokenOrListParam();
            narrowing.values().forEach(id -> ids.addOr(new TokenParam(id)));
            return ids;
        }
        ReferenceOrListParam references = new ReferenceOrListParam();
        narrowing.values().forEach(reference -> references.addOr(new ReferenceParam(reference)));
        return references;
    }
}
