package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.archive.Period;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Framework;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.StationWatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code swa watch}: keeps readiness current in Alfresco, for one station or — given
 * {@code alfresco:URL} without a site — every station the account can see. Polls each station for
 * documents changed since the checkpoint on its folder and, when {@code spring.activemq.broker-url}
 * is set, also listens on the repository's event topic, re-checking (debounced) within seconds.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"监视 Alfresco 中的工作站（一个站点，或地址不带站点时的全区所有工作站）：有文件变动即重新检查并写回准备度与报告。",
                "Watch stations in Alfresco (one site, or every station when the URL names no site): re-check and write back "
                        + "readiness and the report whenever their documents change."})
final class WatchCommand implements Callable<Integer>, SwaCli.LanguageAware {

    /** Looked up when first used, not when the command is built: `swa --help` starts no logging system. */
    private static Logger log() {
        return LoggerFactory.getLogger(WatchCommand.class);
    }

    private final Workbench workbench;
    private final Clock clock;

    @Mixin
    CommonOptions common;

    @Mixin
    EvaluationOptions evaluation;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "PT5M",
            description = "Time between polls (ISO-8601). Default: ${DEFAULT-VALUE}.")
    Duration interval;

    @Option(names = "--debounce", paramLabel = "DURATION", defaultValue = "PT2S",
            description = "Quiet time after the last event before a re-check. Default: ${DEFAULT-VALUE}.")
    Duration debounce;

    @Option(names = "--once", description = "Poll once and stop (for cron).")
    boolean once;

    @Spec
    CommandSpec spec;

    WatchCommand(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    @Override
    public Language language() {
        return CommonOptions.languageOf(common);
    }

    @Override
    public Integer call() throws InterruptedException {
        Workbench.alfrescoOnly(common.store, "swa watch");
        DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
        Framework fw = workbench.framework(evaluation.framework, catalogue);
        Period evaluated = CheckCommand.evaluationPeriod(evaluation.period, clock);
        PrintWriter out = spec.commandLine().getOut();
        // With --once (for cron) the round is the command's answer and is printed; a watch that keeps
        // running works in the background from the start, and what it does is logged.
        PrintWriter done = once ? out : BackgroundLog.info(log());
        PrintWriter failed = once ? spec.commandLine().getErr() : BackgroundLog.warn(log());
        ReadinessWriteBack writeBack = new ReadinessWriteBack(catalogue, language(), clock);
        List<StationWatch.Watched> watched = new ArrayList<>();
        List<Station> stations = workbench.stations(common.store, null, catalogue);
        for (Station s : stations) {
            AlfrescoStore store = (AlfrescoStore) s.archive();
            watched.add(new StationWatch.Watched(s.id(), store.client(), store.site(), () -> {
                CheckResult r = workbench.stationCheck().run(store, fw, evaluated, LocalDate.now(clock));
                done.println(writeBack.line(s.id(), r, writeBack.write(store, r)));
                done.flush();
            }));
        }
        try (StationWatch watch = new StationWatch(watched, clock, (station, e) -> problem(station, e, failed));
             AccessSweeps sweeps = AccessSweeps.start(stations, clock, done, failed, language())) {
            StationWatch.Round first = watch.poll();
            if (once || first.failed().size() == watched.size()) {
                for (String key : watch.keys()) {
                    if (!first.rechecked().contains(key) && !first.failed().contains(key)) {
                        out.println(Message.of("serve.no-change", key).in(language()));
                    }
                }
                out.flush();
                // Every station failing at once is a setting (credentials, address), not a passing fault: stop and say so.
                return first.failed().isEmpty() ? 0 : SwaCli.EXIT_INVALID_INPUT;
            }
            workbench.brokerUrl().ifPresent(url -> watch.listen(new ActiveMQConnectionFactory(url), debounce));
            watch.run(interval);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * On the poll loop and the event thread nobody else would see a failure: one line says it (the
     * stack trace only at debug level); the next poll tries again.
     */
    private void problem(String station, RuntimeException e, PrintWriter failed) {
        failed.println("swa: " + station + ": " + RepositoryStations.reason(e, language()));
        failed.flush();
        log().debug("watching {} failed", station, e);
    }
}
