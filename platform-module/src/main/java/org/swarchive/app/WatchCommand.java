package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.activemq.ActiveMQConnectionFactory;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText.Language;
import org.swarchive.archive.Period;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Framework;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoLocation;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.ChangePoller;
import org.swarchive.store.alfresco.Debouncer;
import org.swarchive.store.alfresco.EvidenceWriteBack;
import org.swarchive.store.alfresco.RepositoryEventListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code swa watch}: keeps a station's readiness current in Alfresco. Polls for documents changed
 * since the checkpoint on the station folder and, when {@code spring.activemq.broker-url} is set,
 * also listens on the repository's event topic, re-checking (debounced) within seconds.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"监视 Alfresco 中的工作站：有文件变动即重新检查并写回准备度。",
                "Watch a station in Alfresco: re-check and write back readiness whenever its documents change."})
final class WatchCommand implements Callable<Integer>, SwaCli.LanguageAware {

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
        AlfrescoLocation location = Workbench.alfrescoOnly(common.store, "swa watch");
        String site = location.site();
        DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
        Framework fw = workbench.framework(evaluation.framework, catalogue);
        Period evaluated = CheckCommand.evaluationPeriod(evaluation.period, clock);
        PrintWriter out = spec.commandLine().getOut();
        try (AlfrescoClient client = workbench.alfrescoClient(location)) {
            AlfrescoStore store = workbench.alfrescoStore(location, catalogue, client);
            ChangePoller poller = new ChangePoller(client, clock);
            ChangePoller.Recheck recheck = () -> {
                CheckResult r = workbench.stationCheck().run(store, fw, evaluated, LocalDate.now(clock));
                EvidenceWriteBack.Outcome o = store.writeBack(r.assessment(), clock.instant());
                out.println(clock.instant() + "  " + site + "  " + (language() == Language.EN ? "score " : "得分 ")
                        + r.assessment().score().toPlainString() + "  " + (language() == Language.EN ? "gaps " : "缺失 ")
                        + r.assessment().gaps().size() + "  " + (language() == Language.EN ? "folders written " : "写回文件夹 ") + o.folders());
                out.flush();
            };
            AccessSweeps sweeps = AccessSweeps.start(client, site, clock, out, spec.commandLine().getErr(), language());
            boolean changed = poller.poll(site, recheck);
            if (once) {
                sweeps.close();
                if (!changed) {
                    out.println(language() == Language.EN ? site + ": no change since the last scan" : site + "：自上次扫描以来无变动");
                    out.flush();
                }
                return 0;
            }
            ScheduledExecutorService events = Executors.newSingleThreadScheduledExecutor();
            RepositoryEventListener listener = workbench.brokerUrl().map(url -> RepositoryEventListener.start(
                    new ActiveMQConnectionFactory(url), Map.of(poller.stationId(site), site),
                    new Debouncer(Debouncer.on(events), debounce, key -> recheckReporting(poller, key, recheck)))).orElse(null);
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(interval.toMillis());
                    poller.poll(site, recheck);
                }
            } finally {
                sweeps.close();
                if (listener != null) {
                    listener.close();
                }
                events.shutdownNow();
            }
        }
        return 0;
    }

    /** On the event thread nobody else would see a failure: say it, and leave the rest to the next poll. */
    private void recheckReporting(ChangePoller poller, String site, ChangePoller.Recheck recheck) {
        try {
            poller.recheck(site, recheck);
        } catch (org.swarchive.store.StoreException e) {
            spec.commandLine().getErr().println("swa: " + e.reason().in(language()));
            spec.commandLine().getErr().flush();
        }
    }
}
