package jp.renkei.mapping.render;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of a Bundle, found by the references between them: a document refers by fullUrl (urn:uuid:…), a
 * search result by relative id (Goal/123) and a resource to its contained ones by #id.
 */
final class BundleEntries {

    private final Map<String, Resource> byKey = new HashMap<>();

    BundleEntries(Bundle bundle) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Resource resource = entry.getResource();
            if (resource == null) {
                continue;
            }
            if (entry.hasFullUrl()) {
                byKey.put(entry.getFullUrl(), resource);
            }
            if (resource.getIdElement().hasIdPart()) {
                // Versionless and unqualified, as search results refer to each other (Goal/123).
                byKey.put(resource.fhirType() + "/" + resource.getIdElement().getIdPart(), resource);
            }
        }
    }

    /** The resource a reference points to, looked up in the container first when it is a local #id. */
    <T extends Resource> Optional<T> resolve(Reference reference, DomainResource container, Class<T> type) {
        if (reference == null || !reference.hasReference()) {
            return Optional.empty();
        }
        String target = reference.getReference();
        Resource found = target.startsWith("#") ? contained(container, target.substring(1)) : lookUp(target);
        return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
    }

    <T extends Resource> Optional<T> resolve(Reference reference, Class<T> type) {
        return resolve(reference, null, type);
    }

    private Resource lookUp(String target) {
        Resource exact = byKey.get(target);
        if (exact != null) {
            return exact;
        }
        // Absolute or versioned (http://host/fhir/Goal/123/_history/2): keep Type/id.
        String[] parts = target.replaceFirst("/_history/[^/]+$", "").split("/");
        return parts.length < 2 ? null : byKey.get(parts[parts.length - 2] + "/" + parts[parts.length - 1]);
    }

    private static Resource contained(DomainResource container, String id) {
        if (container == null) {
            return null;
        }
        return container.getContained().stream()
                .filter(r -> id.equals(r.getIdElement().getIdPart()) || ("#" + id).equals(r.getId()))
                .findFirst().orElse(null);
    }
}
