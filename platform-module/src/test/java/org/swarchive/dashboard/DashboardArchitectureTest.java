package org.swarchive.dashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Alerts and the dashboard are features the CLI starts; they never reach back into it, nor into each other. */
@AnalyzeClasses(packages = "org.swarchive", importOptions = ImportOption.DoNotIncludeTests.class)
class DashboardArchitectureTest {

    @ArchTest
    static final ArchRule features_do_not_know_the_cli = noClasses().that()
            .resideInAnyPackage("org.swarchive.alert..", "org.swarchive.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("org.swarchive.app..", "picocli..")
            .because("the CLI wires the features, not the other way round");

    @ArchTest
    static final ArchRule alerts_and_dashboard_stay_apart = noClasses().that().resideInAPackage("org.swarchive.alert..")
            .should().dependOnClassesThat().resideInAPackage("org.swarchive.dashboard..")
            .because("alerts run without a web server (swa alerts send)");

    @ArchTest
    static final ArchRule only_the_dashboard_knows_the_servlet_api = noClasses().that()
            .resideOutsideOfPackage("org.swarchive.dashboard..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.servlet..", "org.springframework.web..",
                    "org.apache.catalina..")
            .because("swa check must not load the web stack");

    // The reports, registers and mails are Thymeleaf templates too, rendered by one standalone engine
    // (org.swarchive.report.HtmlTemplates: Thymeleaf's standard dialect, no Spring MVC, no servlet).
    @ArchTest
    static final ArchRule only_the_dashboard_and_the_report_renderer_know_thymeleaf = noClasses().that()
            .resideOutsideOfPackages("org.swarchive.dashboard..", "org.swarchive.report")
            .should().dependOnClassesThat().resideInAnyPackage("org.thymeleaf..")
            .because("pages are rendered in one place each: the dashboard's views, the product's documents");
}
