package org.oncocurate.extract.outcome.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;

/**
 * Splits outcome text into {@link FigureToken}s. Multi-word terms ("progression-free survival", "hazard ratio",
 * "95% confidence interval" is three tokens: 95, %, CI) become one token with a canonical form, so the parser works
 * on what was said rather than how it was spelled. Known OCR damage of the terms ("PES" for PFS, "Cl" for CI) is read
 * as the term, with the repair recorded.
 */
public final class FigureLexer {
    /** "disease-free (HR = 1.02) or overall survival": the first endpoint's noun left out before a coordinated one. */
    private static final String ELIDED = "(?=\\s*(?:\\([^)]{0,80}\\)\\s*)?(?:,|and|or)\\s+[\\w\\s-]{0,30}survival)";
    /** "overall and complete response rates": the first response's noun left out before a coordinated one. */
    private static final String ELIDED_RESPONSE = "(?=\\s*(?:,|and|or)\\s+(?:complete|partial|objective)[\\s-]+respons)";
    private static final List<Term> TERMS = List.of(
            caseless("best[\\s-]+(?:overall[\\s-]+)?(?:tumou?r[\\s-]+)?response", Kind.WORD, "best response"),
            caseless("progression[\\s-]*free[\\s-]+survival", Kind.ENDPOINT, "PFS"),
            caseless("invasive[\\s-]+disease[\\s-]*free[\\s-]+survival", Kind.ENDPOINT, "iDFS"),
            caseless("disease[\\s-]*free[\\s-]+survival", Kind.ENDPOINT, "DFS"),
            caseless("event[\\s-]*free[\\s-]+survival", Kind.ENDPOINT, "EFS"),
            caseless("(?:relapse|recurrence)[\\s-]*free[\\s-]+survival", Kind.ENDPOINT, "RFS"),
            caseless("(?:distant[\\s-]+)?metastasis[\\s-]*free[\\s-]+survival", Kind.ENDPOINT, "MFS"),
            caseless("overall[\\s-]+survival", Kind.ENDPOINT, "OS"),
            caseless("(?<=median\\s{1,3})survival|survival(?=[\\s-]+rates?\\b)", Kind.ENDPOINT, "OS"),
            caseless("progression[\\s-]*free" + ELIDED, Kind.ENDPOINT, "PFS"),
            caseless("disease[\\s-]*free" + ELIDED, Kind.ENDPOINT, "DFS"),
            caseless("event[\\s-]*free" + ELIDED, Kind.ENDPOINT, "EFS"),
            caseless("(?:relapse|recurrence)[\\s-]*free" + ELIDED, Kind.ENDPOINT, "RFS"),
            caseless("time[\\s-]+to[\\s-]+(?:tumou?r[\\s-]+|disease[\\s-]+)?progression", Kind.ENDPOINT, "TTP"),
            caseless("time[\\s-]+to[\\s-]+(?:the[\\s-]+)?(?:next|subsequent)[\\s-]+(?:anti[\\s-]*cancer[\\s-]+)?"
                    + "(?:treatment|therapy)", Kind.ENDPOINT, "TTNT"),
            caseless("time[\\s-]+to[\\s-]+treatment[\\s-]+failure", Kind.ENDPOINT, "TTF"),
            caseless("duration[\\s-]+of[\\s-]+(?:the[\\s-]+)?(?:(?:complete|objective|overall|partial)[\\s-]+)?"
                    + "responses?", Kind.ENDPOINT, "DOR"),
            caseless("(?:histo)?patho(?:logic|logical)[\\s-]+complete[\\s-]+(?:responses?|remissions?)"
                    + "(?:[\\s-]+rates?)?", Kind.ENDPOINT, "pCR"),
            caseless("(?:objective|overall)[\\s-]+(?:tumou?r[\\s-]+)?responses?(?:[\\s-]+rates?)?", Kind.ENDPOINT,
                    "ORR"),
            caseless("(?:objective|overall)" + ELIDED_RESPONSE, Kind.ENDPOINT, "ORR"),
            caseless("clinical[\\s-]+benefit(?:[\\s-]+rates?)?", Kind.ENDPOINT, "CBR"),
            caseless("complete[\\s-]+(?:responses?|remissions?)(?:[\\s-]+rates?)?", Kind.ENDPOINT, "CR"),
            caseless("very[\\s-]+good[\\s-]+partial[\\s-]+responses?(?:[\\s-]+rates?)?", Kind.ENDPOINT, "VGPR"),
            caseless("partial[\\s-]+(?:responses?|remissions?)(?:[\\s-]+rates?)?", Kind.ENDPOINT, "PR"),
            caseless("stable[\\s-]+diseases?", Kind.ENDPOINT, "SD"),
            caseless("progressive[\\s-]+diseases?", Kind.ENDPOINT, "PD"),
            caseless("disease[\\s-]+control(?:[\\s-]+rates?)?", Kind.ENDPOINT, "DCR"),
            caseless("(?:tumou?r[\\s-]+)?downstaging(?:[\\s-]+rates?)?", Kind.ENDPOINT, "downstaging"),
            caseless("local[\\s-]+recurrences?(?:[\\s-]+rates?)?", Kind.ENDPOINT, "local recurrence"),
            caseless("response[\\s-]+rates?", Kind.ENDPOINT, "ORR"),
            exact("m?PFS", Kind.ENDPOINT, "PFS"),
            damaged("PES", Kind.ENDPOINT, "PFS"),
            exact("m?OS", Kind.ENDPOINT, "OS"),
            exact("[iI]DFS", Kind.ENDPOINT, "iDFS"),
            exact("DFS", Kind.ENDPOINT, "DFS"),
            exact("EFS", Kind.ENDPOINT, "EFS"),
            exact("RFS", Kind.ENDPOINT, "RFS"),
            exact("TTP", Kind.ENDPOINT, "TTP"),
            exact("Do[Rr]|DOR", Kind.ENDPOINT, "DOR"),
            exact("ORR", Kind.ENDPOINT, "ORR"),
            exact("CBR", Kind.ENDPOINT, "CBR"),
            exact("pCR", Kind.ENDPOINT, "pCR"),
            exact("CR", Kind.ENDPOINT, "CR"),
            exact("DCR", Kind.ENDPOINT, "DCR"),
            exact("MFS", Kind.ENDPOINT, "MFS"),
            exact("TTNT", Kind.ENDPOINT, "TTNT"),
            exact("TTF", Kind.ENDPOINT, "TTF"),
            exact("VGPR", Kind.ENDPOINT, "VGPR"),
            caseless("medians?", Kind.MEDIAN, "median"),
            caseless("(?:adjusted[\\s-]+)?hazard[\\s-]+ratios?", Kind.RATIO, "HR"),
            caseless("odds[\\s-]+ratios?", Kind.RATIO, "OR"),
            caseless("(?:relative[\\s-]+risks?|risk[\\s-]+ratios?)", Kind.RATIO, "RR"),
            exact("a?HRs?", Kind.RATIO, "HR"),
            exact("a?ORs?", Kind.RATIO, "OR"),
            exact("RRs?", Kind.RATIO, "RR"),
            caseless("per[\\s-]?cent", Kind.PERCENT, "%"),
            caseless("confidence[\\s-]+intervals?", Kind.CI, "CI"),
            exact("CI", Kind.CI, "CI"),
            damaged("ClI|Cl", Kind.CI, "CI"),
            caseless("p[\\s-]*values?", Kind.P, "p"),
            exact("[Pp]", Kind.P, "p"),
            caseless("versus|vs\\.?|v\\.", Kind.VERSUS, "vs"),
            caseless("respectively", Kind.RESPECTIVELY, "respectively"),
            caseless("months?|mos?\\.?", Kind.TIME_UNIT, "months"),
            caseless("weeks?|wks?\\.?", Kind.TIME_UNIT, "weeks"),
            caseless("years?|yrs?\\.?", Kind.TIME_UNIT, "years"),
            caseless("days?", Kind.TIME_UNIT, "days"));
    /**
     * A ratio with its subject written as a subscript: "HRdeath", "HR_OS", "HRprogression or death", "HROS". The
     * ratio becomes a token of its own and the subscript is read as the words after it.
     */
    private static final Pattern SUBSCRIPTED_RATIO = Pattern.compile(
            "(a?HR|OR|RR)(?:_(?=[A-Za-z])|(?<=HR)(?=[a-z]{3,})|(?=(?:OS|PFS|DFS|EFS|RFS|TTP|MFS)(?![A-Za-z0-9])))");
    /** A share written in words, "Six percent", "Eighty-two per cent": its number. */
    private static final Pattern SPELLED_SHARE = Pattern.compile("(?i)(twenty|thirty|forty|fifty|sixty|seventy|eighty"
            + "|ninety)(?:[\\s\\-\u2010\u2011](one|two|three|four|five|six|seven|eight|nine))?(?=\\s+per[\\s-]?cent\\b)"
            + "|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen)(?=\\s+per[\\s-]?cent\\b)");
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    /** Outcome figures have a few digits; longer runs (ids, phone numbers) are words, and never overflow a double. */
    /** "0,35" right before a range dash or "to" and a number: the bound of an interval with a decimal comma. */
    private static final Pattern DECIMAL_COMMA_BOUND = Pattern.compile("0,(\\d{1,4})(?=\\s?(?:[-–−‐]|to\\s)\\s?\\d)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}(?:[.·]\\d{1,9})?(?!\\d)|[.·]\\d{1,9}(?!\\d)");
    private static final String DASHES = "-‐‑‒–—−~∼～〜";
    private static final String COMPARATORS = "=<>≤≥⩽⩾＜＞≦≧";

    private FigureLexer() {
    }

    /** The tokens of {@code text}; their spans are {@code offset} plus their position in {@code text}. */
    public static List<FigureToken> tokenize(String text, int offset) {
        List<FigureToken> tokens = new ArrayList<>();
        Matcher[] matchers = new Matcher[TERMS.size() + 1];
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int end = spelledShare(text, i, offset, tokens);
            end = end < 0 ? term(text, i, offset, tokens, matchers) : end;
            if (end < 0) {
                end = number(text, i, offset, tokens);
            }
            if (end < 0) {
                end = Character.isLetterOrDigit(c) ? word(text, i, offset, tokens) : symbol(text, i, offset, tokens);
            }
            i = end;
        }
        return tokens;
    }

    /** One matcher per term for the text being read, made on first use and moved along it. */
    private static Matcher matcher(Matcher[] matchers, int index, Pattern pattern, String text) {
        if (matchers[index] == null) {
            matchers[index] = pattern.matcher(text).useTransparentBounds(true);
        }
        return matchers[index];
    }

    private static int term(String text, int at, int offset, List<FigureToken> tokens, Matcher[] matchers) {
        if (!Character.isLetter(text.charAt(at)) || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return -1;
        }
        Matcher subscripted = matcher(matchers, TERMS.size(), SUBSCRIPTED_RATIO, text).region(at, text.length());
        if (subscripted.lookingAt()) {
            tokens.add(new FigureToken(Kind.RATIO, subscripted.group(), offset + at, offset + subscripted.end(),
                    subscripted.group(1).replaceFirst("^a", ""), null));
            return subscripted.end();
        }
        for (int index = 0; index < TERMS.size(); index++) {
            Term term = TERMS.get(index);
            Matcher matcher = matcher(matchers, index, term.pattern(), text).region(at, text.length());
            if (matcher.lookingAt() && (text.charAt(matcher.end() - 1) == '.' || atWordEnd(text, matcher.end()))) {
                String surface = text.substring(at, matcher.end());
                tokens.add(new FigureToken(term.kind(), surface, offset + at, offset + matcher.end(),
                        term.canonical(), term.damaged() ? surface + " → " + term.canonical() : null));
                return matcher.end();
            }
        }
        return -1;
    }

    private static int spelledShare(String text, int at, int offset, List<FigureToken> tokens) {
        char c = text.charAt(at);
        if (!Character.isLetter(c) || at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
            return -1;
        }
        Matcher matcher = SPELLED_SHARE.matcher(text).region(at, text.length());
        if (!matcher.lookingAt()) {
            return -1;
        }
        int value = matcher.group(3) != null ? UNITS.indexOf(matcher.group(3).toLowerCase(Locale.ROOT))
                : TENS.indexOf(matcher.group(1).toLowerCase(Locale.ROOT)) * 10
                + (matcher.group(2) == null ? 0 : UNITS.indexOf(matcher.group(2).toLowerCase(Locale.ROOT)));
        tokens.add(new FigureToken(Kind.NUMBER, matcher.group(), offset + at, offset + matcher.end(),
                String.valueOf(value), null));
        return matcher.end();
    }

    /** A term ends where no letter or digit follows, nor a hyphen joining another word ("HR-positive"). */
    private static boolean atWordEnd(String text, int end) {
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        if (Character.isLetterOrDigit(next)) {
            return false;
        }
        return !(next == '-' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1)));
    }

    private static int number(String text, int at, int offset, List<FigureToken> tokens) {
        char c = text.charAt(at);
        boolean afterWord = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
        boolean leadingPoint = (c == '.' || c == '·') && at + 1 < text.length()
                && Character.isDigit(text.charAt(at + 1)) && !afterWord;
        if (!Character.isDigit(c) && !leadingPoint) {
            return -1;
        }
        Matcher matcher = NUMBER.matcher(text).region(at, text.length());
        if (!matcher.lookingAt()) {
            return -1;
        }
        int end = matcher.end();
        if (end < text.length() && Character.isLetter(text.charAt(end)) && Character.isUpperCase(text.charAt(end))
                && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))) {
            return -1;
        }
        String digits = matcher.group().replace('·', '.');
        Matcher comma = DECIMAL_COMMA_BOUND.matcher(text).region(at, text.length());
        if (digits.equals("0") && comma.lookingAt()) {
            // "95% CI, 0,35−0.53": a lower bound typed with a decimal comma; a zero cannot start a thousands group
            end = comma.end(1);
            digits = "0." + comma.group(1);
        }
        tokens.add(new FigureToken(Kind.NUMBER, text.substring(at, end), offset + at, offset + end,
                digits.startsWith(".") ? "0" + digits : digits, null));
        return end;
    }

    private static int word(String text, int at, int offset, List<FigureToken> tokens) {
        int end = at;
        while (end < text.length()) {
            char c = text.charAt(end);
            boolean joiner = (c == '-' || c == '\'' || c == '’') && end + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(end + 1)) && end > at;
            if (!Character.isLetterOrDigit(c) && !joiner) {
                break;
            }
            end++;
        }
        String surface = text.substring(at, end);
        tokens.add(new FigureToken(Kind.WORD, surface, offset + at, offset + end, surface.toLowerCase(Locale.ROOT),
                null));
        return end;
    }

    private static int symbol(String text, int at, int offset, List<FigureToken> tokens) {
        char c = text.charAt(at);
        Kind kind;
        String canonical = String.valueOf(c);
        int end = at + 1;
        if (c == '%') {
            kind = Kind.PERCENT;
        } else if ("([{".indexOf(c) >= 0) {
            kind = Kind.OPEN;
        } else if (")]}".indexOf(c) >= 0) {
            kind = Kind.CLOSE;
        } else if (c == ';') {
            kind = Kind.SEMICOLON;
        } else if (c == ',') {
            kind = Kind.COMMA;
        } else if (c == ':') {
            kind = Kind.COLON;
        } else if (c == '+') {
            kind = Kind.PLUS;
        } else if (c == '/') {
            kind = Kind.SLASH;
        } else if (DASHES.indexOf(c) >= 0) {
            kind = Kind.DASH;
            canonical = "-";
        } else if (COMPARATORS.indexOf(c) >= 0) {
            kind = Kind.COMPARATOR;
            boolean orEqual = end < text.length() && text.charAt(end) == '=' && c != '=';
            canonical = comparator(c, orEqual);
            end += orEqual ? 1 : 0;
        } else {
            kind = Kind.OTHER;
        }
        tokens.add(new FigureToken(kind, text.substring(at, end), offset + at, offset + end, canonical, null));
        return end;
    }

    private static String comparator(char c, boolean orEqual) {
        return switch (c) {
            case '<', '＜' -> orEqual ? "≤" : "<";
            case '>', '＞' -> orEqual ? "≥" : ">";
            case '≤', '⩽', '≦' -> "≤";
            case '≥', '⩾', '≧' -> "≥";
            default -> "=";
        };
    }

    private record Term(Pattern pattern, Kind kind, String canonical, boolean damaged) {
    }

    /** Terms are written with "[\\s-]" between words; PDFs also join them with Unicode hyphens ("progression‐free"). */
    private static Term caseless(String regex, Kind kind, String canonical) {
        String anyHyphen = regex.replace("[\\s-]", "[\\s\\-\u2010\u2011\u2012\u2013]");
        return new Term(Pattern.compile(anyHyphen, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), kind, canonical,
                false);
    }

    private static Term exact(String regex, Kind kind, String canonical) {
        return new Term(Pattern.compile(regex), kind, canonical, false);
    }

    private static Term damaged(String regex, Kind kind, String canonical) {
        return new Term(Pattern.compile(regex), kind, canonical, true);
    }
}
