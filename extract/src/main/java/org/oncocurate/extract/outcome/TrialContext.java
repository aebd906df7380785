package org.oncocurate.extract.outcome;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.oncocurate.extract.entity.TrialMentions;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.extract.trial.TrialFinder;
import org.oncocurate.model.text.Block;
import org.oncocurate.model.text.BlockKind;
import org.oncocurate.model.text.PaperText;
import org.oncocurate.model.text.Section;

/**
 * What a paper says about which trial its text is about, before any figure is read: the paper's subject trial, and
 * for each sentence the section it belongs to, whether it heads a section, introduces a list (ends with a colon) or
 * opens a numbered list item.
 *
 * <p>A paper reports one trial of its own (a trial report, a conference abstract) when its title speaks of a trial
 * or study, or when it prints a registration statement. Its subject is the one trial named in the title, else the one
 * its registration statements give ("Clinical trial information: NCT01064622", "registered at ... (UMIN000007525)"),
 * else, in a trial report, the one registry id printed before its discussion, else the one trial named in its
 * opening. A review has no subject: its figures take a trial only from the text around them. Immutable.
 */
final class TrialContext {
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "(?i)\\b(?:randomi[sz]ed|phase\\s*(?:[IV]+|\\d)|trial|study)\\b");
    private static final Pattern REVIEW_TITLE = Pattern.compile(
            "(?i)\\b(?:review|meta-analys[ie]s|overview|treatment of|mechanisms?|guidelines?|update|landscape|"
                    + "perspectives?|advances)\\b");
    private static final Pattern REGISTRATION = Pattern.compile(
            "(?i)\\b(?:regist(?:ered|ration|ry)|clinical\\s*trials?\\s*information|identifier|clinicaltrials\\.gov)");
    /** Where a report turns to other trials: the ids it cites there are not its own. */
    private static final Pattern DISCUSSION = Pattern.compile("(?i)\\s*(?:\\d+\\.?\\s*)?discussion\\s*");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(\\d{1,2})\\.(?:\\s+\\p{Lu}|\\s*$)");
    private static final Pattern LIST_INTRO = Pattern.compile(":\\s*$");
    /** Where a paper opens: its title, abstract and first paragraphs, where it says which trial it reports. */
    private static final int OPENING_SHARE = 5;
    private static final int OPENING_MAX = 4000;

    private final String subject;
    private final boolean reportsATrial;
    private final List<Section> sections;

    private TrialContext(String subject, boolean reportsATrial, List<Section> sections) {
        this.subject = subject;
        this.reportsATrial = reportsATrial;
        this.sections = sections;
    }

    static TrialContext of(PaperText paper, List<Sentence> sentences, TrialMentions trials) {
        String title = title(paper);
        boolean registered = false;
        Set<String> inTitle = new LinkedHashSet<>();
        Set<String> inRegistration = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> inOpening = new LinkedHashSet<>();
        int opening = Math.min(OPENING_MAX, paper.text().length() / OPENING_SHARE);
        int discussion = paper.sections().stream().filter(section -> DISCUSSION.matcher(section.title()).matches())
                .mapToInt(Section::start).min().orElse(paper.text().length());
        for (Sentence sentence : sentences) {
            List<Mention> mentions = trials.in(sentence);
            boolean registration = REGISTRATION.matcher(sentence.text()).find();
            for (Mention mention : mentions) {
                if (title != null && !inTitle.contains(mention.normalized()) && inTitle(mention.surface(), title)) {
                    inTitle.add(mention.normalized());
                }
                if (TrialFinder.registryId(mention) != null) {
                    if (sentence.start() < discussion) {
                        ids.add(mention.normalized());
                    }
                    if (registration) {
                        inRegistration.add(mention.normalized());
                        registered = true;
                    }
                }
                if (sentence.start() < opening && !sentence.table()) {
                    inOpening.add(mention.normalized());
                }
            }
        }
        boolean reportsATrial = registered || title != null && REPORT_TITLE.matcher(title).find()
                && !REVIEW_TITLE.matcher(title).find();
        String subject = null;
        if (reportsATrial) {
            subject = inTitle.size() == 1 ? inTitle.iterator().next()
                    : inRegistration.size() == 1 ? inRegistration.iterator().next()
                    : ids.size() == 1 ? ids.iterator().next()
                    : inOpening.size() == 1 ? inOpening.iterator().next() : null;
        }
        List<Section> sections = new ArrayList<>(paper.sections());
        sections.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new TrialContext(subject, reportsATrial, List.copyOf(sections));
    }

    /** The trial the paper reports, or null for a review or a report that does not name or register its trial. */
    String subject() {
        return subject;
    }

    /** True when the paper reports a trial of its own (whether or not it names it). */
    boolean reportsATrial() {
        return reportsATrial;
    }

    /** The index of the section {@code sentence} belongs to, -1 before the first heading. */
    int section(Sentence sentence) {
        int index = -1;
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).start() <= sentence.start()) {
                index = i;
            }
        }
        return index;
    }

    /** True when {@code sentence} is the heading of its section. */
    boolean heading(Sentence sentence) {
        int index = section(sentence);
        if (index < 0) {
            return false;
        }
        Section section = sections.get(index);
        return sentence.start() < section.start() + section.title().length();
    }

    /** Where {@code sentence} stands: its section, and whether it is a heading, a list introduction or item. */
    TrialScope.Place place(Sentence sentence) {
        return new TrialScope.Place(section(sentence), heading(sentence), listIntro(sentence), listItem(sentence));
    }

    /** True when {@code sentence} introduces a list ("Evidence (nivolumab):", "Trials of X include:"). */
    static boolean listIntro(Sentence sentence) {
        return LIST_INTRO.matcher(sentence.text()).find();
    }

    /** The number of the list item {@code sentence} opens ("2. A randomized trial compared ..."), else 0. */
    static int listItem(Sentence sentence) {
        Matcher item = LIST_ITEM.matcher(sentence.text());
        return item.find() ? Integer.parseInt(item.group(1)) : 0;
    }

    private static boolean inTitle(String name, String title) {
        int at = title.indexOf(name);
        while (at >= 0) {
            int end = at + name.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(title.charAt(at - 1));
            boolean after = end == title.length() || !Character.isLetterOrDigit(title.charAt(end));
            if (before && after) {
                return true;
            }
            at = title.indexOf(name, at + 1);
        }
        return false;
    }

    private static String title(PaperText paper) {
        if (paper.bibliography().title() != null && !paper.bibliography().title().isBlank()) {
            return paper.bibliography().title();
        }
        for (Block block : paper.blocks()) {
            if (block.kind() == BlockKind.TITLE) {
                return paper.text().substring(block.start(), block.end());
            }
        }
        return null;
    }
}
