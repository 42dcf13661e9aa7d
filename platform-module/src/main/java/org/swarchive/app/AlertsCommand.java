package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.swarchive.alert.AlertChannel;
import org.swarchive.alert.AlertService;
import org.swarchive.alert.AlertSettings;
import org.swarchive.alert.DigestMail;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.archive.Period;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Framework;
import org.swarchive.retry.Pause;
import org.swarchive.retry.Retries;
import org.swarchive.store.Station;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swa alerts}: the station heads' alerts. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = {"站长提醒：缺失与到期佐证的周报和逾期提醒。", "Alerts to station heads: digests of gaps and deadlines, overdue alerts."})
final class AlertsCommand {

    /** {@code swa alerts} with its subcommands, for one {@code addSubcommand} line in {@link SwaCli}. */
    static CommandLine line(Workbench workbench, Clock clock, Supplier<Optional<AlertChannel>> smtp) {
        return new CommandLine(new AlertsCommand()).addSubcommand(new Send(workbench, clock, smtp));
    }

    /** Exit code when a delivery failed after every attempt. */
    static final int EXIT_NOT_DELIVERED = 3;

    /** {@code swa alerts send [--dry-run]}: the digest of each station, now. */
    @Command(name = "send", mixinStandardHelpOptions = true,
            description = {"立即发送各站点的周报（或逾期提醒）；--dry-run 只显示邮件内容，不发送。",
                    "Send each station's digest (or overdue alert) now; --dry-run prints the mail and sends nothing.",
                    "SMTP comes from the environment or a config file (SPRING_MAIL_HOST, SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, "
                            + "SPRING_MAIL_PASSWORD, SWA_ALERTS_FROM), never from the command line; stations in Alfresco can also "
                            + "mail through the repository (--channel repository)."})
    static final class Send implements Callable<Integer>, SwaCli.LanguageAware {

        private final Workbench workbench;
        private final Clock clock;
        private final Supplier<Optional<AlertChannel>> smtp;

        @Mixin
        StationOptions stationOptions;

        @Option(names = "--period", paramLabel = "YYYY",
                description = "The evaluation period. Default: the station's setting, else the current year.")
        String period;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge what is due as of this date. Default: today.")
        LocalDate asOf;

        @Option(names = "--to", paramLabel = "EMAIL", split = ",",
                description = "Recipients (default: recipients= in the station's .swa/alerts/settings.properties).")
        List<String> to;

        @Option(names = "--within", paramLabel = "DAYS", description = "\"Due soon\" means within this many days. Default: 14.")
        Integer within;

        @Option(names = "--kind", paramLabel = "digest|overdue", defaultValue = "digest",
                description = "digest (default) or overdue: only gaps that have just become overdue.")
        String kind;

        @Option(names = "--retries", paramLabel = "N", defaultValue = "3",
                description = "Attempts per mail before it is reported as not delivered. Default: ${DEFAULT-VALUE}.")
        int retries;

        @Option(names = "--retry-pause", paramLabel = "DURATION", defaultValue = "PT5S",
                description = "The pause before the second attempt; each later pause is five times longer. Default: ${DEFAULT-VALUE}.")
        java.time.Duration retryPause;

        @Option(names = "--dry-run", description = "Print the mail instead of sending it; nothing is recorded.")
        boolean dryRun;

        @Option(names = "--channel", paramLabel = "smtp|repository", converter = AlertChannels.Converter.class,
                description = {"smtp, or repository: the repository's own mail action (stations in Alfresco; needs an administrator's "
                        + "account or org.alfresco.repo.action.mail.v1.exposed=true). Default: SMTP when configured, else the repository."})
        AlertChannels.Channel channel;

        @Option(names = "--lang", paramLabel = "zh-CN|en", converter = CommonOptions.LanguageConverter.class,
                description = "Language of the mail and messages. Default: the station's setting, else zh-CN.")
        Language lang;

        @Spec
        CommandSpec spec;

        Send(Workbench workbench, Clock clock, Supplier<Optional<AlertChannel>> smtp) {
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
            PrintWriter out = spec.commandLine().getOut();
            if (!kind.equals("digest") && !kind.equals("overdue")) {
                throw new IllegalArgumentException("--kind: digest | overdue");
            }
            DocTypeCatalogue cat = stationOptions.catalogue(workbench);
            Framework fw = stationOptions.framework(workbench, cat);
            LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
            List<Station> stations = stationOptions.stations(workbench, cat);
            // A dry run sends nothing, so it needs no way to send.
            AlertChannel delivery = dryRun ? mail -> {
                throw new AlertChannel.DeliveryException("dry run", null, true);
            } : AlertChannels.choose(channel, smtp, stations, workbench.alertsFrom(), language());
            StationFeatures features = new StationFeatures(workbench, cat, clock, stations);
            AlertService service = new AlertService(new DigestMail(cat), delivery, new Retries(retries, retryPause, 5),
                    Pause.real(), clock, features);
            int exit = 0;
            for (Station station : stations) {
                AlertSettings settings = settingsFor(station);
                Period p = period != null ? CheckCommand.evaluationPeriod(period, clock)
                        : settings.period().orElse(Period.year(date.getYear()));
                CheckResult result = workbench.stationCheck().run(station.archive(), fw, p, date);
                AlertService.Outcome o = kind.equals("digest") ? service.digest(station, result, settings, dryRun)
                        : service.overdue(station, result, settings, dryRun);
                exit = Math.max(exit, report(o, out));
            }
            out.flush();
            return exit;
        }

        private AlertSettings settingsFor(Station station) {
            AlertSettings s = AlertSettings.read(station.state());
            if (to != null && !to.isEmpty()) {
                s = s.withRecipients(to.stream().map(String::strip).filter(t -> !t.isEmpty()).toList());
            }
            if (lang != null) {
                s = s.withLanguage(lang);
            }
            return within != null ? s.withWithinDays(within) : s;
        }

        private int report(AlertService.Outcome o, PrintWriter out) {
            String who = o.station() + ": ";
            switch (o.status()) {
                case DRY_RUN -> {
                    String to = o.mail().to().isEmpty() ? "—" : String.join(", ", o.mail().to());
                    out.println(who + say(Message.of("alerts.dry-run", to)));
                    out.println(say(Message.of("alerts.subject", o.mail().subject())));
                    out.println();
                    out.println(o.mail().text());
                    return 0;
                }
                case SENT -> {
                    String to = String.join(", ", o.mail().to());
                    out.println(who + say(o.attempts() > 1 ? Message.of("alerts.sent-attempt", to, o.attempts())
                            : Message.of("alerts.sent", to)));
                    return 0;
                }
                case NOTHING_TO_SEND -> {
                    out.println(who + say(Message.of("alerts.nothing-new")));
                    return 0;
                }
                case BUSY -> {
                    out.println(who + say(Message.of("alerts.busy")));
                    return 0;
                }
                case NO_RECIPIENTS -> {
                    spec.commandLine().getErr().println("swa: " + who + say(Message.of("alerts.no-recipients")));
                    spec.commandLine().getErr().flush();
                    return SwaCli.EXIT_INVALID_INPUT;
                }
                default -> {
                    spec.commandLine().getErr().println("swa: " + who
                            + say(Message.of("alerts.not-delivered", o.attempts(), o.reason())));
                    spec.commandLine().getErr().flush();
                    return EXIT_NOT_DELIVERED;
                }
            }
        }

        private String say(Message message) {
            return message.in(language());
        }
    }
}
