package org.oncocurate.model.finding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.text.Bibliography;

/**
 * Everything one extractor version found in one paper.
 *
 * @param lexiconVersions the version of each lexicon used, by lexicon name
 */
public record Findings(String paperId, String extractorVersion, Map<String, String> lexiconVersions,
                       Bibliography bibliography, List<Finding> findings) {
    public Findings {
        PaperId.requireValid(paperId);
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        lexiconVersions = lexiconVersions == null ? Map.of() : Map.copyOf(lexiconVersions);
        bibliography = bibliography == null ? Bibliography.UNKNOWN : bibliography;
        findings = List.copyOf(findings);
    }

    public long count(FindingKind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).count();
    }
}
