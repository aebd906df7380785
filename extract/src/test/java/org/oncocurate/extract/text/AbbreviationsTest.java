package org.oncocurate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AbbreviationsTest {
    private static Abbreviations of(String text) {
        return Abbreviations.of(List.of(new Sentence(text, 0, text.length(), List.of(), 0, false)));
    }

    @ParameterizedTest(name = "\"{0}\" defines {1} as \"{2}\"")
    @CsvSource(delimiter = '|', value = {
            "Patients received zorbatinib plus velcisplatin (ZV) every 3 weeks.|ZV|zorbatinib plus velcisplatin",
            "consolidation with autologous stem cell transplantation (SCT) was allowed|SCT|stem cell transplantation",
            "The primary end point was progression-free survival (PFS).|PFS|progression-free survival",
            "staining for thyroid transcription factor-1 (TTF-1 Acme) antibodies|TTF-1|thyroid transcription factor-1",
            "the Quality of Life Index (QLI; version 2) was used|QLI|Quality of Life Index",
            "a trial of ABC-123 (alpha beta crystallin 123) inhibitors|ABC-123|alpha beta crystallin 123",
            "ER = estrogen receptor; PR = progesterone receptor.|ER|estrogen receptor"})
    void aDefinitionGivesTheShortFormItsLongForm(String text, String shortForm, String longForm) {
        assertThat(of(text).of(shortForm)).get().extracting(Abbreviations.Definition::longForm).isEqualTo(longForm);
    }

    @Test
    void theLongFormSpanPointsIntoThePaper() {
        String text = "They got gemzarol and cisplatin (GC) weekly.";
        Abbreviations.Definition definition = of(text).of("GC").orElseThrow();
        assertThat(text.substring(definition.longStart(), definition.longEnd())).isEqualTo("gemzarol and cisplatin");
    }

    @Test
    void aTableFootnoteDefinesEveryShortFormOfItsList() {
        Abbreviations found = of("HR = hazard ratio; OS = overall survival; PLD = pegylated liposomal doxorubicin.");
        assertThat(found.of("OS")).get().extracting(Abbreviations.Definition::longForm).isEqualTo("overall survival");
        assertThat(found.of("PLD")).get().extracting(Abbreviations.Definition::longForm)
                .isEqualTo("pegylated liposomal doxorubicin");
    }

    @ParameterizedTest(name = "\"{0}\" defines nothing")
    @ValueSource(strings = {
            "The response rate was high (45%).",
            "as reported previously (Smith et al. 2019)",
            "overall survival (P = .02) was longer",
            "in the second cohort (n = 45) of patients",
            "patients with mutations (see Table 2)",
            "HR = 0.74; P = .03",
            "treated with the drug (given orally) daily"})
    void parenthesesThatDoNotAbbreviateDefineNothing(String text) {
        assertThat(of(text).definitions()).isEmpty();
    }

    @Test
    void theFirstDefinitionOfAShortFormWins() {
        Abbreviations found = Abbreviations.of(List.of(
                new Sentence("complete response (CR) was seen", 0, 31, List.of(), 0, false),
                new Sentence("the complement receptor (CR)", 40, 68, List.of(), 1, false)));
        assertThat(found.of("CR")).get().extracting(Abbreviations.Definition::longForm).isEqualTo("complete response");
    }

    @Test
    void anAbbreviationListWithColonsDefinesItsShortForms() {
        Abbreviations found = of("Abbreviations BMI: Body mass index; CO: Carbon monoxide; Results: were good");
        assertThat(found.of("BMI")).get().extracting(Abbreviations.Definition::longForm).isEqualTo("Body mass index");
        assertThat(found.of("CO")).get().extracting(Abbreviations.Definition::longForm).isEqualTo("Carbon monoxide");
        assertThat(found.of("Results")).isEmpty();
    }
}
