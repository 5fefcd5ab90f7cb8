package jp.renkei.server.audit;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Reads the {@link AuditLedger}: one event by id, or a page of a search, as the stored AuditEvent JSON. Every
 * criterion is a column or a subject row with an index of its own; a page is one query (LIMIT/OFFSET over
 * {@code recorded, id}, so that events recorded in the same millisecond keep their order from page to page).
 */
final class AuditLedgerReader {

    private static final String SUBJECT = "e.id in (select s.event_id from renkei_audit_subject s where ";

    private final NamedParameterJdbcTemplate jdbc;

    AuditLedgerReader(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    Optional<String> find(String id) {
        return jdbc.queryForList("select resource_json from renkei_audit_event where id = :id",
                new MapSqlParameterSource("id", id), String.class).stream().findFirst();
    }

    /** The events matching {@code query}, in its order, from {@code offset}, at most {@code limit}. */
    List<String> page(AuditQuery query, int offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("offset", offset).addValue("limit", limit);
        StringBuilder sql = new StringBuilder("select e.resource_json from renkei_audit_event e where 1 = 1");
        anyOf(sql, parameters, "e.id", "ids", query.ids());
        if (!query.patients().isEmpty()) {
            sql.append(" and ").append(SUBJECT).append("s.role = '").append(AuditSubjectRole.PATIENT.column())
                    .append("' and s.reference in (:patients))");
            parameters.addValue("patients", query.patients());
        }
        if (!query.entities().isEmpty()) {
            sql.append(" and ").append(SUBJECT).append("s.reference in (:entities))");
            parameters.addValue("entities", query.entities());
        }
        if (!query.agents().isEmpty()) {
            sql.append(" and (e.agent_client in (:agents) or e.agent_organization in (:agents))");
            parameters.addValue("agents", query.agents());
        }
        anyOf(sql, parameters, "e.agent_client", "clientIds", query.clientIds());
        anyOf(sql, parameters, "e.type_code", "types", query.types());
        anyOf(sql, parameters, "e.subtype_code", "subtypes", query.subtypes());
        anyOf(sql, parameters, "e.outcome", "outcomes", query.outcomes());
        anyOf(sql, parameters, "e.action", "actions", query.actions());
        query.recorded().ifPresent(range -> recorded(sql, parameters, range));
        String direction = query.oldestFirst() ? "asc" : "desc";
        sql.append(" order by e.recorded ").append(direction).append(", e.id ").append(direction)
                .append(" limit :limit offset :offset");
        return jdbc.queryForList(sql.toString(), parameters, String.class);
    }

    private static void anyOf(StringBuilder sql, MapSqlParameterSource parameters, String column, String name,
            List<String> values) {
        if (!values.isEmpty()) {
            sql.append(" and ").append(column).append(" in (:").append(name).append(')');
            parameters.addValue(name, values);
        }
    }

    private static void recorded(StringBuilder sql, MapSqlParameterSource parameters, AuditQuery.RecordedRange range) {
        StringBuilder within = new StringBuilder("1 = 1");
        range.from().ifPresent(from -> {
            within.append(" and e.recorded >= :from");
            parameters.addValue("from", Timestamp.from(from));
        });
        range.to().ifPresent(to -> {
            within.append(" and e.recorded <= :to");
            parameters.addValue("to", Timestamp.from(to));
        });
        sql.append(range.outside() ? " and not (" : " and (").append(within).append(')');
    }
}
