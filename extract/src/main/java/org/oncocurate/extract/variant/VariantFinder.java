package org.oncocurate.extract.variant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.text.Lexicon;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.NormalizedText;
import org.oncocurate.extract.text.Sentence;

/**
 * Finds protein changes in one-letter form (D538G, E17K, p.H1047R, Y537S/N/C: three changes) and ties each to the
 * gene it belongs to: the gene written right before it ("ESR1 D538G", "AKT1-E17K"); else a gene the paper names that
 * the change is a known hotspot of ({@code hotspots.tsv}: T790M belongs to EGFR); else the nearest gene before it in
 * the sentence, or the gene after it ("D538G in ESR1"); else the gene the preceding sentences last named.
 * Thread-safe.
 */
public final class VariantFinder {
    private static final String AMINO_ACIDS = "ACDEFGHIKLMNPQRSTVWY";
    private static final Pattern CHANGE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:p\\.)?([" + AMINO_ACIDS + "])"
            + "(\\d{1,4})([" + AMINO_ACIDS + "*])((?:/[" + AMINO_ACIDS + "])*)(?![\\p{L}\\p{N}])");
    private static final Pattern JOINED = Pattern.compile("[\\s-]*(?:p\\.)?");
    private static final Pattern GENE_AFTER = Pattern.compile("\\s+(?:[a-z]+\\s+)?(?:in|of|within)\\s+");

    private final Predicate<String> namesSomethingElse;
    private final Map<String, List<String>> hotspotGenes = new HashMap<>();
    private final String version;

    /** One protein change, with its gene symbol or null. */
    public record Variant(Mention mention, String gene) {
    }

    /** @param namesSomethingElse true for a text that is a gene, family or cell line name (S6K, T47D) */
    public VariantFinder(Predicate<String> namesSomethingElse, Lexicon hotspots) {
        this.namesSomethingElse = namesSomethingElse;
        for (String[] row : hotspots.rows()) {
            for (String change : Lexicon.values(row[1])) {
                hotspotGenes.computeIfAbsent(change, key -> new ArrayList<>()).add(row[0]);
            }
        }
        this.version = hotspots.version();
    }

    public static Lexicon hotspots() {
        return Lexicon.load("hotspots", VariantFinder.class, "hotspots.tsv");
    }

    public String version() {
        return version;
    }

    /**
     * @param genes        the gene mentions of the sentence (normalized to symbols)
     * @param earlierGenes the genes the paper named before this sentence, most recent first
     */
    public List<Variant> find(Sentence sentence, List<Mention> genes, List<String> earlierGenes) {
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
            String reference = matcher.group(1) + matcher.group(2);
            List<String> alternatives = new ArrayList<>(List.of(matcher.group(3)));
            for (String extra : matcher.group(4).split("/")) {
                if (!extra.isEmpty()) {
                    alternatives.add(extra);
                }
            }
            for (String alternative : alternatives) {
                String change = reference + alternative;
                String gene = geneFor(sentence, change, genes, from, to, earlierGenes);
                Mention mention = new Mention(from, to, sentence.slice(from, to), change, null,
                        gene == null ? 0.6 : 0.85);
                variants.add(new Variant(mention, gene));
            }
        }
        return variants;
    }

    private static boolean overlapsGene(List<Mention> genes, int from, int to) {
        return genes.stream().anyMatch(gene -> gene.start() < to && from < gene.end());
    }

    private String geneFor(Sentence sentence, String change, List<Mention> genes, int from, int to,
                           List<String> earlierGenes) {
        Mention before = null;
        Mention after = null;
        for (Mention gene : genes) {
            if (gene.end() <= from && (before == null || gene.end() > before.end())) {
                before = gene;
            } else if (gene.start() >= to && after == null) {
                after = gene;
            }
        }
        if (before != null && JOINED.matcher(sentence.slice(before.end(), from)).matches()) {
            return before.normalized();
        }
        for (String hotspotGene : hotspotGenes.getOrDefault(change, List.of())) {
            boolean named = genes.stream().anyMatch(g -> g.normalized().equals(hotspotGene))
                    || earlierGenes.contains(hotspotGene);
            if (named) {
                return hotspotGene;
            }
        }
        if (before != null) {
            return before.normalized();
        }
        if (after != null && GENE_AFTER.matcher(sentence.slice(to, after.start())).matches()) {
            return after.normalized();
        }
        return earlierGenes.isEmpty() ? null : earlierGenes.get(0);
    }
}
