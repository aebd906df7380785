package org.oncocurate.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermIndexTest {
    private final TermIndex<String> index = TermIndex.<String>builder()
            .add("CDK1", true, "CDK1")
            .add("ER", true, "ER")
            .add("cyclin D1", false, "CCND1")
            .add("cyclin", false, "cyclin")
            .build();

    @Test
    void aFormMatchesOnlyAsAWholeWord() {
        assertThat(index.findAll("CDK12 and CDK1-3 and CDK1")).extracting(TermMatch::start).containsExactly(10, 21);
        assertThat(index.findAll("SERD and ER+ cells")).extracting(TermMatch::surface).containsExactly("ER");
    }

    @Test
    void anExactFormKeepsItsCaseAndACaselessFormMatchesAnyCase() {
        assertThat(index.findAll("er and Er")).isEmpty();
        assertThat(index.findAll("Cyclin D1 and CYCLIN D1")).extracting(TermMatch::term)
                .contains("CCND1", "CCND1");
    }

    @Test
    void theLongestMatchWinsWhereMatchesOverlap() {
        List<TermMatch<String>> kept = TermIndex.longestFirst(index.findAll("cyclin D1 binds CDK4"));
        assertThat(kept).extracting(TermMatch::term).containsExactly("CCND1");
    }

    @Test
    void aLookupAppliesTheCaseRule() {
        assertThat(index.lookup("ER")).containsExactly("ER");
        assertThat(index.lookup("er")).isEmpty();
        assertThat(index.lookup("CYCLIN D1")).containsExactly("CCND1");
    }
}
