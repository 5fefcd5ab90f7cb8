package jp.renkei.server.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the audit trail is kept: an append-only table of Renkei's own ({@code renkei_audit_event}, with
 * {@code renkei_audit_subject} naming each event's patients and resources; schema {@code db/renkei}), not HAPI's
 * resource tables.
 *
 * <p>Why: every request touching patient data writes one event before its answer leaves. Through HAPI's AuditEvent
 * DAO that write took the generic resource write path (search index extraction, reference resolution and the
 * existence lookups it needs, a history row, flush, commit): ~25-30 % of the CPU of a secured search and ~13 % of a
 * liaison sheet (JFR profiles, issue 5). An event is never changed and is searched by a handful of values, so here it
 * is two INSERTs (the event, then its subject rows in one batch) and a commit.
 *
 * <p>Durable before the answer: each event is committed in a transaction of its own ({@code REQUIRES_NEW}: also when
 * it is recorded from inside another transaction, such as a delete's) before {@link #append} returns. Append-only by
 * construction: nothing in the server updates or deletes these rows, and the API serves them read-only.
 */
final class AuditLedger {

    private static final String INSERT_EVENT = """
            insert into renkei_audit_event (id, recorded, agent_client, agent_organization, outcome, action, type_code,
                subtype_code, resource_json)
            values (:id, :recorded, :client, :organization, :outcome, :action, :type, :subtype, :json)""";
    private static final String INSERT_SUBJECT = """
            insert into renkei_audit_subject (event_id, role, reference, recorded)
            values (:event, :role, :reference, :recorded)""";

    private final DataSource dataSource;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    /**
     * @param transactionManager the application's (HAPI's JPA) transaction manager: it binds the JDBC connection of
     *     the transaction it starts to {@code dataSource}, so the JDBC statements run in that transaction
     */
    AuditLedger(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Stores {@code entry}; committed when this returns. */
    void append(LedgerEntry entry) {
        Timestamp recorded = Timestamp.from(entry.recorded());
        ownTransaction.executeWithoutResult(status -> {
            // Without a connection bound to the transaction the statements would auto-commit one by one: an event
            // could be stored without its subjects. Fail loudly rather than write half an event.
            if (!TransactionSynchronizationManager.hasResource(dataSource)) {
                throw new IllegalStateException("The audit ledger's transaction holds no connection of its data source");
            }
            jdbc.update(INSERT_EVENT, new MapSqlParameterSource()
                    .addValue("id", entry.id())
                    .addValue("recorded", recorded)
                    .addValue("client", entry.clientId())
                    .addValue("organization", entry.organization().orElse(null))
                    .addValue("outcome", entry.outcome())
                    .addValue("action", entry.action())
                    .addValue("type", entry.type())
                    .addValue("subtype", entry.subtype().orElse(null))
                    .addValue("json", entry.json()));
            List<SqlParameterSource> subjects = new ArrayList<>();
            entry.patients().forEach(patient -> subjects.add(subject(entry, AuditSubjectRole.PATIENT, patient, recorded)));
            entry.entities().forEach(entity -> subjects.add(subject(entry, AuditSubjectRole.ENTITY, entity, recorded)));
            if (!subjects.isEmpty()) {
                jdbc.batchUpdate(INSERT_SUBJECT, subjects.toArray(SqlParameterSource[]::new));
            }
        });
    }

    private static SqlParameterSource subject(LedgerEntry entry, AuditSubjectRole role, String reference,
            Timestamp recorded) {
        return new MapSqlParameterSource()
                .addValue("event", entry.id())
                .addValue("role", role.column())
                .addValue("reference", reference)
                .addValue("recorded", recorded);
    }
}
