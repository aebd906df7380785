package org.oncocurate.app.kafka;

import java.net.ConnectException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Recognises failures of the infrastructure rather than of an event: the database or the broker cannot be reached.
 * Retrying such a failure a bounded number of times and then dead-lettering the event would blame the event for an
 * outage; the runner instead reads the event again once the outage is over.
 */
final class Unavailable {
    /** SQLSTATE classes of connection failures (08) and of a server shutting down or out of resources (57P, 53). */
    private static final String[] UNAVAILABLE_SQL_STATES = {"08", "57P", "53"};

    private Unavailable() {
    }

    static boolean isCause(Throwable failure) {
        return FailureCauses.any(failure, cause -> cause instanceof SQLTransientException
                || cause instanceof SQLRecoverableException || cause instanceof ConnectException
                || cause instanceof RetriableException
                || FailureCauses.hasSqlState(cause, UNAVAILABLE_SQL_STATES));
    }
}
