package org.swarchive.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import picocli.CommandLine;

/** Runs {@code swa} in-process, as the jar would, with captured output and a fixed "today". */
final class CliHarness {

    record Run(int exitCode, String out, String err) {
    }

    private final Clock clock;
    private final java.util.Map<String, String> environment;

    CliHarness(LocalDate today) {
        this(today, System.getenv());
    }

    /** With the environment a command reads credentials from (an Alfresco store's). */
    CliHarness(LocalDate today, java.util.Map<String, String> environment) {
        this.clock = Clock.fixed(today.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        this.environment = environment;
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), clock, environment,
                AlfrescoClient.STANDARD_RETRIES).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
