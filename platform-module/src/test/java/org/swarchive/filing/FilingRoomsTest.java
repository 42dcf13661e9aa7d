package org.swarchive.filing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Filing works over ports, and the adapters and features around it do not reach into each other
 * (docs/architecture.md): what filing, disposition and the two stores may use.
 */
@AnalyzeClasses(packages = "org.swarchive", importOptions = ImportOption.DoNotIncludeTests.class)
class FilingRoomsTest {

    @ArchTest
    static final ArchRule filing_uses_only_the_domain_and_ports = classes().that().resideInAPackage("org.swarchive.filing..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.swarchive.filing..", "org.swarchive.archive..",
                    "org.swarchive.i18n..", "org.swarchive.store", "org.apache.commons.compress..", "tools.jackson..")
            .because("the filing transaction is written once over ports; the stores keep only how they persist");

    @ArchTest
    static final ArchRule alfresco_does_not_know_the_folder_store = noClasses().that().resideInAPackage("org.swarchive.store.alfresco..")
            .should().dependOnClassesThat().resideInAPackage("org.swarchive.store.folder..")
            .because("adapters never import each other");

    @ArchTest
    static final ArchRule folder_store_does_not_know_alfresco = noClasses().that().resideInAPackage("org.swarchive.store.folder..")
            .should().dependOnClassesThat().resideInAPackage("org.swarchive.store.alfresco..")
            .because("adapters never import each other");

    @ArchTest
    static final ArchRule features_do_not_know_adapters = noClasses()
            .that().resideInAnyPackage("org.swarchive.filing..", "org.swarchive.disposition..", "org.swarchive.check..")
            .should().dependOnClassesThat().resideInAnyPackage("org.swarchive.store.folder..", "org.swarchive.store.alfresco..")
            .because("features work through the ports of store and filing");
}
