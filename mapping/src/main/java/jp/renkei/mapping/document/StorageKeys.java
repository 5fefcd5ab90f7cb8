package jp.renkei.mapping.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Property;
import org.hl7.fhir.r4.model.Resource;

/**
 * The server ids that make filing a document repeatable: name-based UUIDs, so that the same document always gives the
 * same ids and a second post updates (or leaves unchanged) what the first one created.
 *
 * <p>Every key is scoped by the patient's identifier, whose system carries the hospital's code: senders' identifiers
 * are unique only inside their hospital. An entry's key is its own business identifier when it has one (type +
 * patient ID + {@code system|value}): JP-CLINS senders use the shared {@code resourceInstance-identifier} system
 * (the referral example even gives an Encounter and an Observation the same value), so the pair is unique; the same Condition sent
 * again in a later referral or discharge summary of that patient is the same resource. An entry without an
 * identifier, or whose identifier another entry of the same type in the document also has (the older eReferral
 * example sends two allergies as 102934701), is keyed by the document ({@link #documentKey()}) and its fullUrl:
 * stable across re-posts of the document and its new versions as long as the sender keeps the fullUrl.
 */
record StorageKeys(ClinicalDocument document) {

    /** This instance, within the patient: a Bundle identifier such as {@code documentInstance-identifier|123456}. */
    String bundleId() {
        return uuid("Bundle", token(document.patientIdentifier()), token(document.instanceIdentifier()));
    }

    String documentReferenceId() {
        return uuid("DocumentReference", documentKey());
    }

    String patientPlaceholder() {
        return "urn:uuid:" + uuid("Patient", token(document.patientIdentifier()));
    }

    String entryId(Bundle.BundleEntryComponent entry) {
        Resource resource = entry.getResource();
        return ownIdentifier(resource)
                .filter(identifier -> sharedByNoOtherEntry(resource, identifier))
                .map(identifier -> uuid(resource.fhirType(), token(document.patientIdentifier()), token(identifier)))
                .orElseGet(() -> uuid(resource.fhirType(), documentKey(),
                        Objects.requireNonNullElse(entry.getFullUrl(), "entry" + document.bundle().getEntry().indexOf(entry))));
    }

    /**
     * The document across its versions: its identifier ({@link ClinicalDocument#documentIdentifier()}) within the
     * patient and the kind of document. The identifier alone is not enough: values of the shared
     * {@code resourceInstance-identifier} system are unique only inside a hospital, and the JP-CLINS examples give a
     * referral and a clinical summary of one patient the same Composition identifier; a new version keeps its kind.
     */
    private String documentKey() {
        Coding kind = document.composition().getType().getCoding().stream()
                .filter(coding -> coding.hasSystem() && coding.hasCode())
                .findFirst().orElseThrow();
        return String.join("\n", token(document.patientIdentifier()), token(document.documentIdentifier()),
                kind.getSystem() + "|" + kind.getCode());
    }

    /** The first complete business identifier, whether the type has one identifier or a list of them. */
    static Optional<Identifier> ownIdentifier(Resource resource) {
        Property property = resource.getNamedProperty("identifier");
        List<Base> values = property == null ? List.of() : property.getValues();
        return values.stream()
                .filter(Identifier.class::isInstance)
                .map(Identifier.class::cast)
                .filter(ClinicalDocument::complete)
                .findFirst();
    }

    private boolean sharedByNoOtherEntry(Resource resource, Identifier identifier) {
        return document.bundle().getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .filter(other -> other != null && other != resource && other.fhirType().equals(resource.fhirType()))
                .flatMap(other -> ownIdentifier(other).stream())
                .noneMatch(other -> token(other).equals(token(identifier)));
    }

    private static String token(Identifier identifier) {
        return identifier.getSystem() + "|" + identifier.getValue();
    }

    private static String uuid(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
