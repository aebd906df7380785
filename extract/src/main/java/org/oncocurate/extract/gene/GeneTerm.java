package org.oncocurate.extract.gene;

/**
 * What a surface form in the gene lexicon stands for.
 *
 * @param name          the official symbol (genes) or the family's name (families); empty for blockers
 * @param needsContext  true for symbols that are also common words: they count only where the text speaks of genes
 */
public record GeneTerm(Kind kind, String name, Source source, boolean needsContext) {
    /** Genes are claims about one gene; families are not; blockers (cell lines) hide the genes inside them. */
    public enum Kind { GENE, FAMILY, BLOCKER }

    /** Where the form comes from, strongest first. */
    public enum Source { FAMILY_NAME, PROTEIN_NAME, SYMBOL, ALIAS, GENE_NAME, CELL_LINE }

    /** Forms an OCR repair may land on: never a bare alias or a full name, which are too easy to hit by chance. */
    public boolean repairTarget() {
        return source == Source.FAMILY_NAME || source == Source.PROTEIN_NAME || source == Source.SYMBOL;
    }
}
