package org.oncocurate.ingest.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrontMatterTest {
    @Test
    void readsTheAuthorLineUnderTheTitleWithoutItsMarksAndStopsAtTheAffiliations() {
        List<String> blocks = List.of("Jane A. Doe1*, Richard Roe2\u2020 and Maria van der Berg1,3",
                "1 Department of Oncology, University of Examples, Exampletown");

        assertThat(FrontMatter.authors(blocks)).containsExactly("Jane A. Doe", "Richard Roe", "Maria van der Berg");
    }

    @Test
    void readsAnAuthorLineWhoseAffiliationMarksFollowTheCommas() {
        List<String> blocks = List.of("Jane A. Doe,1 Richard Roe,2 Maria van der Berg,2 and Ola Nordmann 3");

        assertThat(FrontMatter.authors(blocks)).containsExactly("Jane A. Doe", "Richard Roe", "Maria van der Berg",
                "Ola Nordmann");
    }

    @Test
    void aBlockOfProseOrAnAffiliationIsNotAnAuthorLine() {
        assertThat(FrontMatter.authors(List.of("Cancer Center, The First Hospital of Jilin University, China")))
                .isEmpty();
        assertThat(FrontMatter.authors(List.of("Hormone receptor-positive breast cancer may recur, years later.")))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Kang et al. Frontiers in Oncology 10.3389/fonc.2024.1448687 | Frontiers in Oncology",
        "Journal of Clinical Oncology \u00B7 Vol. 38, No. 4 | Journal of Clinical Oncology",
        "Cancers 2021, 13, 1234 | Cancers",
        "frontiersin.org 5 | ",
        "Molnár et al. Journal of Ethnobiology and Ethnomedicine 2015, 11:3 Page 4 of 22 | Journal of Ethnobiology and Ethnomedicine",
        "Review article | "
    })
    void readsTheJournalFromARunningHeader(String header, String journal) {
        assertThat(FrontMatter.journal(List.of(header))).isEqualTo(journal);
    }

    @Test
    void prefersThePublicationDateOnTheFirstPageThenAYearInTheRunningHeaderOutsideTheDoi() {
        assertThat(FrontMatter.year("Received 3 May 2019. Published 2 March 2020. \u00A9 2020 the authors", List.of()))
                .isEqualTo(2020);
        assertThat(FrontMatter.year("no dates here", List.of("Cancers 2021, 13, 1234"))).isEqualTo(2021);
        assertThat(FrontMatter.year("no dates here", List.of("Frontiers in Oncology 10.3389/fonc.2024.1448687")))
                .isNull();
        assertThat(FrontMatter.yearInDoi("10.3389/fonc.2024.1448687")).isEqualTo(2024);
        assertThat(FrontMatter.yearInDoi("10.1056/NEJMoa1609709")).isNull();
    }

    @Test
    void readsTheYearOfADatedNoteThatGivesTheDayAndMonthFirst() {
        assertThat(FrontMatter.year("Received: 7 August 2015 Accepted: 21 September 2015", List.of()))
                .isEqualTo(2015);
        assertThat(FrontMatter.year("Received 12 March 2019; published 3 January 2020", List.of())).isEqualTo(2020);
    }
}
