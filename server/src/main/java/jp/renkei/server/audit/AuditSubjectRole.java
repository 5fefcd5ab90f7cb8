package jp.renkei.server.audit;

/** What a subject row of the audit ledger names: a patient whose data was touched, or a resource read or written. */
enum AuditSubjectRole {
    PATIENT("patient"),
    ENTITY("entity");

    private final String column;

    AuditSubjectRole(String column) {
        this.column = column;
    }

    /** The value of {@code renkei_audit_subject.role}. */
    String column() {
        return column;
    }
}
