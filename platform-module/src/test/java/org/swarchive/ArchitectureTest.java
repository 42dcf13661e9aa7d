package org.swarchive;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rooms of docs/architecture.md as allow-lists: what each layer may use, not what it may not,
 * so a new package or a new library is a decision rather than an accident.
 */
@AnalyzeClasses(packages = "org.swarchive", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String I18N = "org.swarchive.i18n..";
    private static final String[] DOMAIN = {"org.swarchive.archive..", "org.swarchive.evidence..", "org.swarchive.access.."};
    private static final String PORTS = "org.swarchive.store";
    private static final String[] FEATURES = {"org.swarchive.filing..", "org.swarchive.classify..", "org.swarchive.check..",
            "org.swarchive.disposition..", "org.swarchive.inspect..", "org.swarchive.alert..", "org.swarchive.report..",
            "org.swarchive.library..", "org.swarchive.account..", "org.swarchive.find.."};
    private static final String FOLDER = "org.swarchive.store.folder..";
    private static final String ALFRESCO = "org.swarchive.store.alfresco..";

    @ArchTest
    static final ArchRule i18n_uses_only_the_jdk = classes().that().resideInAPackage(I18N)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", I18N)
            .because("every package says things through i18n, the domain included");

    @ArchTest
    static final ArchRule domain_uses_only_the_jdk = classes().that().resideInAnyPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(new String[] {"java..", I18N}, DOMAIN))
            .because("the domain is plain Java: records, enums, pure functions (docs/architecture.md)");

    @ArchTest
    static final ArchRule domain_does_no_io = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.net..", "java.sql..")
            .because("stores and loaders do the I/O; the domain only computes");

    @ArchTest
    static final ArchRule domain_keeps_no_static_state = fields()
            .that().areDeclaredInClassesThat().resideInAnyPackage(concat(new String[] {I18N}, DOMAIN)).and().areStatic()
            .should().beFinal()
            .because("no static state: shared mutable statics break replicas and tests");

    @ArchTest
    static final ArchRule rooms = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("i18n").definedBy(I18N)
            .layer("retry").definedBy("org.swarchive.retry..")
            .layer("domain").definedBy(DOMAIN)
            .layer("ports").definedBy(PORTS)
            .layer("features").definedBy(FEATURES)
            .layer("adapters").definedBy(FOLDER, ALFRESCO)
            .layer("demo").definedBy("org.swarchive.demo..")
            .layer("web").definedBy("org.swarchive.dashboard..")
            .layer("app").definedBy("org.swarchive.app..")
            .whereLayer("i18n").mayNotAccessAnyLayer()
            .whereLayer("retry").mayNotAccessAnyLayer()
            .whereLayer("domain").mayOnlyAccessLayers("i18n")
            .whereLayer("ports").mayOnlyAccessLayers("i18n", "domain")
            .whereLayer("features").mayOnlyAccessLayers("i18n", "retry", "domain", "ports")
            .whereLayer("adapters").mayOnlyAccessLayers("i18n", "retry", "domain", "ports", "features")
            .whereLayer("demo").mayOnlyAccessLayers("i18n", "retry", "domain", "ports", "features", "adapters")
            .whereLayer("web").mayOnlyAccessLayers("i18n", "retry", "domain", "ports", "features")
            .whereLayer("app").mayOnlyAccessLayers("i18n", "retry", "domain", "ports", "features", "adapters", "demo", "web")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .because("adapters and the app depend on the domain, never the reverse (docs/architecture.md)");

    @ArchTest
    static final ArchRule folder_store_does_not_know_alfresco = noClasses().that().resideInAPackage(FOLDER)
            .should().dependOnClassesThat().resideInAPackage(ALFRESCO)
            .because("a rule both stores need is written once, in a port or a feature, not borrowed from the other adapter");

    @ArchTest
    static final ArchRule alfresco_store_does_not_know_the_folder_store = noClasses().that().resideInAPackage(ALFRESCO)
            .should().dependOnClassesThat().resideInAPackage(FOLDER)
            .because("a rule both stores need is written once, in a port or a feature, not borrowed from the other adapter");

    @ArchTest
    static final ArchRule filing_uses_only_the_domain_and_ports = classes().that().resideInAPackage("org.swarchive.filing..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.swarchive.filing..", "org.swarchive.archive..",
                    I18N, PORTS, "org.apache.commons.compress..", "tools.jackson..")
            .because("the filing transaction is written once over ports; the stores keep only how they persist");

    @ArchTest
    static final ArchRule accounts_use_only_the_domain_and_ports = classes().that().resideInAPackage("org.swarchive.account..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.swarchive.account..", "org.swarchive.access..",
                    I18N, PORTS)
            .because("an account is a note of the station; hashing is the caller's (Spring Security's encoder), never kept here");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("org.swarchive.(**)").should().beFreeOfCycles()
            .because("a room that needs another's room and is needed by it is one room badly cut");

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
