package org.oncocurate.extract.outcome.grammar;

import java.util.ArrayList;
import java.util.List;
import org.oncocurate.extract.outcome.grammar.FigureToken.Kind;

/**
 * Series whose values are not one per arm of one endpoint:
 * <ul>
 *   <li>rates at several time points, "The 2- and 5-year OS rates were 93% and 81% in group A, and 66% and 48% in
 *   group B, respectively": one series per time point, [93, 66] and [81, 48]; printed per time point instead ("were
 *   68.5, 41.4 and 56.8, 26.2% in groups A and B"), consecutive values form each time point's series;</li>
 *   <li>coordinated endpoints with a value each, "The overall and complete response rates were higher with drug A
 *   (71% and 39%, respectively) than with drug B (42% and 5%, respectively)": one series per endpoint, [71, 42] and
 *   [39, 5].</li>
 * </ul>
 */
final class GroupedSeries {
    private GroupedSeries() {
    }

    /** How many time points a list just before the endpoint names ("2- and 5-year" is two); 1 when none. */
    static int timePoints(TokenCursor tokens, int endpointAt) {
        int i = endpointAt - 1;
        if (!tokens.is(i, Kind.TIME_UNIT)) {
            return 1;
        }
        int count = 0;
        for (i--; i >= 0; i--) {
            if (tokens.is(i, Kind.NUMBER)) {
                count++;
            } else if (!tokens.is(i, Kind.DASH) && !tokens.is(i, Kind.COMMA) && !tokens.isWord(i, "and")) {
                break;
            }
        }
        return Math.max(count, 1);
    }

    /**
     * The endpoints coordinated up to the one at {@code endpointAt}: "overall and complete response rates" is [ORR,
     * CR], "PFS, OS and ORR" three; one endpoint when it stands alone.
     */
    static List<String> coordinated(TokenCursor tokens, int endpointAt) {
        List<String> endpoints = new ArrayList<>(List.of(tokens.at(endpointAt).canonical()));
        int i = endpointAt - 1;
        i -= tokens.is(i, Kind.MEDIAN) ? 1 : 0;
        while (i >= 1 && (tokens.is(i, Kind.COMMA) || tokens.isWord(i, "and"))) {
            int before = tokens.is(i - 1, Kind.COMMA) ? i - 2 : i - 1;
            if (!tokens.is(before, Kind.ENDPOINT) || endpoints.contains(tokens.at(before).canonical())) {
                break;
            }
            endpoints.add(0, tokens.at(before).canonical());
            i = before - 1;
            i -= tokens.is(i, Kind.MEDIAN) ? 1 : 0;
        }
        return endpoints;
    }

    /**
     * The indices of each time point's values among {@code size} values read for {@code points} time points: when
     * each arm's values end in the arm's label (labels after every {@code points}-th value only), the values are
     * printed per arm and are regrouped; otherwise they are printed per time point, in consecutive runs.
     */
    static List<List<Integer>> byTimePoint(List<LabelSpan> labels, List<Boolean> contrasts, int points) {
        int arms = labels.size() / points;
        boolean perArm = perArm(labels, contrasts, points);
        List<List<Integer>> groups = new ArrayList<>();
        for (int point = 0; point < points; point++) {
            List<Integer> group = new ArrayList<>();
            for (int arm = 0; arm < arms; arm++) {
                group.add(perArm ? arm * points + point : point * arms + arm);
            }
            groups.add(group);
        }
        return groups;
    }

    /**
     * True when the values are printed per arm: an arm's label follows every {@code points}-th value and no other, or
     * a contrast ("vs", "compared with") joins every {@code points}-th value to the next and no other.
     */
    static boolean perArm(List<LabelSpan> labels, List<Boolean> contrasts, int points) {
        boolean labelled = true;
        boolean contrasted = true;
        for (int i = 0; i < labels.size(); i++) {
            labelled &= ((i + 1) % points == 0) == (labels.get(i) != null);
            contrasted &= i == 0 || (i % points == 0) == contrasts.get(i);
        }
        return labelled || contrasted;
    }

    /** The label of each value of a regrouped series: its arm's label when the values were printed per arm. */
    static List<LabelSpan> labelsOf(List<LabelSpan> labels, List<Boolean> contrasts, List<Integer> group,
                                    int points) {
        boolean perArm = perArm(labels, contrasts, points);
        List<LabelSpan> out = new ArrayList<>();
        for (int index : group) {
            out.add(perArm ? labels.get(index - index % points + points - 1) : null);
        }
        return out;
    }
}
