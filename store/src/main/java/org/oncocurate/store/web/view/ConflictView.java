package org.oncocurate.store.web.view;

/** Two facts that give different values for the same trial, endpoint and measure, side by side. */
public record ConflictView(String trial, String endpoint, String measure, FactView first, FactView second) {
}
