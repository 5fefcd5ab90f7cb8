package jp.renkei.server.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the PostgreSQL pass only when {@code RENKEI_TEST_DB_URL} names a database. Without it the pass is skipped,
 * loudly, on a developer's machine, and fails in CI, where PostgreSQL is required.
 */
public final class TestDatabaseCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        TestDatabase database = TestDatabase.current();
        if (!database.isPostgresql() || database.url().isPresent()) {
            return ConditionEvaluationResult.enabled("database: " + database.kind());
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI requires the PostgreSQL pass: set RENKEI_TEST_DB_URL "
                    + "(for example jdbc:postgresql://127.0.0.1:5432/renkei_ci)");
        }
        String message = "SKIPPED the PostgreSQL pass of " + context.getDisplayName()
                + ": RENKEI_TEST_DB_URL is not set (e.g. RENKEI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/renkei_test)";
        System.err.println("\n!!!!!!!! " + message + " !!!!!!!!\n");
        return ConditionEvaluationResult.disabled(message);
    }
}
