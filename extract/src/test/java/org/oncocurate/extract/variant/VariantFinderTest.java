package org.oncocurate.extract.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.Sentences;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;

class VariantFinderTest {
    private final VariantFinder finder = new VariantFinder(text -> text.equals("T47D") || text.equals("S6K"),
            VariantFinder.hotspots());

    private static Mention gene(String text, String symbol) {
        int at = text.indexOf(symbol);
        return new Mention(at, at + symbol.length(), symbol, symbol, null, 0.9);
    }

    @Test
    void aChangeIsTiedToTheGeneWrittenBeforeIt() {
        String text = "The ESR1 mutants Y537S, Y537N and D538G are common; AKT1-E17K is rarer.";
        List<VariantFinder.Variant> variants = finder.find(Sentences.of(text),
                List.of(gene(text, "ESR1"), gene(text, "AKT1")), List.of());

        assertThat(variants).extracting(v -> v.gene(), v -> v.mention().normalized()).containsExactly(
                tuple("ESR1", "Y537S"), tuple("ESR1", "Y537N"), tuple("ESR1", "D538G"), tuple("AKT1", "E17K"));
    }

    @Test
    void aChangeWithSeveralAlternativesIsOneVariantEach() {
        String text = "ESR1 Y537S/N/C mutations";
        List<VariantFinder.Variant> variants = finder.find(Sentences.of(text), List.of(gene(text, "ESR1")), List.of());

        assertThat(variants).extracting(v -> v.mention().normalized()).containsExactly("Y537S", "Y537N", "Y537C");
        assertThat(variants).allSatisfy(v -> assertThat(v.mention().surface()).isEqualTo("Y537S/N/C"));
    }

    @Test
    void aChangeWithoutAGeneInItsSentenceTakesTheGeneNamedJustBefore() {
        Sentence sentence = Sentences.of("The p.H1047R hotspot is frequent.");
        assertThat(finder.find(sentence, List.of(), List.of("PIK3CA"))).extracting(v -> v.gene(),
                v -> v.mention().normalized()).containsExactly(tuple("PIK3CA", "H1047R"));
        assertThat(finder.find(sentence, List.of(), List.of())).extracting(VariantFinder.Variant::gene)
                .containsOnlyNulls();
    }

    @Test
    void cellLinesKinasesAndGenesAreNotChanges() {
        String text = "T47D cells, S6K activity and CDK4 levels; E2 and H12 are not changes either.";
        assertThat(finder.find(Sentences.of(text), List.of(gene(text, "CDK4")), List.of())).isEmpty();
    }

    @Test
    void aKnownHotspotGoesToItsGeneWhenThePaperNamesThatGene() {
        String text = "Resistance arises through the C797S mutation and MET amplification.";
        assertThat(finder.find(Sentences.of(text), List.of(gene(text, "MET")), List.of("KRAS", "EGFR")))
                .extracting(v -> v.gene(), v -> v.mention().normalized()).containsExactly(tuple("EGFR", "C797S"));
    }

    @Test
    void aGeneAfterTheChangeCountsWhenTheChangeIsInIt() {
        String text = "The Q999R substitution in FOXA1 was recurrent.";
        assertThat(finder.find(Sentences.of(text), List.of(gene(text, "FOXA1")), List.of("ESR1")))
                .extracting(VariantFinder.Variant::gene).containsExactly("FOXA1");
    }
}
