package org.oncocurate.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds terms of a dictionary as whole tokens or runs of up to {@value #MAX_TOKENS} tokens, longest match first.
 * Surface forms listed in {@code exact} match case-sensitively (symbols such as "ER" or "AKT1"); those in
 * {@code caseless} match in any case (names such as "palbociclib").
 */
public final class DictionaryFinder implements Finder {
    private static final int MAX_TOKENS = 4;

    private final Map<String, String> exact;
    private final Map<String, String> caseless;
    private final double confidence;

    public DictionaryFinder(Map<String, String> exact, Map<String, String> caseless, double confidence) {
        this.exact = Map.copyOf(exact);
        this.caseless = Map.copyOf(caseless);
        this.confidence = confidence;
    }

    @Override
    public List<Mention> find(Sentence sentence) {
        List<Mention> mentions = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        int i = 0;
        while (i < tokens.size()) {
            int matched = 0;
            for (int length = Math.min(MAX_TOKENS, tokens.size() - i); length >= 1 && matched == 0; length--) {
                int start = tokens.get(i).start();
                int end = tokens.get(i + length - 1).end();
                String surface = sentence.slice(start, end);
                String normalized = lookup(surface);
                if (normalized != null) {
                    mentions.add(new Mention(start, end, surface, normalized, null, confidence));
                    matched = length;
                }
            }
            i += Math.max(matched, 1);
        }
        return mentions;
    }

    private String lookup(String surface) {
        String normalized = exact.get(surface);
        if (normalized == null) {
            normalized = caseless.get(surface.toLowerCase(Locale.ROOT));
        }
        return normalized;
    }
}
