package jp.renkei.server.ingest;

import ca.uhn.fhir.context.FhirContext;
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
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;

/**
 * The entries of a transaction Bundle of creates and updates, each after the entries it refers to (by fullUrl, or
 * by {@code Type/id} for an update of that id), so that they can be written one by one with every reference already
 * resolved. There is no such order for a Bundle with a reference cycle, a placeholder ({@code urn:}) reference to no
 * entry, two entries of one fullUrl, or an entry other than a POST or PUT of a resource.
 */
final class ReferenceOrder {

    /** An entry in its place, with the references of its resource (found once, resolved when it is written). */
    record Placed(BundleEntryComponent entry, List<IBaseReference> references) {}

    private final FhirContext fhir;

    ReferenceOrder(FhirContext fhir) {
        this.fhir = fhir;
    }

    Optional<List<Placed>> of(Bundle transaction) {
        Map<String, BundleEntryComponent> byAddress = new HashMap<>();
        for (BundleEntryComponent entry : transaction.getEntry()) {
            boolean addressedOnce = addresses(entry).stream().allMatch(a -> byAddress.putIfAbsent(a, entry) == null);
            if (!isCreateOrUpdate(entry) || !addressedOnce) {
                return Optional.empty();
            }
        }
        Walk walk = new Walk(byAddress);
        return transaction.getEntry().stream().allMatch(walk::place) ? Optional.of(walk.ordered) : Optional.empty();
    }

    /** The references of a resource, as HAPI's transaction engine finds them. */
    private List<IBaseReference> references(IBaseResource resource) {
        return fhir.newTerser().getAllResourceReferences(resource).stream()
                .map(info -> info.getResourceReference())
                .toList();
    }

    private static boolean isCreateOrUpdate(BundleEntryComponent entry) {
        HTTPVerb method = entry.getRequest().getMethod();
        return entry.hasResource() && (method == HTTPVerb.POST || method == HTTPVerb.PUT);
    }

    private static List<String> addresses(BundleEntryComponent entry) {
        List<String> addresses = new ArrayList<>();
        if (entry.hasFullUrl()) {
            addresses.add(entry.getFullUrl());
        }
        String url = entry.getRequest().getUrl();
        if (entry.getRequest().getMethod() == HTTPVerb.PUT && url != null && !url.contains("?")
                && !url.equals(entry.getFullUrl())) {
            addresses.add(url);
        }
        return addresses;
    }

    /** A depth-first walk that places an entry after what it refers to and notices cycles. */
    private final class Walk {
        private final Map<String, BundleEntryComponent> byAddress;
        private final List<Placed> ordered = new ArrayList<>();
        private final Set<BundleEntryComponent> placed = new HashSet<>();
        private final Set<BundleEntryComponent> onPath = new HashSet<>();

        Walk(Map<String, BundleEntryComponent> byAddress) {
            this.byAddress = byAddress;
        }

        boolean place(BundleEntryComponent entry) {
            if (placed.contains(entry)) {
                return true;
            }
            if (!onPath.add(entry)) {
                return false;
            }
            List<IBaseReference> references = references(entry.getResource());
            for (IBaseReference reference : references) {
                String target = reference.getReferenceElement().getValue();
                BundleEntryComponent referenced = target == null ? null : byAddress.get(target);
                boolean dangling = referenced == null && target != null && target.startsWith("urn:");
                if (dangling || referenced != null && referenced != entry && !place(referenced)) {
                    return false;
                }
            }
            onPath.remove(entry);
            placed.add(entry);
            ordered.add(new Placed(entry, references));
            return true;
        }
    }
}
