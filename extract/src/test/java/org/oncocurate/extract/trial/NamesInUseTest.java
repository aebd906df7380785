package org.oncocurate.extract.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;

/** A trial name the paper has established is found again where it is printed bare. */
class NamesInUseTest {
    private static Sentence sentence(String text, int start) {
        return new Sentence(text, start, start + text.length(), List.of(), 0, false);
    }

    private static List<String> surfaces(List<Mention> mentions) {
        return mentions.stream().map(mention -> mention.surface() + "=" + mention.normalized()).toList();
    }

    @Test
    void aNameCalledATrialOnceIsATrialWhereItIsPrintedBare() {
        Sentence first = sentence("The ZEPHYR4 trial compared zorbatinib with chemotherapy.", 0);
        Sentence second = sentence("In ZEPHYR4, 178 patients received zorbatinib.", 60);
        List<List<Mention>> found = List.of(List.of(new Mention(4, 11, "ZEPHYR4", "ZEPHYR4", null, 0.85)), List.of());

        List<List<Mention>> completed = NamesInUse.complete(List.of(first, second), found);

        assertThat(surfaces(completed.get(1))).containsExactly("ZEPHYR4=ZEPHYR4");
        assertThat(completed.get(1).get(0).start()).isEqualTo(63);
    }

    @Test
    void aNameInsideALongerWordOrAnotherCaseIsNotTheTrial() {
        Sentence first = sentence("The ZEPHYR trial compared zorbatinib with chemotherapy.", 0);
        Sentence second = sentence("ZEPHYR-2 and zephyr cells and ZEPHYRS were studied.", 60);
        List<List<Mention>> found = List.of(List.of(new Mention(4, 10, "ZEPHYR", "ZEPHYR", null, 0.85)), List.of());

        assertThat(NamesInUse.complete(List.of(first, second), found).get(1)).isEmpty();
    }

    @Test
    void aRegistryIdIsLeftToTheFinder() {
        Sentence first = sentence("A trial (NCT01234567) compared zorbatinib with placebo.", 0);
        Sentence second = sentence("NCT01234567 enrolled 300 patients.", 60);
        List<List<Mention>> found = List.of(List.of(new Mention(9, 20, "NCT01234567", "NCT01234567", null, 0.99)),
                List.of());

        assertThat(NamesInUse.complete(List.of(first, second), found).get(1)).isEmpty();
    }
}
