package jp.renkei.server.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import jp.renkei.mapping.ssmix2.Ssmix2File;
import jp.renkei.mapping.ssmix2.Ssmix2FileName;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SS-MIX2 files this server has applied, by sender, file name and content hash ({@code renkei_ssmix2_delivery}).
 *
 * <p>Why: a storage folder is re-sent whole (the uploader is safe to re-run, EHRs re-deliver after an outage), and an
 * unchanged file took as much work as a new one: parse, map, and a transaction whose conditional writes each find the
 * stored resource equal (re-delivery ran at 97 messages/s, new ones at 87; answered from here, 520-1,180/s:
 * src/bench InboundBenchMain). An SS-MIX2 file never changes under its name (a new state of an order is a new file
 * with a new timestamp), so the same name with the same bytes is answered from here. Each row also names the record the
 * file is a version of and what it said ({@link RecordItems}): a newer version withdraws what it no longer says, and
 * an old version sent late is not applied over a newer one. Keyed by sender too: what a provider's write does depends
 * on who it is (its patients, {@code ProviderWriteInterceptor}).
 *
 * <p>Recorded in the file's own transaction: a row exists exactly when the file's resources were stored.
 */
final class Ssmix2Deliveries {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    Ssmix2Deliveries(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /** A file as {@code sender} delivers it, its bytes hashed once for both the lookup and the record. */
    Delivery of(String sender, Ssmix2File file) {
        return new Delivery(sender, file.fileName(), file.name().recordKey(), hash(file));
    }

    /** The files of the delivery's record that the sender has applied, with what each said; one query. */
    RecordVersions versions(Delivery delivery) {
        return new RecordVersions(jdbc.query("select file_name, content_hash, resources, record_items"
                        + " from renkei_ssmix2_delivery where sender = ? and record_key = ?",
                (row, n) -> new AppliedVersion(Ssmix2FileName.parse(row.getString(1)), row.getString(2), row.getInt(3),
                        RecordItems.parse(row.getString(4))),
                delivery.sender(), delivery.recordKey()));
    }

    /**
     * Notes, inside the file's transaction, that the delivery was applied as a transaction of {@code resources}
     * entries saying {@code items}. The row of an earlier version under the same name is replaced. Update first:
     * a failed insert would end the enclosing transaction on PostgreSQL. A concurrent request recording the same
     * name makes the insert fail on the key, and the ingest is retried whole.
     */
    void record(Delivery delivery, RecordItems items, int resources) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update renkei_ssmix2_delivery set record_key = ?, content_hash = ?, resources = ?,"
                + " record_items = ?, delivered = ? where sender = ? and file_name = ?",
                delivery.recordKey(), delivery.contentHash(), resources, items.text(), now,
                delivery.sender(), delivery.fileName());
        if (updated == 0) {
            jdbc.update("insert into renkei_ssmix2_delivery (sender, file_name, record_key, content_hash, resources,"
                    + " record_items, delivered) values (?, ?, ?, ?, ?, ?, ?)", delivery.sender(), delivery.fileName(),
                    delivery.recordKey(), delivery.contentHash(), resources, items.text(), now);
        }
    }

    /** One SS-MIX2 file from one sending organization, by name (and the record it is a version of) and SHA-256. */
    record Delivery(String sender, String fileName, String recordKey, String contentHash) {
    }

    /** A file of a record that was applied: its bytes' hash, the entries of its transaction and what it said. */
    record AppliedVersion(Ssmix2FileName name, String contentHash, int resources, RecordItems items) {
    }

    /** The applied files of one record. */
    record RecordVersions(List<AppliedVersion> applied) {

        /** How many resources the delivery touched when it was applied, if this very file (name and bytes) was. */
        Optional<Integer> resourcesIfApplied(Delivery delivery) {
            return applied.stream()
                    .filter(version -> version.name().fileName().equals(delivery.fileName())
                            && version.contentHash().equals(delivery.contentHash()))
                    .map(AppliedVersion::resources)
                    .findFirst();
        }

        /** The latest applied version, by timestamp (and a deletion after a valid file of its time). */
        Optional<AppliedVersion> latest() {
            return applied.stream().reduce((one, other) -> other.name().isLaterVersionThan(one.name()) ? other : one);
        }
    }

    private static String hash(Ssmix2File file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.content()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
