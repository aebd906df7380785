package org.oncocurate.extract.outcome.arm;

/**
 * The paper's own definitions of short forms, as far as they name arms: "gemcitabine plus cisplatin (GC)" makes
 * "the GC arm" an arm of gemcitabine and cisplatin. Kept behind this interface so that a document-wide abbreviation
 * finder can supply the definitions.
 */
@FunctionalInterface
public interface ArmDefinitions {
    /** No definitions known. */
    ArmDefinitions NONE = shortForm -> null;

    /** The long form the paper defines {@code shortForm} as, or null. */
    String longForm(String shortForm);
}
