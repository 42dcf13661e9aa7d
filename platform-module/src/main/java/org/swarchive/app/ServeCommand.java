package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.swarchive.alert.AlertChannel;
import org.swarchive.alert.AlertSchedule;
import org.swarchive.alert.AlertService;
import org.swarchive.alert.AlertSettings;
import org.swarchive.alert.DigestMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarchive.archive.Period;
import org.swarchive.dashboard.ReadinessBoard;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.evidence.Framework;
import org.swarchive.retry.Pause;
import org.swarchive.store.Station;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swa serve}: the readiness dashboard and its JSON API for one or more stations. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动评估看板（网页与 JSON 接口）：各站点得分、等级、趋势，指标下钻到佐证文件与缺失。工作站可在文件夹档案库或 Alfresco 中"
                + "（alfresco:URL 不带站点即全区所有工作站）；--watch 让 Alfresco 中的工作站保持最新并写回。",
                "Serve the readiness dashboard and its JSON API: score, grade and trend per station, indicators down to evidence files and gaps. "
                        + "Stations in folder stores or in Alfresco (alfresco:URL without a site: every station there); --watch keeps "
                        + "those in Alfresco current and written back."})
final class ServeCommand implements Callable<Integer>, SwaCli.LanguageAware {

    /** Looked up when first used, not when the command is built: `swa --help` starts no logging system. */
    private static Logger log() {
        return LoggerFactory.getLogger(ServeCommand.class);
    }

    private final Workbench workbench;
    private final Clock clock;
    private final Supplier<Optional<AlertChannel>> smtp;

    @Mixin
    StationOptions stationOptions;

    @Option(names = "--period", paramLabel = "YYYY", description = "The evaluation period. Default: last year.")
    String period;

    @Option(names = "--port", defaultValue = "8080", description = "The port (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on. Default: ${DEFAULT-VALUE} (this computer only; 0.0.0.0 for phones on the office network).")
    String bind;

    @Option(names = "--public-host", paramLabel = "NAME", split = ",",
            description = "A name (or address) people reach the dashboard by, besides this computer's own; requests for any other Host are refused. Repeatable.")
    List<String> publicHosts = List.of();

    @Option(names = "--recheck-after", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "How long a check is shown before a page triggers a new one (ISO-8601). Default: ${DEFAULT-VALUE}.")
    Duration recheckAfter;

    @Option(names = "--lang", paramLabel = "zh-CN|en", defaultValue = "zh-CN", converter = CommonOptions.LanguageConverter.class,
            description = "Language of the console messages (pages switch with ?lang=en).")
    Language lang;

    @Spec
    CommandSpec spec;

    @Option(names = "--alerts", description = "Also run the alert schedule: each station's digest by its cron "
            + "(default Mondays 08:00) and an immediate alert when a gap becomes overdue. Needs SMTP, or stations in Alfresco "
            + "(see --channel and swa alerts send --help).")
    boolean alerts;

    @Option(names = "--alerts-every", paramLabel = "DURATION", defaultValue = "PT1H",
            description = "How often stations are checked for newly overdue gaps. Default: ${DEFAULT-VALUE}.")
    Duration alertsEvery;

    @Option(names = "--channel", paramLabel = "smtp|repository", converter = AlertChannels.Converter.class,
            description = "How --alerts are sent: smtp, or repository (the repository's mail action; stations in Alfresco). "
                    + "Default: SMTP when configured, else the repository.")
    AlertChannels.Channel channel;

    @Option(names = "--watch", description = "Also keep the stations in Alfresco current, as swa watch does: re-check and write back "
            + "when their documents change (a poll every --watch-every and, with spring.activemq.broker-url, the repository's events).")
    boolean watch;

    @Option(names = "--watch-every", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "With --watch: time between polls for changed documents. Default: ${DEFAULT-VALUE}.")
    Duration watchEvery;

    @Option(names = "--debounce", paramLabel = "DURATION", defaultValue = "PT2S",
            description = "With --watch and a broker: quiet time after the last event before a re-check. Default: ${DEFAULT-VALUE}.")
    Duration debounce;

    ServeCommand(Workbench workbench, Clock clock, Supplier<Optional<AlertChannel>> smtp) {
        this.workbench = workbench;
        this.clock = clock;
        this.smtp = smtp;
    }

    @Override
    public Language language() {
        return lang == null ? Language.ZH : lang;
    }

    @Override
    public Integer call() {
        Encoding.warnIfFileNamesAreNotUtf8(spec.commandLine().getErr());
        DocTypeCatalogue cat = stationOptions.catalogue(workbench);
        Framework fw = stationOptions.framework(workbench, cat);
        List<Station> stations = stationOptions.stations(workbench, cat);
        DashboardLauncher launcher = new DashboardLauncher(workbench, clock);
        DashboardLauncher.Listen listen = new DashboardLauncher.Listen(bind, port, recheckAfter, java.util.Set.copyOf(publicHosts));
        // On the network, somebody must be able to sign in, or nobody could use it (and nobody should read without).
        // (Stations in Alfresco sign in with the repository's users; only folder stores keep accounts of their own.)
        List<Station> folders = stations.stream().filter(s -> s.archive() instanceof org.swarchive.store.folder.FolderStore).toList();
        if (!DashboardLauncher.isLoopback(bind) && !folders.isEmpty() && !DashboardLauncher.anyAccount(folders)) {
            throw new org.swarchive.i18n.InvalidInput(Message.of("serve.no-accounts", bind));
        }
        ReadinessBoard board = launcher.board(stations, fw, CheckCommand.evaluationPeriod(period, clock), cat, listen);
        PrintWriter out = spec.commandLine().getOut();
        // What runs in the background from here on (re-checks, write-backs, sweeps) is logged, not printed.
        Logger repositoryLog = LoggerFactory.getLogger(RepositoryStations.class);
        try (RepositoryStations repository = new RepositoryStations(board, new ReadinessWriteBack(cat, language(), clock), clock,
                BackgroundLog.info(repositoryLog), BackgroundLog.warn(repositoryLog), language())) {
            if (watch && repository.isEmpty()) {
                throw new IllegalArgumentException(Message.of("serve.watch-needs-alfresco").in(language()));
            }
            Optional<AlertSchedule> schedule = alerts ? Optional.of(alertSchedule(stations, fw, cat)) : Optional.empty();
            var running = launcher.start(board, cat, listen, out, language(), repository);
            Logger sweepLog = LoggerFactory.getLogger(AccessSweeps.class);
            AccessSweeps sweeps = AccessSweeps.start(stations, clock, BackgroundLog.info(sweepLog), BackgroundLog.warn(sweepLog),
                    language());
            try {
                if (watch) {
                    repository.watch(watchEvery, debounce, workbench.brokerUrl());
                }
                schedule.ifPresent(AlertSchedule::start);
                DashboardLauncher.awaitStop(running);
            } catch (InterruptedException stopped) {
                // Stopped from inside the JVM (a test, an embedding service): the server stops too.
                Thread.currentThread().interrupt();
            } finally {
                schedule.ifPresent(AlertSchedule::close);
                sweeps.close();
                running.close();
            }
        }
        return 0;
    }

    /** The alert schedule over the served stations; each is checked for the period its settings name (default: this year). */
    private AlertSchedule alertSchedule(List<Station> stations, Framework fw, DocTypeCatalogue cat) {
        AlertChannel delivery = AlertChannels.choose(channel, smtp, stations, workbench.alertsFrom(), language());
        StationFeatures features = new StationFeatures(workbench, cat, clock, stations);
        AlertService service = new AlertService(new DigestMail(cat), delivery, AlertService.RETRIES, Pause.real(),
                clock, features);
        return new AlertSchedule(service, stations,
                s -> workbench.stationCheck().run(s.archive(), fw, AlertSettings.read(s.state()).period()
                        .orElse(Period.year(LocalDate.now(clock).getYear())), LocalDate.now(clock)),
                s -> AlertSettings.read(s.state()),
                o -> {
                    String why = o.reason() == null ? "" : ": " + o.reason();
                    if (o.status().failed()) {
                        log().warn("swa alerts: {} {} {}{}", o.station(), o.kind(), o.status(), why);
                    } else {
                        log().info("swa alerts: {} {} {}{}", o.station(), o.kind(), o.status(), why);
                    }
                },
                problem -> log().warn("swa alerts: {}", problem),
                alertsEvery, clock);
    }
}
