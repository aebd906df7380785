package org.oncocurate.model.finding;

import java.util.Locale;

/** Trial names compare after upper-casing and dropping everything but letters and digits: "Paloma-2" = "PALOMA 2". */
public final class TrialNames {
    private TrialNames() {
    }

    public static String normalize(String name) {
        return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
