package org.oncocurate.extract.outcome.arm;

import org.oncocurate.extract.text.Abbreviations;

/**
 * The paper's own definitions of short forms, as far as they name arms: "gemcitabine plus cisplatin (GC)" makes
 * "the GC arm" an arm of gemcitabine and cisplatin.
 */
@FunctionalInterface
public interface ArmDefinitions {
    /** No definitions known. */
    ArmDefinitions NONE = shortForm -> null;

    /** The long form the paper defines {@code shortForm} as, or null. */
    String longForm(String shortForm);

    /** The definitions the paper's abbreviation finder found. */
    static ArmDefinitions of(Abbreviations abbreviations) {
        return shortForm -> abbreviations.of(shortForm).map(Abbreviations.Definition::longForm).orElse(null);
    }
}
