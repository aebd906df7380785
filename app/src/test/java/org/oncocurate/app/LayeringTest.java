package org.oncocurate.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the architecture's layering: app → {ingest, extract, store} → model, and only app talks to Kafka. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.oncocurate");
    }

    @Test
    void onlyTheApplicationTalksToKafka() {
        noClasses().that().resideInAnyPackage("org.oncocurate.model..", "org.oncocurate.ingest..",
                        "org.oncocurate.extract..", "org.oncocurate.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "kafka..")
                .check(classes);
    }

    @Test
    void stagesNeverImportEachOther() {
        noClasses().that().resideInAPackage("org.oncocurate.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.oncocurate.extract..", "org.oncocurate.store..")
                .check(classes);
        noClasses().that().resideInAPackage("org.oncocurate.extract..")
                .should().dependOnClassesThat().resideInAnyPackage("org.oncocurate.ingest..", "org.oncocurate.store..")
                .check(classes);
        noClasses().that().resideInAPackage("org.oncocurate.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.oncocurate.ingest..", "org.oncocurate.extract..")
                .check(classes);
    }

    @Test
    void theModelDependsOnNothingButJacksonAndTheJdk() {
        noClasses().that().resideInAPackage("org.oncocurate.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.oncocurate.model..", "java..",
                        "com.fasterxml.jackson..")
                .check(classes);
    }
}
