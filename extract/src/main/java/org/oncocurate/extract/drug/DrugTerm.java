package org.oncocurate.extract.drug;

/**
 * What a surface form in the drug lexicon stands for.
 *
 * @param name the INN (else development code) of a drug, or the name of a class
 * @param weak true for short abbreviations ("SG", "TAM"): on their own they do not make a paper mention a drug
 */
public record DrugTerm(Kind kind, String name, Source source, boolean weak) {
    /** A drug, a class of drugs, or a name (cell line) that hides the drug forms inside it. */
    public enum Kind { DRUG, CLASS, BLOCKER }

    /** Where the form comes from: the team's oncology lexicon or a user-supplied DrugBank vocabulary. */
    public enum Source { CURATED, DRUGBANK }
}
