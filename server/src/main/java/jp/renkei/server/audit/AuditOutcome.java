package jp.renkei.server.audit;

/** AuditEvent.outcome codes (R4 audit-event-outcome), from the HTTP status of the answer. */
enum AuditOutcome {
    SUCCESS("0"),
    MINOR_FAILURE("4"),
    SERIOUS_FAILURE("8");

    private final String code;

    AuditOutcome(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** 4xx is the caller's failure (refused, not found, invalid): minor; 5xx is the server's: serious. */
    static AuditOutcome ofStatus(int httpStatus) {
        if (httpStatus < 400) {
            return SUCCESS;
        }
        return httpStatus < 500 ? MINOR_FAILURE : SERIOUS_FAILURE;
    }
}
