package org.oncocurate.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * A dictionary of surface forms found in a text in one pass with an Aho-Corasick automaton. Each form says whether
 * it must match with its exact case ("ER", "CAT" as symbols) or in any case ("palbociclib", "cyclin D1"). A match
 * counts only as a whole word: the characters on either side may not be letters or digits, so "CDK1" is not found in
 * "CDK12". Immutable and thread-safe once built.
 *
 * @param <T> what the dictionary says a form is
 */
public final class TermIndex<T> {
    private final Trie trie;
    private final Map<String, List<Form<T>>> forms;

    private record Form<T>(String text, boolean exactCase, T term) {
    }

    private TermIndex(Trie trie, Map<String, List<Form<T>>> forms) {
        this.trie = trie;
        this.forms = forms;
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Every whole-word match in {@code text}, overlapping ones included, in no particular order. */
    public List<TermMatch<T>> findAll(String text) {
        List<TermMatch<T>> matches = new ArrayList<>();
        for (Emit emit : trie.parseText(text)) {
            int start = emit.getStart();
            int end = emit.getEnd() + 1;
            if (!wordBoundary(text, start - 1) || !wordBoundary(text, end)) {
                continue;
            }
            String surface = text.substring(start, end);
            for (Form<T> form : forms.getOrDefault(emit.getKeyword(), List.of())) {
                if (!form.exactCase() || form.text().equals(surface)) {
                    matches.add(new TermMatch<>(start, end, surface, form.term()));
                }
            }
        }
        return matches;
    }

    /** The terms {@code text} is, exactly as a whole: the form itself, with its case rule. */
    public List<T> lookup(String text) {
        List<T> terms = new ArrayList<>();
        for (Form<T> form : forms.getOrDefault(text.toLowerCase(Locale.ROOT), List.of())) {
            if (!form.exactCase() || form.text().equals(text)) {
                terms.add(form.term());
            }
        }
        return terms;
    }

    private static boolean wordBoundary(String text, int index) {
        return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
    }

    /**
     * The longest matches that do not overlap, leftmost first among equals; each span keeps every term found for it
     * (an ambiguous form yields several matches with one span).
     */
    public static <T> List<TermMatch<T>> longestFirst(Collection<TermMatch<T>> matches) {
        List<TermMatch<T>> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.<TermMatch<T>>comparingInt(TermMatch::length).reversed()
                .thenComparingInt(TermMatch::start));
        List<TermMatch<T>> kept = new ArrayList<>();
        for (TermMatch<T> match : sorted) {
            boolean free = true;
            for (TermMatch<T> other : kept) {
                boolean sameSpan = other.start() == match.start() && other.end() == match.end();
                if (!sameSpan && other.overlaps(match.start(), match.end())) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(match);
            }
        }
        kept.sort(Comparator.comparingInt(TermMatch::start));
        return kept;
    }

    /** Collects forms; {@link #build()} makes the automaton. */
    public static final class Builder<T> {
        private final Map<String, List<Form<T>>> forms = new HashMap<>();

        public Builder<T> add(String form, boolean exactCase, T term) {
            String text = form.strip();
            if (!text.isEmpty()) {
                forms.computeIfAbsent(text.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                        .add(new Form<>(text, exactCase, term));
            }
            return this;
        }

        public TermIndex<T> build() {
            Map<String, List<Form<T>>> frozen = new HashMap<>();
            forms.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
            Trie trie = Trie.builder().ignoreCase().addKeywords(frozen.keySet()).build();
            return new TermIndex<>(trie, frozen);
        }
    }
}
