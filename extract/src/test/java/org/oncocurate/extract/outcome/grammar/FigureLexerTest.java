package org.oncocurate.extract.outcome.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureLexerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "HR = 0.56"                          | RATIO:HR COMPARATOR:= NUMBER:0.56
            "HR-positive/HER2-negative"          | WORD:hr-positive SLASH:/ WORD:her2-negative
            "95%CI 3.6~7.6"                      | NUMBER:95 PERCENT:% CI:CI NUMBER:3.6 DASH:- NUMBER:7.6
            "P=.003"                             | P:p COMPARATOR:= NUMBER:0.003
            "p ≤ 0.05"                           | P:p COMPARATOR:≤ NUMBER:0.05
            "P <= 0.05"                          | P:p COMPARATOR:≤ NUMBER:0.05
            "0·56 (0·45–0·70)"                   | NUMBER:0.56 OPEN:( NUMBER:0.45 DASH:- NUMBER:0.70 CLOSE:)
            "progression-free survival"          | ENDPOINT:PFS
            "Progression free survival"          | ENDPOINT:PFS
            "objective response rate (ORR)"     | ENDPOINT:ORR OPEN:( ENDPOINT:ORR CLOSE:)
            "hazard ratio (HR)"                  | RATIO:HR OPEN:( RATIO:HR CLOSE:)
            "odds ratio"                         | RATIO:OR
            "24.8 months vs. 14.5 mo"            | NUMBER:24.8 TIME_UNIT:months VERSUS:vs NUMBER:14.5 TIME_UNIT:months
            "55% versus 40%"                     | NUMBER:55 PERCENT:% VERSUS:vs NUMBER:40 PERCENT:%
            "95% confidence interval"            | NUMBER:95 PERCENT:% CI:CI
            "CDK4/6"                             | WORD:cdk4 SLASH:/ NUMBER:6
            "PALOMA-2"                           | WORD:paloma-2
            "ORR or OS"                          | ENDPOINT:ORR WORD:or ENDPOINT:OS
            "mOS 12 months"                      | ENDPOINT:OS NUMBER:12 TIME_UNIT:months
            "Eighty-two percent of responses"    | NUMBER:82 PERCENT:% WORD:of WORD:responses
            "Six per cent"                       | NUMBER:6 PERCENT:%
            "six patients"                       | WORD:six WORD:patients
            "duration of complete response"      | ENDPOINT:DOR
            "CI, 0,35−0.53"                      | CI:CI COMMA:, NUMBER:0.35 DASH:- NUMBER:0.53
            "ECOG 0,1 or 2"                      | WORD:ecog NUMBER:0 COMMA:, NUMBER:1 WORD:or NUMBER:2
            """)
    void splitsTextIntoCanonicalTokens(String text, String expected) {
        String tokens = FigureLexer.tokenize(text, 0).stream()
                .map(token -> token.kind() + ":" + token.canonical()).collect(Collectors.joining(" "));

        assertThat(tokens).isEqualTo(expected.strip());
    }

    @Test
    void readsOcrDamageAsTheTermAndRecordsTheRepair() {
        List<FigureToken> tokens = FigureLexer.tokenize("PES 28.1 vs. 14.7 months (95% Cl)", 10);

        assertThat(tokens.get(0)).satisfies(token -> {
            assertThat(token.kind()).isEqualTo(FigureToken.Kind.ENDPOINT);
            assertThat(token.canonical()).isEqualTo("PFS");
            assertThat(token.repair()).isEqualTo("PES → PFS");
            assertThat(token.start()).isEqualTo(10);
            assertThat(token.end()).isEqualTo(13);
        });
        assertThat(tokens).filteredOn(token -> token.is(FigureToken.Kind.CI)).singleElement()
                .extracting(FigureToken::repair).isEqualTo("Cl → CI");
    }
}
