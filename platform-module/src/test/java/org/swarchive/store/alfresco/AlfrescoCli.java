package org.swarchive.store.alfresco;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.swarchive.retry.Retries;
import org.swarchive.app.SwaCli;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import picocli.CommandLine;

/** Runs {@code swa} in-process against a stubbed repository: credentials from the given environment, quick retries. */
final class AlfrescoCli {

    private AlfrescoCli() {
    }

    /** Exit code, standard output and standard error. */
    static String[] run(Clock clock, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), clock, env,
                new Retries(2, Duration.ofMillis(1), 2)).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }
}
