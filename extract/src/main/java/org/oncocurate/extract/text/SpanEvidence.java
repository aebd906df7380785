package org.oncocurate.extract.text;

import org.oncocurate.model.finding.Evidence;
import org.oncocurate.model.text.PaperText;

/** Builds the evidence of a span of a sentence: the page, the sentence, and the page regions of the sentence. */
public final class SpanEvidence {
    private SpanEvidence() {
    }

    public static Evidence of(PaperText paper, Sentence sentence, int start, int end, String repair) {
        return new Evidence(paper.pageAt(start).number(), start, end, paper.text().substring(start, end),
                sentence.text(), sentence.start(), paper.regions(sentence.start(), sentence.end()),
                paper.fromOcr(start, end), repair);
    }
}
