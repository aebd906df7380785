package org.oncocurate.store.web.view;

/** One numeric check on an outcome fact, as shown to a curator. */
public record CheckView(String name, boolean passed, String message, String suggestion) {
}
