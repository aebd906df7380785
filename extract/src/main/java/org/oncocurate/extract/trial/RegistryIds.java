package org.oncocurate.extract.trial;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trial registry ids as papers print them, of every registry: ClinicalTrials.gov (NCT01234567), UMIN-CTR
 * (UMIN000007525, "UMIN: 000007525", the early "C000000013" form after the registry's name), EudraCT (2010-020134-23,
 * only after the registry's name), ISRCTN, ChiCTR, JapicCTI, jRCT, ACTRN (ANZCTR), CTRI, DRKS, KCT, IRCT and NTR.
 * Each id is given in one canonical spelling (the registry's prefix joined to its number), so one id printed two
 * ways is one trial.
 */
public final class RegistryIds {
    private static final Pattern ID = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + "(?<nct>NCT)\\s?(?<nctNumber>\\d{8})"
            + "|(?<umin>UMIN)(?:[\\s-]*(?:CTR|ID|No\\.?|number))?\\s*[:#]?\\s*(?<uminNumber>\\d{9})"
            + "|UMIN[\\p{L}\\s]{0,40}?(?<uminEarly>C\\d{9})"
            + "|EudraCT(?:[\\s-]*(?:number|No\\.?|identifier))?\\s*[:#]?\\s*(?<eudract>\\d{4}-\\d{6}-\\d{2})"
            + "|(?<isrctn>ISRCTN)\\s?(?<isrctnNumber>\\d{8})"
            + "|(?<chictr>ChiCTR(?:-[A-Z]{2,4}-?)?\\d{6,10})"
            + "|(?<japic>JapicCTI-?\\d{6})"
            + "|(?<jrct>jRCT[a-z]?\\d{10})"
            + "|(?<actrn>ACTRN\\s?\\d{14})"
            + "|(?<ctri>CTRI/\\d{4}/\\d{2,3}/\\d{6})"
            + "|(?<drks>DRKS\\d{8})"
            + "|(?<kct>KCT\\d{7})"
            + "|(?<irct>IRCT\\d{8,}N\\d+)"
            + "|(?<ntr>NTR\\d{3,5})"
            + ")(?![\\p{L}\\p{N}])");
    private static final Pattern CANONICAL = Pattern.compile("(?:NCT\\d{8}|UMIN\\d{9}|C\\d{9}|\\d{4}-\\d{6}-\\d{2}"
            + "|ISRCTN\\d{8}|ChiCTR(?:-[A-Z]{2,4}-?)?\\d{6,10}|JapicCTI-?\\d{6}|jRCT[a-z]?\\d{10}|ACTRN\\d{14}"
            + "|CTRI/\\d{4}/\\d{2,3}/\\d{6}|DRKS\\d{8}|KCT\\d{7}|IRCT\\d{8,}N\\d+|NTR\\d{3,5})");

    private RegistryIds() {
    }

    /** A registry id found in a text: {@code [start, end)} of the whole printing, and the id in canonical form. */
    public record Found(int start, int end, String id) {
    }

    /** The registry ids printed in {@code text}, in order. */
    public static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = ID.matcher(text);
        while (matcher.find()) {
            found.add(new Found(idStart(matcher), matcher.end(), canonical(matcher)));
        }
        return found;
    }

    /** True when {@code text} is a registry id in its canonical form ("NCT01234567", "UMIN000007525"). */
    public static boolean isId(String text) {
        return text != null && CANONICAL.matcher(text.strip()).matches();
    }

    /** The canonical form of one id as printed ("NCT 01234567", "UMIN: 000007525"), or null when it is none. */
    public static String canonical(String printed) {
        if (isId(printed)) {
            return printed.strip();
        }
        Matcher matcher = ID.matcher(printed.strip());
        return matcher.matches() ? canonical(matcher) : null;
    }

    /** The early UMIN form is printed after the registry's full name: the mention covers the id alone. */
    private static int idStart(Matcher matcher) {
        return matcher.group("uminEarly") != null ? matcher.start("uminEarly") : matcher.start();
    }

    private static String canonical(Matcher matcher) {
        if (matcher.group("nct") != null) {
            return "NCT" + matcher.group("nctNumber");
        }
        if (matcher.group("umin") != null) {
            return "UMIN" + matcher.group("uminNumber");
        }
        if (matcher.group("uminEarly") != null) {
            return matcher.group("uminEarly");
        }
        if (matcher.group("eudract") != null) {
            return matcher.group("eudract");
        }
        if (matcher.group("isrctn") != null) {
            return "ISRCTN" + matcher.group("isrctnNumber");
        }
        return matcher.group().replace(" ", "");
    }
}
