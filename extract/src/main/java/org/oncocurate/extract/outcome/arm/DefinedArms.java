package org.oncocurate.extract.outcome.arm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.oncocurate.extract.outcome.grammar.FigureLexer;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.Token;
import org.oncocurate.model.finding.Treatment;

/**
 * Gives an arm named by a short form the drugs of the paper's definition of it: "the PPV/CPA arm", where the paper
 * wrote "peptide vaccination plus low-dose cyclophosphamide (PPV/CPA)", is an arm with cyclophosphamide; "GC" defined
 * as "gemcitabine plus cisplatin (GC)" has gemcitabine and cisplatin. The arm keeps the label the paper uses.
 */
public final class DefinedArms {
    private final ArmDefinitions definitions;
    private final Finder drugFinder;

    public DefinedArms(ArmDefinitions definitions, Finder drugFinder) {
        this.definitions = definitions;
        this.drugFinder = drugFinder;
    }

    public List<Treatment> resolve(List<Treatment> arms) {
        return arms.stream().map(this::resolve).toList();
    }

    /** The arm with the drugs its defined short forms name added; the arm itself when none is defined. */
    public Treatment resolve(Treatment arm) {
        if (arm == null) {
            return null;
        }
        Set<String> drugs = new LinkedHashSet<>(arm.drugs());
        String label = arm.label();
        String longForm = definitions.longForm(label);
        if (longForm != null) {
            drugs.addAll(drugsIn(longForm));
        } else {
            for (String part : label.split("\\s*(?:\\+|/)\\s*")) {
                String defined = part.isBlank() ? null : definitions.longForm(part.strip());
                if (defined != null) {
                    drugs.addAll(drugsIn(defined));
                }
            }
        }
        return drugs.size() == arm.drugs().size() ? arm : new Treatment(label, List.copyOf(drugs));
    }

    private List<String> drugsIn(String text) {
        List<Token> words = FigureLexer.tokenize(text, 0).stream()
                .map(token -> new Token(token.text(), token.start(), token.end())).toList();
        return drugFinder.find(new Sentence(text, 0, text.length(), words, -1, false)).stream()
                .map(Mention::normalized).distinct().toList();
    }
}
