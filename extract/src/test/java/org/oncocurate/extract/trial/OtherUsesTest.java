package org.oncocurate.extract.trial;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class OtherUsesTest {
    private static final Predicate<String> DRUGS = Set.of("zorbatinib", "fluxoplatin", "leucovorin", "5-FU",
            "mirvastin")::contains;

    @Test
    void aNameThePaperCallsAQuestionnaireOrScaleIsNotATrial() {
        OtherUses uses = OtherUses.of("Quality of life was scored with the QOLAB-DRS subscale and the QOLAB-12 "
                + "in the ZORRO-7 trial.", DRUGS);
        assertThat(uses.excludes("QOLAB-DRS")).isTrue();
        assertThat(uses.excludes("QOLAB-12")).as("the same instrument's other form").isTrue();
        assertThat(uses.excludes("ZORRO-7")).isFalse();
    }

    @Test
    void aNameDefinedByTheDrugsItCombinesIsARegimen() {
        OtherUses uses = OtherUses.of("Patients received fluxoplatin/leucovorin/5-FU (FLUXOX-6) or zorbatinib.",
                DRUGS);
        assertThat(uses.excludes("FLUXOX-6")).isTrue();
    }

    @Test
    void aRegimenAbbreviationThePaperAlsoCallsATrialStaysATrial() {
        OtherUses uses = OtherUses.of("Patients received zorbatinib plus mirvastin (ZOMIR-2). In the ZOMIR-2 trial, "
                + "PFS improved.", DRUGS);
        assertThat(uses.excludes("ZOMIR-2")).isFalse();
    }

    @Test
    void aDiagramOrReportingGuidelineIsNotATrial() {
        OtherUses uses = OtherUses.of("Figure 1. REPORT diagram of patient flow.", DRUGS);
        assertThat(uses.excludes("REPORT")).isTrue();
        assertThat(OtherUses.of("Figure 2. REPORTA trial flow diagram.", DRUGS).excludes("REPORTA")).isTrue();
    }

    @Test
    void aNameWithOneDrugBeforeItIsNotARegimen() {
        OtherUses uses = OtherUses.of("Patients received zorbatinib (KESTREL-3) after surgery.", DRUGS);
        assertThat(uses.excludes("KESTREL-3")).isFalse();
    }

    @Test
    void aTrialWhoseRegimenThePaperMentionsStaysATrial() {
        OtherUses uses = OtherUses.of("The ZOMIR-2 trial randomized 300 patients. The ZOMIR-2 regimen was adopted.",
                DRUGS);
        assertThat(uses.excludes("ZOMIR-2")).isFalse();
        assertThat(OtherUses.of("Patients received the FLUXOX-6 regimen.", DRUGS).excludes("FLUXOX-6")).isTrue();
    }
}
