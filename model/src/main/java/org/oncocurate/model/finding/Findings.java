package org.oncocurate.model.finding;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.oncocurate.model.PaperId;
import org.oncocurate.model.export.RecordId;
import org.oncocurate.model.text.Bibliography;

/**
 * Everything one extractor version found in one paper.
 *
 * @param lexiconVersions the version of each lexicon used, by lexicon name
 * @param ingestVersion   the version of the ingest that read the paper's text, or null when unknown
 */
public record Findings(String paperId, String extractorVersion, Map<String, String> lexiconVersions,
                       Bibliography bibliography, List<Finding> findings, String ingestVersion) {

    public Findings(String paperId, String extractorVersion, Map<String, String> lexiconVersions,
                    Bibliography bibliography, List<Finding> findings) {
        this(paperId, extractorVersion, lexiconVersions, bibliography, findings, null);
    }

    public Findings {
        PaperId.requireValid(paperId);
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        lexiconVersions = lexiconVersions == null ? Map.of() : Map.copyOf(lexiconVersions);
        bibliography = bibliography == null ? Bibliography.UNKNOWN : bibliography;
        findings = List.copyOf(findings);
    }

    /**
     * What produced these findings, as one version: the extractor, the ingest that read the text and the lexicons
     * (by a digest of their versions). The same paper under the same extraction gives the same findings; a change
     * of any part is a newer extraction whose decisions are carried over from the earlier one.
     */
    public String extraction() {
        StringBuilder lexicons = new StringBuilder();
        new TreeMap<>(lexiconVersions).forEach((name, version) -> lexicons.append(name).append('=').append(version)
                .append('\n'));
        String digest = RecordId.of("lexicons", lexicons.toString()).substring(0, 8);
        return extractorVersion + (ingestVersion == null ? "" : " on " + ingestVersion) + " with lexicons " + digest;
    }

    public long count(FindingKind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).count();
    }
}
