package jp.renkei.mapping.document;

import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;

/**
 * Resolves a reference inside a document Bundle the way FHIR documents do: by the entry's {@code fullUrl}
 * ({@code urn:uuid:…}, or an absolute URL), or by {@code Type/id} against the end of an absolute fullUrl or the
 * entry's resource.
 */
final class EntryIndex {

    private final Bundle bundle;

    EntryIndex(Bundle bundle) {
        this.bundle = bundle;
    }

    Optional<Bundle.BundleEntryComponent> entryFor(String reference) {
        if (reference == null || reference.isBlank() || reference.startsWith("#")) {
            return Optional.empty();
        }
        return bundle.getEntry().stream().filter(entry -> entry.hasResource() && matches(entry, reference)).findFirst();
    }

    private static boolean matches(Bundle.BundleEntryComponent entry, String reference) {
        if (reference.equals(entry.getFullUrl())) {
            return true;
        }
        if (reference.startsWith("urn:") || reference.contains("://")) {
            return false;
        }
        String typeAndId = entry.getResource().fhirType() + "/" + entry.getResource().getIdElement().getIdPart();
        return reference.equals(typeAndId) || (entry.hasFullUrl() && entry.getFullUrl().endsWith("/" + reference));
    }
}
