package jp.renkei.mapping.ssmix2;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
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

    /**
     * The file as {@code meta.source} of what it writes where other records write too (an admission's Encounter),
     * so that a later file can be told from an earlier one: {@code <source system>/<file name>}.
     */
    public String source() {
        return hospital.fileSourceSystem() + "/" + name.fileName();
    }

    /**
     * The SS-MIX2 file a stored {@code meta.source} names, if it is one of this hospital's ({@link #source()}; the
     * server may add {@code #<request id>}).
     */
    public static Optional<Ssmix2FileName> fileOf(HospitalIdentity hospital, String metaSource) {
        String prefix = hospital.fileSourceSystem() + "/";
        if (metaSource == null || !metaSource.startsWith(prefix)) {
            return Optional.empty();
        }
        String fileName = metaSource.substring(prefix.length()).split("#", 2)[0];
        return Ssmix2FileName.isSsmix2Name(fileName) ? Optional.of(Ssmix2FileName.parse(fileName)) : Optional.empty();
    }

    /** A fullUrl that is the same every time the same identifier is mapped, so that equal input gives equal Bundles. */
    public static String fullUrl(Identifier identifier) {
        String name = identifier.getSystem() + "|" + identifier.getValue();
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
