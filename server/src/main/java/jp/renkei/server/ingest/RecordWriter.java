package jp.renkei.server.ingest;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeResourceDefinition;
import ca.uhn.fhir.interceptor.model.RequestPartitionId;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirResourceDao;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.api.model.DaoMethodOutcome;
import ca.uhn.fhir.jpa.dao.TransactionProcessor;
import ca.uhn.fhir.jpa.dao.TransactionProcessor.MatchUrlToResolve;
import ca.uhn.fhir.jpa.model.dao.JpaPid;
import ca.uhn.fhir.jpa.searchparam.MatchUrlService;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.api.server.storage.TransactionDetails;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleEntryRequestComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Meta;

/**
 * Writes a mapped SS-MIX2 message's transaction Bundle into the record, inside the caller's database transaction.
 * HAPI's transaction engine stores every resource twice (unindexed, then again with its placeholder references
 * resolved and its search indexes). Here the entries are written once each, in {@link ReferenceOrder}, resolved and
 * indexed as they are stored, through the same resource DAOs and so with the same storage hooks (authorization,
 * audit, subscriptions) and the same conditional-URL rules. As HAPI's engine does, the Bundle's conditional URLs are
 * first resolved together, in one query of the identifier index ({@link TransactionProcessor}'s pre-fetch), and the
 * resources to be updated loaded at once; like the engine's, a match found so is not passed to the show hooks (the
 * write hooks still decide whether the sender may change it). Measured with src/bench ({@code ssmix2-zip}): about a
 * third less server CPU per message than HAPI's engine. A Bundle without a reference order goes to HAPI's engine.
 */
final class RecordWriter {

    private final FhirContext fhir;
    private final ReferenceOrder order;
    private final DaoRegistry daos;
    private final IFhirSystemDao<Bundle, Meta> systemDao;
    private final MatchUrlService matchUrls;
    private final TransactionProcessor transactionProcessor;

    RecordWriter(FhirContext fhir, DaoRegistry daos, IFhirSystemDao<Bundle, Meta> systemDao, MatchUrlService matchUrls,
            TransactionProcessor transactionProcessor) {
        this.fhir = fhir;
        this.order = new ReferenceOrder(fhir);
        this.daos = daos;
        this.systemDao = systemDao;
        this.matchUrls = matchUrls;
        this.transactionProcessor = transactionProcessor;
    }

    /** Writes the Bundle; the caller has opened the database transaction it commits with. */
    IngestSummary write(RequestDetails request, Bundle transaction) {
        return order.of(transaction)
                .map(entries -> writeInOrder(request, entries))
                .orElseGet(() -> IngestSummary.of(systemDao.transactionNested(request, transaction)));
    }

    private IngestSummary writeInOrder(RequestDetails request, List<ReferenceOrder.Placed> placed) {
        TransactionDetails details = new TransactionDetails();
        resolveConditionalUrls(request, details, placed.stream().map(ReferenceOrder.Placed::entry).toList());
        Map<String, String> written = new HashMap<>();
        IngestSummary.Tally tally = new IngestSummary.Tally();
        for (ReferenceOrder.Placed next : placed) {
            BundleEntryComponent entry = next.entry();
            resolveReferences(next.references(), written);
            DaoMethodOutcome outcome = write(request, details, entry);
            tally.add(effect(entry, outcome));
            if (entry.hasFullUrl()) {
                written.put(entry.getFullUrl(), outcome.getId().toUnqualifiedVersionless().getValue());
            }
        }
        return tally.summary();
    }

    /**
     * Resolves every conditional URL of the entries into {@code details}, where the DAOs look first: one query
     * instead of a search (and a read of each match for the show hooks) per entry. What it cannot resolve so is
     * searched by the DAO as usual.
     */
    private void resolveConditionalUrls(RequestDetails request, TransactionDetails details,
            List<BundleEntryComponent> entries) {
        List<MatchUrlToResolve> toResolve = new ArrayList<>();
        for (BundleEntryComponent entry : entries) {
            boolean update = entry.getRequest().getMethod() == HTTPVerb.PUT;
            conditionalUrl(entry).ifPresent(url -> {
                RuntimeResourceDefinition type = fhir.getResourceDefinition(entry.getResource());
                // An update needs the stored resource to compare with; a conditional create only its id.
                toResolve.add(new MatchUrlToResolve(url, entry.getResource(), matchUrls.translateMatchUrl(url, type),
                        type, update, !update));
            });
        }
        Set<JpaPid> toUpdate = new HashSet<>();
        // HAPI's own pre-fetch, public in HAPI 8.8 though marked for tests: an upgrade that hides it fails the build.
        transactionProcessor.preFetchSearchParameterMaps(request, details, RequestPartitionId.allPartitions(),
                toResolve, toUpdate, new HashSet<>());
        systemDao.preFetchResources(List.copyOf(toUpdate), true);
    }

    /** {@code Type?identifier=…} of a conditional update or create, as the DAOs are given it. */
    private static Optional<String> conditionalUrl(BundleEntryComponent entry) {
        BundleEntryRequestComponent call = entry.getRequest();
        if (call.getMethod() == HTTPVerb.PUT) {
            return Optional.ofNullable(call.getUrl()).filter(url -> url.contains("?"));
        }
        return Optional.ofNullable(call.getIfNoneExist()).filter(query -> !query.isBlank())
                .map(query -> entry.getResource().fhirType() + "?" + query);
    }

    private static void resolveReferences(List<IBaseReference> references, Map<String, String> written) {
        for (IBaseReference reference : references) {
            String target = written.get(reference.getReferenceElement().getValue());
            if (target != null) {
                reference.setReference(target);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private DaoMethodOutcome write(RequestDetails request, TransactionDetails details, BundleEntryComponent entry) {
        IBaseResource resource = entry.getResource();
        IFhirResourceDao<IBaseResource> dao = (IFhirResourceDao<IBaseResource>) daos.getResourceDao(resource.getClass());
        Optional<String> conditionalUrl = conditionalUrl(entry);
        if (entry.getRequest().getMethod() == HTTPVerb.POST) {
            resource.setId((String) null);
            return dao.create(resource, conditionalUrl.orElse(null), true, request, details);
        }
        resource.setId(conditionalUrl.isPresent() ? null : entry.getRequest().getUrl());
        return dao.update(resource, conditionalUrl.orElse(null), true, false, request, details);
    }

    /** A conditional create that found its resource leaves it unchanged, as does an update that changes nothing. */
    private static IngestSummary.Effect effect(BundleEntryComponent entry, DaoMethodOutcome outcome) {
        boolean created = Boolean.TRUE.equals(outcome.getCreated());
        if (outcome.isNop() || entry.getRequest().getMethod() == HTTPVerb.POST && !created) {
            return IngestSummary.Effect.UNCHANGED;
        }
        return created ? IngestSummary.Effect.CREATED : IngestSummary.Effect.UPDATED;
    }
}
