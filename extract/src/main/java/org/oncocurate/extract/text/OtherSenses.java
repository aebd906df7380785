package org.oncocurate.extract.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Abbreviations with a second meaning in oncology text, and the words around them that show the second meaning is
 * meant: ER is the endoplasmic reticulum next to "unfolded protein" or "chaperone", TAM means tumor-associated
 * macrophages next to "macrophage", PR a partial response next to "response rate".
 */
public final class OtherSenses {
    private final Map<String, List<Sense>> byForm;

    /** A second meaning of a form and the cue words that give it away. */
    public record Sense(String meaning, List<String> cues) {
        public Sense {
            cues = List.copyOf(cues);
        }
    }

    private OtherSenses(Map<String, List<Sense>> byForm) {
        this.byForm = byForm;
    }

    public static OtherSenses from(Lexicon lexicon) {
        Map<String, List<Sense>> byForm = new HashMap<>();
        for (String[] row : lexicon.rows()) {
            if (row.length < 3) {
                throw new IllegalStateException("lexicon " + lexicon.name() + ": a row needs form, meaning and cues");
            }
            List<String> cues = Lexicon.values(row[2]).stream().map(cue -> cue.toLowerCase(Locale.ROOT)).toList();
            byForm.computeIfAbsent(row[0], form -> new ArrayList<>()).add(new Sense(row[1], cues));
        }
        return new OtherSenses(byForm);
    }

    /**
     * The other meaning {@code form} has in {@code context} (the text around it, lower-cased), or null when nothing
     * there points away from the lexicon's meaning.
     */
    public String otherMeaning(String form, String context) {
        for (Sense sense : byForm.getOrDefault(form, List.of())) {
            for (String cue : sense.cues()) {
                if (containsWord(context, cue)) {
                    return sense.meaning();
                }
            }
        }
        return null;
    }

    static boolean containsWord(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end >= text.length() || !Character.isLetter(text.charAt(end))
                    || text.charAt(end) == 's';
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
    }
}
