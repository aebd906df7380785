package org.oncocurate.store;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.function.Predicate;

/** Tests a failure's chain of causes, the failure itself first: how failures are classified. */
public final class FailureCauses {
    /** SQLSTATE classes of connection failures (08) and of a server shutting down or out of resources (57P, 53). */
    private static final String[] UNAVAILABLE_SQL_STATES = {"08", "57P", "53"};

    private FailureCauses() {
    }

    /**
     * True when the failure comes from a database that cannot be reached or is shutting down: not the fault of the
     * work in hand, which succeeds once the database is back.
     */
    public static boolean databaseUnavailable(Throwable failure) {
        return any(failure, cause -> cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                || cause instanceof ConnectException || hasSqlState(cause, UNAVAILABLE_SQL_STATES));
    }

    /** True when the failure or one of its causes passes {@code test}. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
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
    public static boolean hasSqlState(Throwable cause, String[] prefixes) {
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
