package org.oncocurate.extract.bench;

/**
 * What one benchmark of an extraction stage measured on a paper: its sentences, the items the stage found per round
 * (mentions for the entity stage, facts for the outcome stage), its findings, and the time of the timed rounds.
 */
public record StageTiming(int sentences, int items, int findings, int rounds, double seconds) {
    public StageTiming {
        if (rounds < 1 || seconds <= 0) {
            throw new IllegalArgumentException("a timing needs at least one round and a positive time");
        }
    }

    public double sentencesPerSecond() {
        return sentences * (double) rounds / seconds;
    }

    public double itemsPerSecond() {
        return items * (double) rounds / seconds;
    }

    public double millisecondsPerPaper() {
        return seconds * 1000 / rounds;
    }
}
