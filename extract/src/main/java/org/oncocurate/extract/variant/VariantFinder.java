package org.oncocurate.extract.variant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.NormalizedText;
import org.oncocurate.extract.text.Sentence;

/**
 * Finds protein changes in one-letter form (D538G, E17K, p.H1047R, Y537S/N/C: three changes) and ties each to the
 * gene it belongs to: the gene written right before it ("ESR1 D538G", "AKT1-E17K"), else the nearest gene of the
 * sentence, preferring one before it, else the gene the preceding sentences last named. Thread-safe.
 */
public final class VariantFinder {
    private static final String AMINO_ACIDS = "ACDEFGHIKLMNPQRSTVWY";
    private static final Pattern CHANGE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:p\\.)?([" + AMINO_ACIDS + "])"
            + "(\\d{1,4})([" + AMINO_ACIDS + "*])((?:/[" + AMINO_ACIDS + "])*)(?![\\p{L}\\p{N}])");

    private final Predicate<String> namesSomethingElse;

    /** One protein change, with its gene symbol or null. */
    public record Variant(Mention mention, String gene) {
    }

    /** @param namesSomethingElse true for a text that is a gene, family or cell line name (S6K, T47D) */
    public VariantFinder(Predicate<String> namesSomethingElse) {
        this.namesSomethingElse = namesSomethingElse;
    }

    /**
     * @param genes      the gene mentions of the sentence (normalized to symbols)
     * @param earlierGene the gene the preceding sentences last named, or null
     */
    public List<Variant> find(Sentence sentence, List<Mention> genes, String earlierGene) {
        NormalizedText view = NormalizedText.of(sentence.text());
        Matcher matcher = CHANGE.matcher(view.text());
        List<Variant> variants = new ArrayList<>();
        while (matcher.find()) {
            int from = sentence.start() + view.originalStart(matcher.start());
            int to = sentence.start() + view.originalEnd(matcher.end());
            String token = matcher.group().startsWith("p.") ? matcher.group().substring(2) : matcher.group();
            if (namesSomethingElse.test(token) || overlapsGene(genes, from, to)) {
                continue;
            }
            String gene = geneFor(genes, from, earlierGene);
            String reference = matcher.group(1) + matcher.group(2);
            List<String> alternatives = new ArrayList<>(List.of(matcher.group(3)));
            for (String extra : matcher.group(4).split("/")) {
                if (!extra.isEmpty()) {
                    alternatives.add(extra);
                }
            }
            for (String alternative : alternatives) {
                Mention mention = new Mention(from, to, sentence.slice(from, to), reference + alternative, null,
                        gene == null ? 0.6 : 0.85);
                variants.add(new Variant(mention, gene));
            }
        }
        return variants;
    }

    private static boolean overlapsGene(List<Mention> genes, int from, int to) {
        return genes.stream().anyMatch(gene -> gene.start() < to && from < gene.end());
    }

    private static String geneFor(List<Mention> genes, int from, String earlierGene) {
        Mention before = null;
        Mention after = null;
        for (Mention gene : genes) {
            if (gene.end() <= from && (before == null || gene.end() > before.end())) {
                before = gene;
            } else if (gene.start() >= from && after == null) {
                after = gene;
            }
        }
        if (before != null) {
            return before.normalized();
        }
        return after != null ? after.normalized() : earlierGene;
    }
}
