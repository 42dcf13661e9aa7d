package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.alert.AlertChannel;
import org.swarchive.disposition.DispositionRefusal;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.InvalidLibraryFileException;
import org.swarchive.store.StoreException;
import org.swarchive.retry.Retries;
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
    private final Retries retry;
    private final String brokerUrl;
    private final Supplier<Optional<AlertChannel>> smtp;

    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock) {
        this(catalogueLoader, engine, clock, System.getenv(), AlfrescoClient.STANDARD_RETRIES);
    }

    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock, Map<String, String> environment,
                  Retries retry) {
        this(catalogueLoader, engine, clock, environment, retry, "", Optional::empty);
    }

    /** With the repository's ActiveMQ broker URL too ({@code spring.activemq.broker-url}; empty: none). */
    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock, Map<String, String> environment,
                  Retries retry, String brokerUrl) {
        this(catalogueLoader, engine, clock, environment, retry, brokerUrl, Optional::empty);
    }

    /** With the SMTP channel for alerts when one is configured (looked up only when an alert is sent). */
    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock, Map<String, String> environment,
                  Retries retry, Supplier<Optional<AlertChannel>> smtp) {
        this(catalogueLoader, engine, clock, environment, retry, "", smtp);
    }

    /**
     * With the environment credentials are read from, the retry policy for remote stores, the
     * repository's broker URL, and the SMTP channel for alerts.
     */
    public SwaCli(CatalogueLoader catalogueLoader, ReadinessEngine engine, Clock clock, Map<String, String> environment,
                  Retries retry, String brokerUrl, Supplier<Optional<AlertChannel>> smtp) {
        this.catalogueLoader = catalogueLoader;
        this.engine = engine;
        this.clock = clock;
        this.environment = Map.copyOf(environment);
        this.retry = retry;
        this.brokerUrl = brokerUrl;
        this.smtp = smtp;
    }

    public CommandLine commandLine() {
        return commandLine(null);
    }

    /**
     * Runs a command line as {@code swa} does: only the command it names is built in full, the others
     * only by name and description (enough for {@code swa --help}). Building every command's options
     * by reflection is most of a short command's start (docs/benchmarks.md, issue 16).
     */
    public int execute(String... args) {
        String named = commandNamedIn(args);
        // No command named (swa, swa --help, swa --version): every command by name only.
        return commandLine(named == null ? NONE : named).execute(args);
    }

    /** Wanted by {@link #commandLine(String)}: no command built in full. */
    private static final String NONE = "";

    /** The first word that is not an option: the command asked for (null: none). */
    static String commandNamedIn(String[] args) {
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return null;
    }

    /** The command line with {@code wanted} built in full (null: every command). */
    CommandLine commandLine(String wanted) {
        Workbench workbench = new Workbench(catalogueLoader, engine, environment, retry, brokerUrl);
        CommandLine cl = new CommandLine(new SwaCommand());
        Commands commands = new Commands(cl, wanted);
        commands.add(CheckCommand.class, () -> new CheckCommand(workbench, clock));
        commands.add(DemoCommand.class, () -> new DemoCommand(workbench, clock));
        commands.add(FileCommand.class, () -> new FileCommand(workbench, clock));
        commands.add(FindCommand.class, () -> new FindCommand(workbench, clock));
        commands.add(ReviewCommand.class, () -> ReviewCommand.commandLine(workbench, clock));
        commands.add(RetentionCommand.class, () -> RetentionCommand.create(workbench, clock));
        commands.add(DisposalCommand.class, () -> DisposalCommand.create(workbench, clock));
        commands.add(HoldCommand.class, () -> HoldCommand.create(workbench, clock));
        commands.add(StationCommand.class, () -> StationCommand.create(workbench));
        commands.add(WatchCommand.class, () -> new WatchCommand(workbench, clock));
        commands.add(AccessCommand.class, () -> new CommandLine(new AccessCommand()).addSubcommand(new AccessCommand.Show())
                .addSubcommand(new AccessCommand.Apply(workbench, clock))
                .addSubcommand(new AccessCommand.Request(workbench, clock)).addSubcommand(new AccessCommand.Approve(workbench, clock))
                .addSubcommand(new AccessCommand.Register(workbench, clock)));
        commands.add(InspectCommand.class, () -> new CommandLine(new InspectCommand())
                .addSubcommand(new InspectCommand.Open(workbench, clock)).addSubcommand(new InspectCommand.Close(workbench, clock))
                .addSubcommand(new InspectCommand.ListWindows(workbench, clock)).addSubcommand(new InspectCommand.Package(workbench, clock))
                .addSubcommand(new InspectCommand.VerdictCommand(workbench, clock)).addSubcommand(new InspectCommand.Submit(workbench, clock))
                .addSubcommand(new InspectCommand.Scoresheet(workbench, clock)));
        commands.add(UsersCommand.class, () -> UsersCommand.create(workbench, UsersCommand.Passwords.system()));
        commands.add(ServeCommand.class, () -> new ServeCommand(workbench, clock, smtp));
        commands.add(AlertsCommand.class, () -> AlertsCommand.line(workbench, clock, smtp));
        cl.setExecutionExceptionHandler(this::handle);
        cl.setParameterExceptionHandler(new OptionTexts(cl.getParameterExceptionHandler()));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /**
     * Known failures become a readable message and exit 2; anything else is an internal error (exit 1).
     * Every reason is said in the language the command was asked for ({@code --lang}, Chinese by default).
     */
    private int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Language lang = cl.getCommand() instanceof LanguageAware l ? l.language() : Language.ZH;
        if (e instanceof InvalidLibraryFileException invalid) {
            err.println(Message.of("app.cli.invalid-file").in(lang));
            invalid.problems().forEach(p -> err.println("  " + p.render(lang)));
            err.flush();
            return EXIT_INVALID_INPUT;
        }
        if (e instanceof StoreException || e instanceof IllegalArgumentException) {
            err.println("swa: " + reason(e).in(lang));
            err.flush();
            return EXIT_INVALID_INPUT;
        }
        err.println(Message.of("app.cli.internal-error", e).in(lang));
        if (Boolean.getBoolean("swa.debug")) {
            e.printStackTrace(err);
        } else {
            err.println("  " + Message.of("app.cli.debug-hint").in(lang));
        }
        err.flush();
        return 1;
    }

    /**
     * Why something failed, in words: the reason a store, a refused input or a refused disposition step
     * gives in both languages, else the exception's own message (which speaks one language only).
     */
    static Text reason(Exception e) {
        if (e instanceof StoreException store) {
            return store.reason();
        }
        if (e instanceof InvalidInput input) {
            return input.reason();
        }
        if (e instanceof DispositionRefusal refusal) {
            return refusal.reason();
        }
        return Text.plain(e.getMessage() != null ? e.getMessage() : e.toString());
    }

    /**
     * Adds the subcommands of {@code swa}: the one wanted (or all, when none is) as picocli builds it
     * from its annotations, every other one only as its name and description from {@code @Command}.
     */
    private record Commands(CommandLine root, String wanted) {
        void add(Class<?> type, Supplier<Object> command) {
            CommandLine.Command annotation = type.getAnnotation(CommandLine.Command.class);
            if (wanted == null || wanted.equals(annotation.name())) {
                root.addSubcommand(command.get());
                return;
            }
            CommandLine.Model.CommandSpec named = CommandLine.Model.CommandSpec.create().name(annotation.name());
            named.usageMessage().description(annotation.description());
            root.addSubcommand(annotation.name(), new CommandLine(named));
        }
    }

    /** A command that knows which language the user asked for. */
    interface LanguageAware {
        Language language();

        /** The one way a command puts a text into words: in the language the user asked for. */
        default String say(Text text) {
            return text.in(language());
        }
    }

    /**
     * An option value refused with a reason said in words ({@link InvalidOption}): picocli reads
     * options before any command knows the language, so the reason is put into words here, in the
     * language of {@code --lang} on the same command line.
     */
    private record OptionTexts(CommandLine.IParameterExceptionHandler next) implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) throws Exception {
            if (ex.getCause() instanceof InvalidOption invalid && ex.getMessage() != null) {
                String said = ex.getMessage().replace(invalid.getMessage(), invalid.reason().in(languageIn(args)));
                ex = new CommandLine.ParameterException(ex.getCommandLine(), said, invalid, ex.getArgSpec(), ex.getValue());
            }
            return next.handleParseException(ex, args);
        }

        /** The language {@code --lang} asks for on this command line; Chinese when it is absent or wrong. */
        static Language languageIn(String[] args) {
            for (int i = 0; i < args.length; i++) {
                String tag = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                        : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
                if (tag != null) {
                    try {
                        return Language.fromTag(tag);
                    } catch (IllegalArgumentException unknown) {
                        return Language.ZH;
                    }
                }
            }
            return Language.ZH;
        }
    }

    /** An option value a converter refuses, with the reason in words; its message is the Chinese text. */
    static final class InvalidOption extends CommandLine.TypeConversionException {

        private final transient Text reason;

        InvalidOption(Text reason) {
            super(reason.in(Language.ZH));
            this.reason = reason;
        }

        Text reason() {
            return reason;
        }
    }
}
