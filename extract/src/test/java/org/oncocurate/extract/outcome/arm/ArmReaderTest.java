package org.oncocurate.extract.outcome.arm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oncocurate.extract.drug.DrugLexicon;
import org.oncocurate.extract.outcome.grammar.FigureLexer;
import org.oncocurate.extract.outcome.grammar.FigureParser;
import org.oncocurate.extract.outcome.grammar.FigureStatement;
import org.oncocurate.extract.outcome.grammar.FigureToken;
import org.oncocurate.extract.outcome.grammar.ParseContext;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.Token;
import org.oncocurate.model.finding.Treatment;

class ArmReaderTest {
    private static Finder drugs;

    @BeforeAll
    static void loadDrugs() {
        drugs = DrugLexicon.load().finder();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "the PFS in patients treated with Palbociclib plus letrozole was longer than in those treated with letrozole alone (24.8 months vs. 14.5 months)" \
                | palbociclib + letrozole [palbociclib, letrozole] ; letrozole [letrozole]
            "the median PFS was longer in the everolimus plus exemestane group than in the exemestane alone group (7.4 months vs 2.0 months)" \
                | everolimus + exemestane [everolimus, exemestane] ; exemestane [exemestane]
            "the median PFS in the Ribociclib + letrozole group was longer than that in the placebo group (25.3 months vs. 16.0 months)" \
                | ribociclib + letrozole [ribociclib, letrozole] ; placebo []
            "The median PFS was 19.4 months for the combined group and 12.9 months for the letrozole group" \
                | combined [] ; letrozole [letrozole]
            "the median OS of the T-DXd group and the TPC group were 23.9 months and 17.5 months, respectively" \
                | trastuzumab deruxtecan [trastuzumab deruxtecan] ; TPC []
            "median OS was 16.0 months with nivolumab versus 9.8 months with docetaxel" \
                | nivolumab [nivolumab] ; docetaxel [docetaxel]
            "median PFS was 24.8 and 14.5 months in the palbociclib and placebo groups, respectively" \
                | palbociclib [palbociclib] ; placebo []
            "abemaciclib and an AI prolonged PFS (28.2 months vs. 14.8 months)" | none
            "the ORR was 12% with pembrolizumab" | none
            """)
    void namesTheArmsOfASeries(String sentence, String expected) {
        assertThat(describe(new ArmReader(tokens(sentence), drugs.find(sentence(sentence)))
                .armsOf(first(sentence)))).isEqualTo(expected.strip());
    }

    @Test
    void comparesARatioStatedOnItsOwnWithTheReferenceArmLast() {
        String text = "Compared with placebo plus fulvestrant, alpelisib plus fulvestrant improved PFS (HR 0.65; "
                + "95% CI 0.50-0.85)";
        FigureStatement ratio = first(text);

        List<Treatment> comparison = new ArmReader(tokens(text), drugs.find(sentence(text))).comparisonOf(ratio);

        assertThat(comparison).extracting(Treatment::label).containsExactly("alpelisib + fulvestrant",
                "placebo + fulvestrant");
    }

    @Test
    void referenceArmIsTheControlThenTheArmWhoseDrugsAllOthersGetThenTheLast() {
        Treatment placebo = new Treatment("placebo + letrozole", List.of("letrozole"));
        Treatment ribociclib = new Treatment("ribociclib + letrozole", List.of("ribociclib", "letrozole"));
        Treatment fulvestrant = new Treatment("fulvestrant", List.of("fulvestrant"));
        Treatment doublet = new Treatment("palbociclib + fulvestrant", List.of("palbociclib", "fulvestrant"));
        Treatment capecitabine = new Treatment("capecitabine", List.of("capecitabine"));

        assertThat(ReferenceArm.comparison(List.of(placebo, ribociclib), 0)).containsExactly(ribociclib, placebo);
        assertThat(ReferenceArm.comparison(List.of(fulvestrant, doublet), 2)).containsExactly(doublet, fulvestrant);
        assertThat(ReferenceArm.comparison(List.of(doublet, capecitabine), 2)).containsExactly(doublet, capecitabine);
        assertThat(ReferenceArm.comparison(List.of(fulvestrant, doublet, capecitabine), 1)).isEmpty();
    }

    private static FigureStatement first(String text) {
        return FigureParser.parse(text, 0, ParseContext.PROSE).get(0);
    }

    private static List<FigureToken> tokens(String text) {
        return FigureLexer.tokenize(text, 0);
    }

    private static Sentence sentence(String text) {
        List<Token> words = tokens(text).stream().map(token -> new Token(token.text(), token.start(), token.end()))
                .toList();
        return new Sentence(text, 0, text.length(), words, 0, false);
    }

    private static String describe(List<Treatment> arms) {
        return arms.isEmpty() ? "none" : arms.stream().map(arm -> arm.label() + " " + arm.drugs().stream()
                .collect(Collectors.joining(", ", "[", "]"))).collect(Collectors.joining(" ; "));
    }
}
