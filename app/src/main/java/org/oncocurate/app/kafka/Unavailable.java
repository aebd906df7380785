package org.oncocurate.app.kafka;

import org.apache.kafka.common.errors.RetriableException;
import org.oncocurate.store.FailureCauses;

/**
 * Recognises failures of the infrastructure rather than of an event: the database or the broker cannot be reached.
 * Retrying such a failure a bounded number of times and then dead-lettering the event would blame the event for an
 * outage; the runner instead reads the event again once the outage is over.
 */
final class Unavailable {
    private Unavailable() {
    }

    static boolean isCause(Throwable failure) {
        return FailureCauses.databaseUnavailable(failure)
                || FailureCauses.any(failure, cause -> cause instanceof RetriableException);
    }
}
