package jp.renkei.server.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.HookParams;
import ca.uhn.fhir.interceptor.api.IInterceptorBroadcaster;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.Delete;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Patch;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.PatchTypeEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.IPreResourceAccessDetails;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.SimplePreResourceAccessDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceOrListParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.interceptor.ServerInterceptorUtil;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;

/**
 * Serves the {@link AuditLedger} as AuditEvent resources: read, and search by patient, entity, agent (client id or
 * organization), altid (client id), date, type, subtype, outcome, action and {@code _id}, newest first, in pages of
 * {@code _count} from {@code _offset}. It replaces HAPI's JPA AuditEvent provider on the REST server
 * ({@code FhirServerConfig}); the trail is no longer in HAPI's resource tables.
 *
 * <p>What it shows passes the same storage hooks a JPA search fires ({@code STORAGE_PREACCESS_RESOURCES},
 * {@code STORAGE_PRESHOW_RESOURCES}), so the access rules that decide who reads the trail (only a token naming
 * AuditEvent; partners never through {@code system/*.rs}) apply unchanged. Writes and history are refused (403): the
 * trail is written by the server only, and an event never changes.
 */
public final class AuditEventProvider implements IResourceProvider {

    private final AuditLedgerReader ledger;
    private final FhirContext fhirContext;
    private final int defaultPageSize;
    private final int maxPageSize;

    AuditEventProvider(AuditLedgerReader ledger, FhirContext fhirContext, int defaultPageSize, int maxPageSize) {
        this.ledger = ledger;
        this.fhirContext = fhirContext;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
    }

    @Override
    public Class<AuditEvent> getResourceType() {
        return AuditEvent.class;
    }

    @Read
    public AuditEvent read(@IdParam IdType id, RequestDetails request) {
        List<IBaseResource> found = new ArrayList<>();
        ledger.find(id.getIdPart()).map(this::parse).ifPresent(found::add);
        return (AuditEvent) shown(found, request).stream().findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("Resource AuditEvent/" + id.getIdPart() + " is not known"));
    }

    @Search
    public IBundleProvider search(
            @OptionalParam(name = "_id") TokenOrListParam ids,
            @OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceOrListParam patients,
            @OptionalParam(name = AuditEvent.SP_ENTITY) ReferenceOrListParam entities,
            @OptionalParam(name = AuditEvent.SP_AGENT) ReferenceOrListParam agents,
            @OptionalParam(name = AuditEvent.SP_ALTID) TokenOrListParam clientIds,
            @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date,
            @OptionalParam(name = AuditEvent.SP_TYPE) TokenOrListParam types,
            @OptionalParam(name = AuditEvent.SP_SUBTYPE) TokenOrListParam subtypes,
            @OptionalParam(name = AuditEvent.SP_OUTCOME) TokenOrListParam outcomes,
            @OptionalParam(name = AuditEvent.SP_ACTION) TokenOrListParam actions,
            @Sort SortSpec sort,
            @Count Integer count,
            @Offset Integer offset,
            RequestDetails request) {
        AuditQuery query = new AuditQuery(AuditSearchParameters.codes(ids),
                AuditSearchParameters.references(patients, AuditEvent.SP_PATIENT, Optional.of("Patient")),
                AuditSearchParameters.references(entities, AuditEvent.SP_ENTITY, Optional.empty()),
                AuditSearchParameters.agents(agents), AuditSearchParameters.codes(clientIds),
                AuditSearchParameters.codes(types), AuditSearchParameters.codes(subtypes),
                AuditSearchParameters.codes(outcomes), AuditSearchParameters.codes(actions),
                AuditSearchParameters.recorded(date), AuditSearchParameters.oldestFirst(sort));
        int pageSize = Math.min(count == null ? defaultPageSize : count, maxPageSize);
        int from = offset == null ? 0 : offset;
        if (pageSize < 0 || from < 0) {
            throw new InvalidRequestException("_count and _offset cannot be negative");
        }
        // One row more than the page tells whether another page follows, without counting all matches.
        List<String> rows = ledger.page(query, from, pageSize + 1);
        boolean more = rows.size() > pageSize;
        List<IBaseResource> page = shown(rows.stream().limit(pageSize).map(this::parse)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new)), request);
        // As HAPI's own offset searches answer: the page, where it starts, and the total once the last page is reached.
        SimpleBundleProvider bundle = new SimpleBundleProvider(page);
        bundle.setCurrentPageOffset(from);
        bundle.setCurrentPageSize(pageSize);
        bundle.setPreferredPageSize(pageSize);
        bundle.setSize(more ? null : from + page.size());
        return bundle;
    }

    @Create
    public MethodOutcome create(@ResourceParam AuditEvent event) {
        throw AuditTrailGuard.refusal("created");
    }

    @Update
    public MethodOutcome update(@IdParam IdType id, @ResourceParam AuditEvent event) {
        throw AuditTrailGuard.refusal("changed");
    }

    @Patch
    public MethodOutcome patch(@IdParam IdType id, PatchTypeEnum type, @ResourceParam String body) {
        throw AuditTrailGuard.refusal("changed");
    }

    @Delete
    public MethodOutcome delete(@IdParam IdType id) {
        throw AuditTrailGuard.refusal("deleted");
    }

    @History
    public List<AuditEvent> instanceHistory(@IdParam IdType id) {
        throw AuditTrailGuard.noHistory();
    }

    @History
    public List<AuditEvent> typeHistory() {
        throw AuditTrailGuard.noHistory();
    }

    private AuditEvent parse(String json) {
        return fhirContext.newJsonParser().parseResource(AuditEvent.class, json);
    }

    /** What the request may be shown of {@code events}, by the hooks HAPI's JPA layer fires for what it loads. */
    private static List<IBaseResource> shown(List<IBaseResource> events, RequestDetails request) {
        IInterceptorBroadcaster hooks = request.getInterceptorBroadcaster();
        if (hooks == null || events.isEmpty()) {
            return events;
        }
        if (hooks.hasHooks(Pointcut.STORAGE_PREACCESS_RESOURCES)) {
            SimplePreResourceAccessDetails access = new SimplePreResourceAccessDetails(events);
            hooks.callHooks(Pointcut.STORAGE_PREACCESS_RESOURCES, new HookParams()
                    .add(IPreResourceAccessDetails.class, access)
                    .add(RequestDetails.class, request)
                    .addIfMatchesType(ServletRequestDetails.class, request));
            access.applyFilterToList();
        }
        List<IBaseResource> shown = new ArrayList<>(ServerInterceptorUtil.fireStoragePreshowResource(events, request, hooks));
        shown.removeIf(Objects::isNull);
        return shown;
    }
}
