package org.oncocurate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The figures below are what Python's difflib.SequenceMatcher(None, a, b).ratio() gives for the same words. */
class WordSequenceMatcherTest {
    @Test
    void agreesWithDifflibOnSmallSequences() {
        assertThat(ratio("a b c d", "a b c d")).isEqualTo(1.0);
        assertThat(ratio("a b c d", "a x c d")).isCloseTo(0.75, within(1e-12));
        assertThat(ratio("one two three four five", "two three one four five")).isCloseTo(0.8, within(1e-12));
        assertThat(ratio("a b c", "d e f")).isZero();
    }

    private static double ratio(String a, String b) {
        return new WordSequenceMatcher(WordSequenceMatcher.words(a), WordSequenceMatcher.words(b)).ratio();
    }
}
