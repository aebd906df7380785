package org.oncocurate.store.web.view;

import java.util.List;

/** One decision of a fact's audit trail; {@code changes} lists "field: before → after" for what it changed. */
public record AuditView(String actor, String action, String at, String reason, String statusBefore,
                        String statusAfter, List<String> changes) {
}
