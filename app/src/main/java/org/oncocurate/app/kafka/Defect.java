package org.oncocurate.app.kafka;

import java.sql.SQLException;
import org.oncocurate.store.FailureCauses;

/**
 * Recognises failures that the same event would meet on every attempt because of a fault of ours, not of the
 * infrastructure: data the database refuses (SQLSTATE class 22, such as a character it cannot store) or a statement
 * it cannot run (class 42). Retrying them only delays the dead letter, so the runner dead-letters them at once with
 * their cause.
 */
final class Defect {
    private static final String[] DEFECT_SQL_STATES = {"22", "42"};

    private Defect() {
    }

    static boolean isCause(Throwable failure) {
        return FailureCauses.any(failure, cause -> FailureCauses.hasSqlState(cause, DEFECT_SQL_STATES));
    }

    /** The failure and its causes on one line, for the dead letter. */
    static String describe(Throwable failure) {
        StringBuilder description = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            description.append(description.isEmpty() ? "" : "; caused by ").append(cause);
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                description.append(" (SQLSTATE ").append(sql.getSQLState()).append(')');
            }
        }
        return description.toString();
    }
}
