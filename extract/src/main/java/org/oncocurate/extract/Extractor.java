package org.oncocurate.extract;

import java.util.ArrayList;
import java.util.List;
import org.oncocurate.extract.entity.EntityExtraction;
import org.oncocurate.extract.outcome.OutcomeExtraction;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.text.SentenceSplitter;
import org.oncocurate.model.finding.Finding;
import org.oncocurate.model.finding.Findings;
import org.oncocurate.model.stage.Stage;
import org.oncocurate.model.text.PaperText;

/**
 * The extract stage: a paper's text to its findings. A pure function of the text and the versioned lexicons. Not
 * thread-safe (OpenNLP's detectors are not): create one per worker thread from shared {@link ExtractionResources}.
 */
public final class Extractor implements Stage<PaperText, Findings> {
    /** Changes whenever the same text would give different findings. */
    public static final String VERSION = "extract-0.3.0";

    private final ExtractionResources resources;
    private final SentenceSplitter splitter;
    private final EntityExtraction entities;
    private final OutcomeExtraction outcomes;

    private Extractor(ExtractionResources resources) {
        this.resources = resources;
        this.splitter = SentenceSplitter.create(resources.models());
        this.entities = new EntityExtraction(resources);
        this.outcomes = new OutcomeExtraction(resources.drugs().finder());
    }

    public static Extractor create(ExtractionResources resources) {
        return new Extractor(resources);
    }

    @Override
    public Findings apply(PaperText paper) {
        List<Sentence> sentences = splitter.split(paper);
        EntityExtraction.Result found = entities.extract(paper, sentences);
        List<Finding> findings = new ArrayList<>(found.findings());
        findings.addAll(outcomes.extract(paper, sentences, found.trials()));
        return new Findings(paper.paperId(), VERSION, resources.lexiconVersions(), paper.bibliography(), findings,
                paper.ingestVersion());
    }
}
