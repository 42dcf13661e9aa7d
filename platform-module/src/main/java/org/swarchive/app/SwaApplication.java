package org.swarchive.app;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;

/**
 * The {@code swa} command and platform service. Only the commands that serve, mail or listen
 * ({@code serve}, {@code alerts}, {@code watch}) need Spring's context (mail sender, broker URL,
 * the configuration file); every other command, help included, is parsed and run by picocli
 * straight away, so it starts in a fraction of the time (docs/benchmarks.md, issue 16).
 */
@SpringBootApplication
public class SwaApplication {

    /** The commands that take their settings from Spring's environment (spring.mail.*, spring.activemq.*). */
    static final Set<String> SPRING_COMMANDS = Set.of("serve", "alerts", "watch");

    public static void main(String[] args) {
        if (!needsSpring(args)) {
            quietLogging();
            System.exit(new SwaCli(new CatalogueLoader(), new ReadinessEngine(), new SystemZoneClock()).execute(args));
        }
        SpringApplication app = new SpringApplication(SwaApplication.class);
        // Options such as --store belong to picocli, not to Spring's environment.
        app.setAddCommandLineProperties(false);
        ConfigurableApplicationContext context = app.run(args);
        if (!context.isActive()) {
            return; // stopped by a signal (Ctrl-C on swa serve): the JVM is already shutting down
        }
        System.exit(SpringApplication.exit(context));
    }

    /** Whether the command named first on the line is one that needs Spring's context. */
    static boolean needsSpring(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return SPRING_COMMANDS.contains(arg);
            }
        }
        return false;
    }

    /**
     * Without Spring, logging is set up only if something logs (a parser in {@code swa file}), from
     * swa-cli-logback.xml: the levels of application.properties, on standard error.
     */
    private static void quietLogging() {
        if (System.getProperty(LOGBACK_CONFIGURATION) == null) {
            System.setProperty(LOGBACK_CONFIGURATION, "swa-cli-logback.xml");
        }
        // picocli looks for Groovy's Closure class unless told not to: a class that is nowhere makes the
        // class loader open every one of the ~150 jars on the class path (a third of a help text's start).
        if (System.getProperty(PICOCLI_CLOSURES) == null) {
            System.setProperty(PICOCLI_CLOSURES, "true");
        }
    }

    private static final String PICOCLI_CLOSURES = "picocli.disable.closures";

    private static final String LOGBACK_CONFIGURATION = "logback.configurationFile";

    /**
     * The system clock in the default time zone, looked up when a date is first asked for rather than
     * at start ({@link Clock#systemDefaultZone()} does it at once): the zone's rules are found through a
     * ServiceLoader that opens every jar on the class path, which a help text never needs.
     */
    static final class SystemZoneClock extends Clock {
        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.system(zone);
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }
    }
}
