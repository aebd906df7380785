package org.oncocurate.ingest.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DehyphenatorTest {
    /** Lines of a made-up document: the evidence some of the cases below rely on, and nothing more. */
    private static final List<String> DOCUMENT = List.of(
            "the phenotype of resistant cells was stable over time",
            "the receptor was positive in most samples and hormone-sensitive tumours responded",
            "overexpression of the gene was seen in HR+/HER2- disease as well",
            "signalling in the cell was high and the basal state was low",
            "a self-renewal assay and an over-the-counter drug");
    private static final Dehyphenator DEHYPHENATOR = new Dehyphenator(Vocabulary.of(DOCUMENT));

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
        // compounds of two words the document uses on their own keep their hyphen
        "receptor-, positive, KEEP_HYPHEN",
        // a compound the document itself writes with a hyphen inside a line
        "hormone-, sensitive, KEEP_HYPHEN",
        // a combining form is not a word: the break split one word
        "pheno-, type, DROP_HYPHEN",
        // the document writes the word closed up elsewhere
        "over-, expression, DROP_HYPHEN",
        "pheno-, typic, DROP_HYPHEN",
        // no evidence for a compound: typesetting split the word
        "treat-, ment, DROP_HYPHEN",
        "resis-, tance, DROP_HYPHEN",
        // symbols, numbers and names keep their hyphen
        "HER2-, negative, KEEP_HYPHEN",
        "MONALEESA-, 2, KEEP_HYPHEN",
        "0.36-, 0.59), KEEP_HYPHEN",
        "IRE1-, XBP1, KEEP_HYPHEN",
        "N-, terminal, KEEP_HYPHEN",
        // a token the document writes ending in a hyphen stands alone
        "HR+/HER2-, breast, SPACE",
        // prefixes English always hyphenates, and doubled vowels
        "self-, renewal, KEEP_HYPHEN",
        "anti-, inflammatory, KEEP_HYPHEN",
        // no hyphen, no joining
        "cells, were, SPACE",
        // an en dash binds to what follows without a space
        "5\u2013, 10%, KEEP_HYPHEN",
        // a soft hyphen always closes up
        "treat\u00AD, ment, DROP_HYPHEN"
    })
    void joinsLinesBrokenAtAHyphenOnTheEvidence(String lastToken, String firstToken, Dehyphenator.Join expected) {
        assertThat(DEHYPHENATOR.decide(lastToken, firstToken)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} -> {2} without evidence")
    @CsvSource({
        "pheno-, type, DROP_HYPHEN",
        "basal-, like, DROP_HYPHEN",
        "receptor-, positive, DROP_HYPHEN"
    })
    void withoutAnyEvidenceOnlyCombiningFormsAndTheDefaultDecide(String lastToken, String firstToken,
                                                                  Dehyphenator.Join expected) {
        Dehyphenator empty = new Dehyphenator(Vocabulary.of(List.of()));

        assertThat(empty.decide(lastToken, firstToken)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "words broken at a line end are no evidence: {0}")
    @CsvSource({"receptor-, positive", "pheno-, type"})
    void wordsBrokenAtLineEndsDoNotCountAsEvidenceForThemselves(String lastToken, String firstToken) {
        Vocabulary vocabulary = Vocabulary.of(List.of("some text ending in " + lastToken, firstToken + " and more"));

        assertThat(vocabulary.hasWord(firstToken)).isFalse();
        assertThat(vocabulary.hasWord(lastToken.replace("-", ""))).isFalse();
    }
}
