package org.oncocurate.extract.trial;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;

/**
 * The trial names a paper has established, found again wherever it prints them bare: once "The ZEPHYR4 trial" has
 * named a trial, "In ZEPHYR4, 178 patients ..." speaks of it too, although a run-together name with no trial word
 * around it would not be taken for a trial on its own. Case-sensitive, whole words only; registry ids are left to
 * the finder, which finds them everywhere.
 */
public final class NamesInUse {
    private static final int MIN_LENGTH = 3;

    private NamesInUse() {
    }

    /**
     * @param sentences the paper's sentences
     * @param found     the trial mentions found in each sentence, in the same order
     * @return the mentions of each sentence with the bare uses of established names added, in text order
     */
    public static List<List<Mention>> complete(List<Sentence> sentences, List<List<Mention>> found) {
        Map<String, String> names = new LinkedHashMap<>();
        for (List<Mention> mentions : found) {
            for (Mention mention : mentions) {
                String surface = mention.surface();
                if (TrialFinder.registryId(mention) == null && surface.length() >= MIN_LENGTH
                        && surface.chars().anyMatch(Character::isUpperCase) && !surface.contains("\n")) {
                    names.putIfAbsent(surface, mention.normalized());
                }
            }
        }
        List<List<Mention>> completed = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence sentence = sentences.get(i);
            List<Mention> mentions = new ArrayList<>(found.get(i));
            names.forEach((surface, name) -> addBareUses(sentence, surface, name, mentions));
            mentions.sort(Comparator.comparingInt(Mention::start));
            completed.add(mentions.size() == found.get(i).size() ? found.get(i) : List.copyOf(mentions));
        }
        return completed;
    }

    private static void addBareUses(Sentence sentence, String surface, String name, List<Mention> mentions) {
        String text = sentence.text();
        int at = text.indexOf(surface);
        while (at >= 0) {
            int end = at + surface.length();
            int from = sentence.start() + at;
            int to = sentence.start() + end;
            boolean whole = (at == 0 || !partOfName(text.charAt(at - 1)))
                    && (end == text.length() || !partOfName(text.charAt(end)));
            boolean free = mentions.stream().noneMatch(m -> m.start() < to && from < m.end());
            if (whole && free) {
                mentions.add(new Mention(from, to, surface, name, null, 0.8));
            }
            at = text.indexOf(surface, at + 1);
        }
    }

    private static boolean partOfName(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '/';
    }
}
