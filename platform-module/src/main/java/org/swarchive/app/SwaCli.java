package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.swarchive.alert.AlertChannel;
import org.swarchive.i18n.Language;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.InvalidLibraryFileException;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.RetryPolicy;
import picocli.CommandLine;

/**
 * Builds the {@code swa} command line. Tests build it the same way, without Spring, and run
 * commands in-process with their own writers.
 */
public final class SwaCli {

    /** Bad input: an invalid framework or catalogue file, a missing store, a bad option. */
    public static final int EXIT_INVALID_INPUT = 2;

    private final CatalogueLoader catalogueLoader;
    private final ReadinessEngine engine;
    private final Clock clock;
    private final Map<String, String> environment;
    private final RetryPolicy retry;
    private final String brokerUrl;
    private final Supplier<Optional<AlertChannel>> smtp;

    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock) {
        this(catalogueLoader, engine, clock, System.getenv(), RetryPolicy.standard());
    }

    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock, Map<String, String> environment,
                  RetryPolicy retry) {
        this(catalogueLoader, engine, clock, environment, retry, "", Optional::empty);
    }

    /** With the repository's ActiveMQ broker URL too ({@code spring.activemq.broker-url}; empty: none). */
    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock, Map<String, String> environment,
                  RetryPolicy retry, String brokerUrl) {
        this(catalogueLoader, engine, clock, environment, retry, brokerUrl, Optional::empty);
    }

    /** With the SMTP channel for alerts when one is configured (looked up only when an alert is sent). */
    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock, Map<String, String> environment,
                  RetryPolicy retry, Supplier<Optional<AlertChannel>> smtp) {
        this(catalogueLoader, engine, clock, environment, retry, "", smtp);
    }

    /**
     * With the environment credentials are read from, the retry policy for remote stores, the
     * repository's broker URL, and the SMTP channel for alerts.
     */
    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock, Map<String, String> environment,
                  RetryPolicy retry, String brokerUrl, Supplier<Optional<AlertChannel>> smtp) {
        this.catalogueLoader = catalogueLoader;
        this.engine = engine;
        this.clock = clock;
        this.environment = Map.copyOf(environment);
        this.retry = retry;
        this.brokerUrl = brokerUrl;
        this.smtp = smtp;
    }

    public CommandLine commandLine() {
        Workbench workbench = new Workbench(catalogueLoader, engine, environment, retry, brokerUrl);
        CommandLine cl = new CommandLine(new SwaCommand());
        cl.addSubcommand(new CheckCommand(workbench, clock));
        cl.addSubcommand(new DemoCommand(workbench, clock));
        cl.addSubcommand(new FileCommand(workbench, clock));
        cl.addSubcommand(ReviewCommand.commandLine(workbench, clock));
        cl.addSubcommand(RetentionCommand.create(workbench, clock));
        cl.addSubcommand(DisposalCommand.create(workbench, clock));
        cl.addSubcommand(HoldCommand.create(workbench, clock));
        cl.addSubcommand(StationCommand.create(workbench));
        cl.addSubcommand(new WatchCommand(workbench, clock));
        cl.addSubcommand(new CommandLine(new AccessCommand()).addSubcommand(new AccessCommand.Show())
                .addSubcommand(new AccessCommand.Apply(workbench, clock))
                .addSubcommand(new AccessCommand.Request(workbench, clock)).addSubcommand(new AccessCommand.Approve(workbench, clock))
                .addSubcommand(new AccessCommand.Register(workbench, clock)));
        cl.addSubcommand(new CommandLine(new InspectCommand())
                .addSubcommand(new InspectCommand.Open(workbench, clock)).addSubcommand(new InspectCommand.Close(workbench, clock))
                .addSubcommand(new InspectCommand.ListWindows(workbench, clock)).addSubcommand(new InspectCommand.Package(workbench, clock)));
        cl.addSubcommand(new ServeCommand(workbench, clock, smtp));
        cl.addSubcommand(AlertsCommand.line(workbench, clock, smtp));
        cl.setExecutionExceptionHandler(this::handle);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** Known failures become a readable message and exit 2; anything else is an internal error (exit 1). */
    private int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Language lang = cl.getCommand() instanceof LanguageAware l ? l.language() : Language.ZH;
        if (e instanceof InvalidLibraryFileException invalid) {
            err.println(lang == Language.EN ? "swa: the file is not valid:" : "swa: 文件有误：");
            invalid.problems().forEach(p -> err.println("  " + p.render(lang)));
            err.flush();
            return EXIT_INVALID_INPUT;
        }
        if (e instanceof StoreException store) {
            err.println("swa: " + store.reason().in(lang));
            err.flush();
            return EXIT_INVALID_INPUT;
        }
        if (e instanceof IllegalArgumentException bad) {
            err.println("swa: " + (bad instanceof org.swarchive.i18n.InvalidInput input ? input.in(lang) : bad.getMessage()));
            err.flush();
            return EXIT_INVALID_INPUT;
        }
        err.println((lang == Language.EN ? "swa: internal error: " : "swa: 内部错误：") + e);
        if (Boolean.getBoolean("swa.debug")) {
            e.printStackTrace(err);
        } else {
            err.println(lang == Language.EN ? "  (run with -Dswa.debug=true for details)" : "  （加 -Dswa.debug=true 运行可查看详情）");
        }
        err.flush();
        return 1;
    }

    /** A command that knows which language the user asked for. */
    interface LanguageAware {
        Language language();
    }
}
