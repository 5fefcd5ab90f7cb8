package jp.renkei.mapping.ssmix2;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.hl7.fhir.r4.model.Identifier;

/**
 * The record an SS-MIX2 file is a version of ({@link Ssmix2FileName#recordKey()}). A newer file of the same record
 * replaces the older one, and a deleted-flag file deletes it, so identifiers derived from the record (plus segment and
 * set ID) let a re-ingested or newer file update the same resources and a deletion find them, without looking up
 * earlier files.
 */
public record SourceRecord(HospitalIdentity hospital, Ssmix2FileName name) {

    /** True for a file with the deleted flag (論理削除): its resources become entered-in-error. */
    public boolean deleted() {
        return !name.valid();
    }

    /** The business identifier of the resource made from a segment, e.g. {@code IAM} set ID 2. */
    public Identifier identifier(String segment, String setId) {
        return new Identifier().setSystem(hospital.recordSystem())
                .setValue(name.recordKey() + "." + segment + "." + setId);
    }

    /** A fullUrl that is the same every time the same identifier is mapped, so that equal input gives equal Bundles. */
    public static String fullUrl(Identifier identifier) {
        String name = identifier.getSystem() + "|" + identifier.getValue();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
