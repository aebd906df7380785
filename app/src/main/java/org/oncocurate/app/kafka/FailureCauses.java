package org.oncocurate.app.kafka;

import java.sql.SQLException;
import java.util.function.Predicate;

/** Tests a failure's chain of causes, the failure itself first, as the runner classifies failures. */
final class FailureCauses {
    private FailureCauses() {
    }

    /** True when the failure or one of its causes passes {@code test}. */
    static boolean any(Throwable failure, Predicate<Throwable> test) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (test.test(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** True when {@code cause} is an SQL failure whose SQLSTATE starts with one of {@code prefixes}. */
    static boolean hasSqlState(Throwable cause, String[] prefixes) {
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            for (String prefix : prefixes) {
                if (sql.getSQLState().startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
