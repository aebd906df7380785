package org.oncocurate.ingest.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "TABLE 1 Summary of randomized trials | TABLE 1",
        "Figure 2. Kaplan-Meier curves | Figure 2",
        "Fig. 3 (A) Survival | Fig. 3",
        "Supplementary Table S2 Doses | Supplementary Table S2",
        "Supplementary Table 2 Doses | Supplementary Table 2",
        "FIGURE 1 | FIGURE 1",
        "Table 1 shows the trials | none",
        "Tables are given below | none",
        "Figures 2 and 3 show | none"
    })
    void recognisesCaptionLabelsButNotSentencesThatMentionATable(String text, String label) {
        assertThat(Labels.captionLabel(text)).isEqualTo(label);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
        "4.1 PI3K-AKT-mTOR | 4.1 | PI3K-AKT-mTOR",
        "2. Methods | 2 | Methods",
        "IV. Results | IV | Results",
        "Discussion | none | Discussion",
        "2 lists inhibitors | none | 2 lists inhibitors"
    })
    void splitsAHeadingIntoItsNumberAndTitle(String heading, String number, String title) {
        assertThat(Labels.numberAndTitle(heading)).containsExactly(number, title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"References, true", "7 References, true", "REFERENCES, true", "Bibliography, true",
        "Literature cited, true", "Reference genes, false", "Results, false"})
    void recognisesTheReferencesHeading(String heading, boolean references) {
        assertThat(Labels.references(heading)).isEqualTo(references);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Research Article, true", "Original Research, true", "Review, true", "Study Protocol, true",
        "Case Reports, true", "Review of adjuvant trials, false", "Research, true", "Results, false",
        "Zortamab in advanced disease, false"})
    void recognisesAnArticleTypePrintedAboveTheTitle(String text, boolean type) {
        assertThat(Labels.articleType(text)).isEqualTo(type);
    }
}
