package org.oncocurate.extract.trial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.Lexicon;
import org.oncocurate.extract.text.TermIndex;
import org.oncocurate.model.finding.TrialNames;

/**
 * Major oncology trials as the team records them ({@code trials.tsv}): name, other names, ClinicalTrials.gov id,
 * phase and drugs. Used to recognise a trial named without the usual acronym-number shape (PEARL, IMpower150), to
 * bring its other names to one, and to add the registry id and phase. Immutable.
 */
public final class TrialRegistry {
    private static final Pattern NAME_THEN_NUMBER = Pattern.compile("(.*[A-Za-z])[- ]?(\\d+[A-Za-z]?)");

    private final Map<String, Trial> byName = new HashMap<>();
    private final Map<String, Trial> byNct = new HashMap<>();
    private final TermIndex<Trial> index;
    private final String version;

    /** A registered trial. */
    public record Trial(String name, List<String> aliases, String nct, String phase, String cancer,
                        List<String> drugs) {
        public Trial {
            aliases = List.copyOf(aliases);
            drugs = List.copyOf(drugs);
        }
    }

    private TrialRegistry(Lexicon lexicon) {
        TermIndex.Builder<Trial> builder = TermIndex.builder();
        for (String[] row : lexicon.rows()) {
            Trial trial = new Trial(row[0], Lexicon.values(row[1]), blankToNull(row[2]), blankToNull(row[3]),
                    blankToNull(row[4]), Lexicon.values(row.length > 5 ? row[5] : ""));
            List<String> names = new ArrayList<>(trial.aliases());
            names.add(0, trial.name());
            for (String name : names) {
                byName.put(TrialNames.normalize(name), trial);
                for (String variant : spellings(name)) {
                    builder.add(variant, !hasDigit(variant), trial);
                }
            }
            if (trial.nct() != null) {
                byNct.put(trial.nct(), trial);
            }
        }
        this.index = builder.build();
        this.version = lexicon.version();
    }

    public static TrialRegistry load() {
        return new TrialRegistry(Lexicon.load("trials", TrialRegistry.class, "trials.tsv"));
    }

    public String version() {
        return version;
    }

    /** The registered trial a name (in any spelling: "Monarch 3", "MONARCH-3") or registry id stands for. */
    public Optional<Trial> find(String nameOrNct) {
        Trial trial = byNct.get(nameOrNct.strip());
        return Optional.ofNullable(trial != null ? trial : byName.get(TrialNames.normalize(nameOrNct)));
    }

    TermIndex<Trial> index() {
        return index;
    }

    /** "MONARCH 3" is also written "MONARCH-3" and "MONARCH3"; a name without digits is written one way. */
    private static List<String> spellings(String name) {
        List<String> spellings = new ArrayList<>(List.of(name));
        Matcher matcher = NAME_THEN_NUMBER.matcher(name);
        if (matcher.matches()) {
            for (String separator : List.of("-", " ", "")) {
                String variant = matcher.group(1) + separator + matcher.group(2);
                if (!spellings.contains(variant)) {
                    spellings.add(variant);
                }
            }
        }
        return spellings;
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
