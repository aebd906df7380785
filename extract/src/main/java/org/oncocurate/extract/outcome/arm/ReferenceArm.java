package org.oncocurate.extract.outcome.arm;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oncocurate.model.finding.Treatment;

/**
 * Which arms a ratio compares. A ratio compares an arm with the reference arm: the one named as placebo, control or
 * physician's choice; else the one whose drugs all other arms also get (fulvestrant against palbociclib +
 * fulvestrant); else, of two arms, the second, as "experimental vs control" is the order papers use. Of more arms
 * with none of these, the comparison is left unknown.
 */
public final class ReferenceArm {
    private static final Set<String> CONTROL_WORDS = Set.of("placebo", "control", "physician", "physician's",
            "investigator", "investigator's", "tpc", "icc", "standard", "observation", "soc", "bsc");

    private ReferenceArm() {
    }

    /**
     * The comparison of a ratio stated after the {@code afterValue}-th value of a series whose arms are {@code arms}:
     * [that arm, reference] (for two arms, [the other arm, reference]); empty when it cannot be told.
     */
    public static List<Treatment> comparison(List<Treatment> arms, int afterValue) {
        if (arms.size() < 2) {
            return List.of();
        }
        int reference = reference(arms);
        if (reference < 0) {
            return List.of();
        }
        if (arms.size() == 2) {
            return List.of(arms.get(1 - reference), arms.get(reference));
        }
        int arm = afterValue - 1;
        if (arm >= 0 && arm < arms.size() && arm != reference) {
            return List.of(arms.get(arm), arms.get(reference));
        }
        return List.of();
    }

    /** The index of the reference arm, or -1 when it cannot be told. */
    static int reference(List<Treatment> arms) {
        for (int i = 0; i < arms.size(); i++) {
            for (String word : arms.get(i).label().toLowerCase(Locale.ROOT).split("[^a-z']+")) {
                if (CONTROL_WORDS.contains(word)) {
                    return i;
                }
            }
        }
        for (int i = 0; i < arms.size(); i++) {
            Set<String> drugs = new HashSet<>(arms.get(i).drugs());
            boolean inAllOthers = !drugs.isEmpty();
            for (int j = 0; j < arms.size() && inAllOthers; j++) {
                inAllOthers = j == i || arms.get(j).drugs().containsAll(drugs)
                        && arms.get(j).drugs().size() > drugs.size();
            }
            if (inAllOthers) {
                return i;
            }
        }
        return arms.size() == 2 ? 1 : -1;
    }
}
