package org.oncocurate.extract.outcome.arm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.oncocurate.extract.text.Abbreviations;
import org.oncocurate.extract.text.Finder;
import org.oncocurate.extract.text.Mention;
import org.oncocurate.extract.text.Sentence;
import org.oncocurate.model.finding.Treatment;

class DefinedArmsTest {
    /** Finds the invented drugs zelutinib and fovarin. */
    private static final Finder DRUGS = sentence -> {
        List<Mention> found = new ArrayList<>();
        for (String drug : List.of("zelutinib", "fovarin")) {
            int at = sentence.text().toLowerCase(Locale.ROOT).indexOf(drug);
            if (at >= 0) {
                found.add(new Mention(sentence.start() + at, sentence.start() + at + drug.length(),
                        sentence.text().substring(at, at + drug.length()), drug, null, 1.0));
            }
        }
        return found;
    };

    private static ArmDefinitions definitions(String text) {
        return ArmDefinitions.of(Abbreviations.of(List.of(new Sentence(text, 0, text.length(), List.of(), 0, false))));
    }

    @Test
    void findsShortFormsDefinedInBracketsAfterTheirLongForm() {
        ArmDefinitions definitions = definitions("Patients received zelutinib plus fovarin "
                + "(ZF) or short-course radiotherapy (RT); the trial (ZEPHYR-3) enrolled 400 (n = 400) patients.");

        assertThat(definitions.longForm("ZF")).isEqualTo("zelutinib plus fovarin");
        assertThat(definitions.longForm("RT")).isEqualTo("radiotherapy");
        assertThat(definitions.longForm("ZEPHYR-3")).isNull();
        assertThat(definitions.longForm("n")).isNull();
    }

    @Test
    void givesAnArmNamedByAShortFormTheDrugsOfItsDefinition() {
        DefinedArms arms = new DefinedArms(definitions(
                "personalized vaccination plus low-dose zelutinib (PV/ZEL) and zelutinib plus fovarin (ZF)"), DRUGS);

        assertThat(arms.resolve(new Treatment("ZF", List.of())))
                .isEqualTo(new Treatment("ZF", List.of("zelutinib", "fovarin")));
        assertThat(arms.resolve(new Treatment("PV/ZEL", List.of())).drugs()).containsExactly("zelutinib");
        assertThat(arms.resolve(new Treatment("placebo", List.of()))).isEqualTo(new Treatment("placebo", List.of()));
    }
}
