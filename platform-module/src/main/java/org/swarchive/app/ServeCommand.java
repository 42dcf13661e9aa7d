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
import org.swarchive.alert.RetryPolicy;
import org.swarchive.archive.Period;
import java.util.List;
import java.util.concurrent.Callable;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText.Language;
import org.swarchive.evidence.Framework;
import org.swarchive.store.Station;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swa serve}: the readiness dashboard and its JSON API for one or more stations. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动评估看板（网页与 JSON 接口）：各站点得分、等级、趋势，指标下钻到佐证文件与缺失。",
                "Serve the readiness dashboard and its JSON API: score, grade and trend per station, indicators down to evidence files and gaps."})
final class ServeCommand implements Callable<Integer>, SwaCli.LanguageAware {

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

    @Option(names = "--recheck-after", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "How long a check is shown before a page triggers a new one (ISO-8601). Default: ${DEFAULT-VALUE}.")
    Duration recheckAfter;

    @Option(names = "--lang", paramLabel = "zh-CN|en", defaultValue = "zh-CN", converter = CommonOptions.LanguageConverter.class,
            description = "Language of the console messages (pages switch with ?lang=en).")
    Language lang;

    @Spec
    CommandSpec spec;

    @Option(names = "--alerts", description = "Also run the alert schedule: each station's digest by its cron "
            + "(default Mondays 08:00) and an immediate alert when a gap becomes overdue. Needs SMTP (see swa alerts send --help).")
    boolean alerts;

    @Option(names = "--alerts-every", paramLabel = "DURATION", defaultValue = "PT1H",
            description = "How often stations are checked for newly overdue gaps. Default: ${DEFAULT-VALUE}.")
    Duration alertsEvery;

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
    public Integer call() throws InterruptedException {
        Encoding.warnIfFileNamesAreNotUtf8(spec.commandLine().getErr());
        DocTypeCatalogue cat = stationOptions.catalogue(workbench);
        Framework fw = stationOptions.framework(workbench, cat);
        List<Station> stations = stationOptions.stations(workbench, cat);
        Optional<AlertSchedule> schedule = alerts ? Optional.of(alertSchedule(stations, fw, cat)) : Optional.empty();
        var running = new DashboardLauncher(workbench, clock).start(stations, fw, CheckCommand.evaluationPeriod(period, clock), cat,
                new DashboardLauncher.Listen(bind, port, recheckAfter), spec.commandLine().getOut(), language());
        schedule.ifPresent(AlertSchedule::start);
        AccessSweeps sweeps = AccessSweeps.start(stations, clock, spec.commandLine().getOut(), spec.commandLine().getErr(), language());
        try {
            DashboardLauncher.awaitStop(running);
        } finally {
            schedule.ifPresent(AlertSchedule::close);
            sweeps.close();
        }
        return 0;
    }

    /** The alert schedule over the served stations; each is checked for the period its settings name (default: this year). */
    private AlertSchedule alertSchedule(List<Station> stations, Framework fw, DocTypeCatalogue cat) {
        AlertChannel channel = smtp.get().orElseThrow(() -> new IllegalArgumentException(
                "--alerts: 未配置 SMTP（SPRING_MAIL_HOST 等环境变量） / SMTP is not configured (SPRING_MAIL_HOST, … in the environment)"));
        StationFeatures features = new StationFeatures(workbench, cat, clock, stations);
        AlertService service = new AlertService(new DigestMail(cat), channel, RetryPolicy.standard(), RetryPolicy.Pause.real(),
                clock, features, features);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return new AlertSchedule(service, stations,
                s -> workbench.stationCheck().run(s.archive(), fw, AlertSettings.read(s.state()).period()
                        .orElse(Period.year(LocalDate.now(clock).getYear())), LocalDate.now(clock)),
                s -> AlertSettings.read(s.state()),
                o -> {
                    PrintWriter w = o.status().failed() ? err : out;
                    w.println("swa alerts: " + o.station() + " " + o.kind() + " " + o.status()
                            + (o.reason() == null ? "" : ": " + o.reason()));
                    w.flush();
                },
                problem -> {
                    err.println("swa alerts: " + problem);
                    err.flush();
                },
                alertsEvery, clock);
    }
}
