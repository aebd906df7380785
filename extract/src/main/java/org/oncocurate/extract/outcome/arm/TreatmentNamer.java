package org.oncocurate.extract.outcome.arm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.model.finding.Treatment;

/**
 * Names an arm from the words that describe it: "those treated with Palbociclib plus letrozole" becomes
 * "palbociclib + letrozole" [palbociclib, letrozole]; "the exemestane alone group" becomes "exemestane"; "Placebo +
 * Letrozole" becomes "placebo + letrozole" [letrozole]; "the TPC group" becomes "TPC". Drugs are named by their INN,
 * other words stay as printed.
 */
public final class TreatmentNamer {
    private static final Set<String> LEADING = Set.of("the", "a", "an", "those", "patients", "pts", "treated",
            "receiving", "received", "who", "with", "in", "for", "among", "group", "arm", "of", "on", "given");
    private static final Set<String> TRAILING = Set.of("group", "groups", "arm", "arms", "cohort", "alone", "only",
            "monotherapy", "patients");
    private static final Set<String> JOINERS = Set.of("plus", "and", "with");

    private TreatmentNamer() {
    }

    /** The treatment the tokens describe, or null when nothing is left once the filler words are dropped. */
    public static Treatment name(List<FigureToken> words, List<Mention> drugs) {
        int first = 0;
        int last = words.size() - 1;
        while (first <= last && isFiller(words.get(first), LEADING, drugs)) {
            first++;
        }
        while (last >= first && (isFiller(words.get(last), TRAILING, drugs) || words.get(last).is(Kind.PLUS))) {
            last--;
        }
        if (first > last) {
            return null;
        }
        List<String> components = new ArrayList<>();
        Set<String> inns = new LinkedHashSet<>();
        StringBuilder component = new StringBuilder();
        Mention open = null;
        for (int i = first; i <= last; i++) {
            FigureToken token = words.get(i);
            Mention drug = drugAt(token, drugs);
            if (drug != null) {
                if (drug != open) {
                    append(component, drug.normalized());
                    inns.add(drug.normalized());
                    open = drug;
                }
                continue;
            }
            open = null;
            boolean combinedWith = token.isWord("combined") && i < last && words.get(i + 1).isWord("with");
            if (token.is(Kind.PLUS) || token.is(Kind.WORD) && JOINERS.contains(token.canonical()) || combinedWith) {
                flush(component, components);
            } else if (token.is(Kind.SLASH) || token.is(Kind.DASH)) {
                component.append(token.text());
            } else if (!token.is(Kind.COMMA) && !TRAILING.contains(token.canonical())) {
                append(component, token.isWord("placebo") ? "placebo" : token.text());
            }
        }
        flush(component, components);
        if (components.isEmpty()) {
            return null;
        }
        return new Treatment(String.join(" + ", components), List.copyOf(inns));
    }

    private static boolean isFiller(FigureToken token, Set<String> fillers, List<Mention> drugs) {
        return drugAt(token, drugs) == null && (token.is(Kind.COMMA) || token.is(Kind.WORD)
                && fillers.contains(token.canonical().toLowerCase(Locale.ROOT)));
    }

    static Mention drugAt(FigureToken token, List<Mention> drugs) {
        for (Mention drug : drugs) {
            if (drug.start() <= token.start() && token.end() <= drug.end()) {
                return drug;
            }
        }
        return null;
    }

    private static void append(StringBuilder component, String text) {
        if (component.length() > 0 && !endsWithJoin(component)) {
            component.append(' ');
        }
        component.append(text);
    }

    private static boolean endsWithJoin(StringBuilder component) {
        char last = component.charAt(component.length() - 1);
        return last == '/' || last == '-';
    }

    private static void flush(StringBuilder component, List<String> components) {
        String text = component.toString().strip();
        if (!text.isEmpty()) {
            components.add(text);
        }
        component.setLength(0);
    }
}
