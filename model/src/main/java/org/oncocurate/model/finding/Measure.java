package org.oncocurate.model.finding;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an outcome figure measures. Medians and rates carry one value per arm; ratios carry one value and a CI. */
public enum Measure {
    MEDIAN("median"), RATE("rate"), HR("HR"), OR("OR"), RR("RR");

    private final String label;

    Measure(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public boolean isRatio() {
        return this == HR || this == OR || this == RR;
    }

    @JsonCreator
    public static Measure fromLabel(String label) {
        for (Measure measure : values()) {
            if (measure.label.equalsIgnoreCase(label)) {
                return measure;
            }
        }
        throw new IllegalArgumentException("unknown measure: " + label);
    }
}
