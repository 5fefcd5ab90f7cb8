package jp.renkei.mapping.document;

import java.util.IdentityHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Reference;

/**
 * Points the references of the filed copies at the transaction's placeholders ({@code urn:uuid:} fullUrls, which the
 * server replaces by the stored resources' ids). A reference to an entry that is not filed (the Composition) or to a
 * {@code urn:} that is in no entry loses its literal part and keeps its display, type and identifier: the server
 * would refuse a placeholder it cannot resolve, and the Bundle kept as received still has the link.
 * Contained references ({@code #…}) and references outside the document are left as they are.
 */
final class EntryReferences {

    private final EntryIndex index;
    private final Map<Bundle.BundleEntryComponent, String> placeholders = new IdentityHashMap<>();

    EntryReferences(Bundle document) {
        this.index = new EntryIndex(document);
    }

    void file(Bundle.BundleEntryComponent entry, String placeholder) {
        placeholders.put(entry, placeholder);
    }

    /** Rewrites every reference inside the element, contained resources and extensions included. */
    void rewriteIn(Base element) {
        for (Property property : element.children()) {
            for (Base value : property.getValues()) {
                if (value instanceof Reference reference) {
                    rewrite(reference);
                } else if (value != null) {
                    rewriteIn(value);
                }
            }
        }
    }

    Reference rewritten(Reference reference) {
        Reference copy = reference.copy();
        rewrite(copy);
        return copy;
    }

    private void rewrite(Reference reference) {
        String literal = reference.getReference();
        if (literal == null || literal.startsWith("#")) {
            return;
        }
        var target = index.entryFor(literal);
        if (target.isPresent() && placeholders.containsKey(target.get())) {
            reference.setReference(placeholders.get(target.get()));
        } else if (target.isPresent() || literal.startsWith("urn:")) {
            reference.setReference(null);
        }
    }
}
