package org.swarchive.archive.disposition;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The disposition rules stay plain Java: no Spring, no I/O, no adapters (design.md). */
class DispositionArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.swarchive.archive");

    @Test
    void should_use_no_spring_io_or_adapters_when_in_the_archive_packages() {
        noClasses().that().resideInAPackage("org.swarchive.archive..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.io..", "java.nio..",
                        "org.swarchive.store..", "org.swarchive.disposition..", "org.swarchive.app..",
                        "org.swarchive.library..", "org.apache.poi..", "tools.jackson..", "org.yaml..")
                .check(classes);
    }
}
