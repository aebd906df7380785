package org.oncocurate.ingest.pdf;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads authors, journal and year from the words a paper prints about itself: the author line under the title, the
 * running headers, and dated notes (copyright, publication) on the first page.
 */
final class FrontMatter {
    private static final Set<String> AFFILIATION_WORDS = Set.of("university", "hospital", "department", "center",
            "centre", "institute", "school", "college", "laboratory", "faculty", "clinic", "division", "unit",
            "academy", "foundation", "program", "programme", "medicine", "sciences", "research");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "den", "del", "della", "da", "di",
            "du", "le", "la", "dos", "das", "bin", "al", "el", "ten", "ter", "y");
    private static final Set<String> NOT_JOURNALS = Set.of("review", "reviews", "article", "research", "original",
            "letter", "editorial", "commentary", "perspective", "mini", "minireview", "report", "case");
    private static final Set<String> CONNECTORS = Set.of("of", "in", "and", "&", "the", "for", "on", "de", "et");
    private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}[\\p{Ll}'\u2019]+(?:-\\p{Lu}?[\\p{Ll}'\u2019]+)*");
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.?-?){1,3}");
    private static final Pattern MARKERS = Pattern.compile("[*\u2020\u2021\u00A7\u00B6#\\d,]+$");
    /** Affiliation marks set after the comma that follows a name ("Ali,1 Apurba Sutradhar,2"). */
    private static final Pattern LEADING_MARKERS = Pattern.compile("^[*\u2020\u2021\u00A7\u00B6#\\d]+\\s+");
    private static final Pattern AUTHOR_SEPARATORS = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");
    private static final Pattern DOI_TEXT =
            Pattern.compile("(?i)(?:doi:?\\s*|https?://(?:dx\\.)?doi\\.org/)?10\\.\\d{4,9}/\\S+");
    private static final Pattern WEB = Pattern.compile("(?i)\\S+\\.(?:org|com|net|edu|gov|io)\\b\\S*");
    private static final Pattern ET_AL = Pattern.compile("(?:\\p{Lu}[\\p{L}'\u2019-]+\\s+)?et al\\.?");
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d{2})\\b");
    private static final Pattern DATED_NOTE = Pattern.compile(
            "(?i)(?:\u00A9|copyright|published(?: online)?|accepted|received)\\D{0,40}?(?:\\b\\d{1,2}\\D{1,12}?)?"
                    + "((?:19|20)\\d{2})\\b");

    private FrontMatter() {
    }

    /**
     * The authors named in the blocks that follow the title: a block counts as the author line when at least half
     * of its comma- or "and"-separated parts are personal names. Reading stops at the first affiliation or at a
     * long block.
     */
    static List<String> authors(List<String> blocksAfterTitle) {
        for (String block : blocksAfterTitle) {
            if (block.split("\\s+").length > 80 || looksLikeAffiliation(block)) {
                return List.of();
            }
            List<String> names = new ArrayList<>();
            String[] parts = AUTHOR_SEPARATORS.split(block.strip());
            for (String part : parts) {
                String name = MARKERS.matcher(LEADING_MARKERS.matcher(part.strip()).replaceAll("")).replaceAll("")
                        .strip();
                if (personalName(name)) {
                    names.add(name);
                }
            }
            if (!names.isEmpty() && names.size() * 2 >= parts.length) {
                return names;
            }
        }
        return List.of();
    }

    static boolean personalName(String text) {
        String[] tokens = text.split("\\s+");
        if (tokens.length < 2 || tokens.length > 5) {
            return false;
        }
        int words = 0;
        for (String token : tokens) {
            String lower = token.toLowerCase(Locale.ROOT);
            if (AFFILIATION_WORDS.contains(lower)) {
                return false;
            }
            if (NAME_PART.matcher(token).matches()) {
                words++;
            } else if (!INITIALS.matcher(token).matches() && !PARTICLES.contains(lower)) {
                return false;
            }
        }
        return words >= 1;
    }

    private static boolean looksLikeAffiliation(String block) {
        for (String token : block.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (AFFILIATION_WORDS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The journal named in a running header: what is left of the header without its DOI, web address, "X et al.",
     * numbers and separators, when that is a short title-cased name.
     */
    static String journal(List<String> runningHeads) {
        for (String head : runningHeads) {
            String rest = DOI_TEXT.matcher(head).replaceAll(" ");
            rest = rest.replaceAll("(?i)\\bpage\\s+\\d+\\s+of\\s+\\d+", " ");
            rest = WEB.matcher(rest).replaceAll(" ");
            rest = ET_AL.matcher(rest).replaceAll(" ");
            rest = rest.replaceAll("(?i)\\b(?:vol|no|pp|p)\\.", " ").replaceAll("[\\d:()\\[\\]|\u00B7\u2022,;]+", " ")
                    .replaceAll("\\s[\u2013\u2014-]\\s", " ").replaceAll("\\s+", " ").strip();
            if (journalShaped(rest)) {
                return rest;
            }
        }
        return null;
    }

    private static boolean journalShaped(String text) {
        String[] tokens = text.split(" ");
        if (text.isEmpty() || tokens.length > 8 || !Character.isUpperCase(text.charAt(0))) {
            return false;
        }
        if (tokens.length == 1 && (NOT_JOURNALS.contains(text.toLowerCase(Locale.ROOT)) || text.length() < 4)) {
            return false;
        }
        for (String token : tokens) {
            boolean capitalized = Character.isUpperCase(token.charAt(0)) && token.chars().anyMatch(Character::isLetter);
            if (!capitalized && !CONNECTORS.contains(token.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (NOT_JOURNALS.contains(token.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The year from a dated note on the first page (copyright, published, accepted, received, in that order of
     * preference), or else a year printed in a running header outside its DOI.
     */
    static Integer year(String firstPage, List<String> runningHeads) {
        Integer best = null;
        int bestRank = Integer.MAX_VALUE;
        Matcher notes = DATED_NOTE.matcher(firstPage);
        while (notes.find()) {
            String kind = notes.group().toLowerCase(Locale.ROOT);
            int rank = kind.startsWith("published") ? 0 : kind.contains("\u00A9") || kind.startsWith("copyright") ? 1
                    : kind.startsWith("accepted") ? 2 : 3;
            Integer year = plausibleYear(notes.group(1));
            if (year != null && rank < bestRank) {
                best = year;
                bestRank = rank;
            }
        }
        if (best != null) {
            return best;
        }
        for (String head : runningHeads) {
            Matcher years = YEAR.matcher(DOI_TEXT.matcher(head).replaceAll(" "));
            if (years.find()) {
                Integer year = plausibleYear(years.group(1));
                if (year != null && !years.find()) {
                    return year;
                }
            }
        }
        return null;
    }

    /** The year in a DOI's suffix set off by dots or slashes ("10.3389/fonc.2024.1448687"), or null. */
    static Integer yearInDoi(String doi) {
        if (doi == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("[./]((?:19|20)\\d{2})[./]").matcher(doi.substring(doi.indexOf('/') + 1));
        return matcher.find() ? plausibleYear(matcher.group(1)) : null;
    }

    static Integer plausibleYear(String text) {
        int year = Integer.parseInt(text);
        return year >= 1900 && year <= Year.now().getValue() + 1 ? year : null;
    }
}
