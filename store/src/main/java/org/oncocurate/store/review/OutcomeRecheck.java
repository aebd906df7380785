package org.oncocurate.store.review;

import java.util.List;
import org.oncocurate.model.finding.CheckResult;
import org.oncocurate.model.finding.OutcomeFinding;

/**
 * Runs an outcome fact's checks again, on a curator's values. The checks belong to extraction, which the store may
 * not import: the application hands them in.
 */
@FunctionalInterface
public interface OutcomeRecheck {
    /**
     * Where no checks are wired in: an edited fact is never shown as passing checks that did not run on its values.
     */
    OutcomeRecheck UNAVAILABLE = fact -> List.of(new CheckResult("rechecked", false,
            "the edited values could not be checked here; check them by hand", null));

    List<CheckResult> run(OutcomeFinding fact);
}
