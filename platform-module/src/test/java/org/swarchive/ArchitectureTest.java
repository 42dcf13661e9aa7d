package org.swarchive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain (archive, evidence, access) is plain Java: no framework, no I/O, no adapters. */
@AnalyzeClasses(packages = "org.swarchive", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"org.swarchive.archive..", "org.swarchive.evidence..", "org.swarchive.access.."};

    @ArchTest
    static final ArchRule domain_has_no_frameworks = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.alfresco..", "picocli..",
                    "org.yaml..", "tools.jackson..", "com.fasterxml..", "org.apache..", "jakarta..")
            .because("the domain is plain Java (design.md)");

    @ArchTest
    static final ArchRule domain_does_no_io = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..")
            .because("stores and loaders do the I/O; the domain only computes");

    @ArchTest
    static final ArchRule domain_does_not_know_adapters = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.swarchive.store..", "org.swarchive.app..",
                    "org.swarchive.report..", "org.swarchive.library..", "org.swarchive.check..", "org.swarchive.demo..",
                    "org.swarchive.classify..", "org.swarchive.disposition..", "org.swarchive.inspect..")
            .because("adapters and the app depend on the domain, never the reverse");

    @ArchTest
    static final ArchRule domain_keeps_no_static_state = com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields()
            .that().areDeclaredInClassesThat().resideInAnyPackage(DOMAIN).and().areStatic()
            .should().beFinal()
            .because("no static state: shared mutable statics break replicas and tests");
}
