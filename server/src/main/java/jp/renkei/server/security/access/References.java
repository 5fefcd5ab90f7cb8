package jp.renkei.server.security.access;

import org.hl7.fhir.instance.model.api.IBaseReference;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * References reduced to {@code Type/id}, the form rules compare: absolute URLs lose their base, versions are dropped.
 * A reference without a literal target (only an identifier or a display) has no key: it never matches anything, so it
 * can neither name a patient the caller may see nor stand for the caller.
 */
final class References {

    static final String NONE = "";

    private References() {}

    static String key(IBaseReference reference) {
        return reference == null ? NONE : key(reference.getReferenceElement());
    }

    static String key(IIdType id) {
        if (id == null || id.isEmpty() || !id.hasResourceType() || !id.hasIdPart() || id.getIdPart().contains("?")) {
            return NONE;
        }
        return id.getResourceType() + "/" + id.getIdPart();
    }

    static boolean isPatient(String key) {
        return key.startsWith("Patient/");
    }
}
