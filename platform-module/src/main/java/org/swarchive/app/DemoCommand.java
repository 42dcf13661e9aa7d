package org.swarchive.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.archive.Period;
import org.swarchive.check.CheckResult;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.demo.DeliberateGap;
import org.swarchive.demo.DemoOptions;
import org.swarchive.demo.DemoStation;
import org.swarchive.demo.DemoStationGenerator;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.i18n.Message;
import org.swarchive.store.folder.FolderFiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code swa demo DIR}: makes a sample station (unless DIR already holds one), checks it, prints
 * readiness and gaps and writes the reports.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"生成示范社工站档案（文件夹档案库），归档收件箱，检查并输出准备度与缺失，写出报告。",
                "Make a sample station as a folder store, file its inbox, check it, print readiness and gaps, write the reports."})
final class DemoCommand implements Callable<Integer>, SwaCli.LanguageAware {

    private final Workbench workbench;
    private final Clock clock;

    @Parameters(index = "0", paramLabel = "DIR", defaultValue = "demo-station",
            description = "Where the station is (made if absent). Default: ${DEFAULT-VALUE}.")
    Path dir;

    @Option(names = "--year", description = "The year the records cover. Default: last year.")
    Integer year;

    @Option(names = "--records", defaultValue = "300", description = "At least this many records. Default: ${DEFAULT-VALUE}.")
    int records;

    @Option(names = "--seed", defaultValue = "20250101", description = "The same seed makes the same station.")
    long seed;

    @Option(names = "--framework", paramLabel = "ID|FILE", defaultValue = "station-star",
            description = "The framework the station is made for and checked against. Default: ${DEFAULT-VALUE}.")
    String framework;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge what is due as of this date. Default: today.")
    LocalDate asOf;

    @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "reports",
            description = "Where the HTML and JSON reports go. Default: ${DEFAULT-VALUE}.")
    Path reportDir;

    @Option(names = "--generate-only", description = "Make the station and stop (no check).")
    boolean generateOnly;

    @Option(names = "--lang", paramLabel = "zh-CN|en", defaultValue = "zh-CN", converter = CommonOptions.LanguageConverter.class,
            description = "Language of the output (default zh-CN).")
    Language lang;

    @Option(names = "--no-serve", description = "Stop after the reports instead of serving the dashboard on the station.")
    boolean noServe;

    @Option(names = "--port", defaultValue = "8080", description = "The dashboard's port (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The dashboard's address. Default: ${DEFAULT-VALUE}.")
    String bind;

    @Spec
    CommandSpec spec;

    DemoCommand(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    @Override
    public Language language() {
        return lang == null ? Language.ZH : lang;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Encoding.warnIfFileNamesAreNotUtf8(spec.commandLine().getErr());
        DocTypeCatalogue catalogue = workbench.catalogue(null);
        Framework fw = workbench.framework(framework, catalogue);
        int y = year != null ? year : LocalDate.now(clock).getYear() - 1;

        if (isEmptyOrAbsent(dir)) {
            out.println(say(Message.of("app.demo.making", dir.toAbsolutePath())));
            out.flush();
            DemoStation station = new DemoStationGenerator(catalogue, new ReadinessEngine()).generate(dir, fw,
                    new DemoOptions(y, records, seed, "JN01", "金牛区示范街道社会工作服务站"),
                    msg -> {
                        out.println("  " + msg);
                        out.flush();
                    });
            out.println("  " + say(Message.of("app.demo.records", station.records())));
            for (DeliberateGap g : station.deliberateGaps()) {
                out.println("   - " + g.description().in(language()));
            }
            out.println("  " + say(Message.of("app.demo.inbox", station.toFile().size())));
            out.println("  " + say(Message.of("app.demo.due", String.valueOf(y - 11))));
        } else {
            out.println(say(Message.of("app.demo.existing", dir.toAbsolutePath())));
        }
        out.println();
        out.flush();
        DemoAccounts.ensure(workbench.station("folder:" + dir, null, catalogue).state(), out, language());
        out.println();
        if (generateOnly) {
            return 0;
        }

        fileInbox(catalogue, out);

        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        CheckResult result = workbench.stationCheck().run(workbench.store("folder:" + dir, catalogue), fw, Period.year(y), date);
        out.print(ReportFormat.TABLE.render(result, catalogue, language()));
        out.println();
        for (ReportFormat f : new ReportFormat[] {ReportFormat.HTML, ReportFormat.JSON}) {
            Path file = reportDir.resolve("readiness-" + fw.id() + "-" + y + "." + f.extension());
            CheckCommand.write(file, f.render(result, catalogue, language()));
            out.println(say(Message.of("app.report-written", file.toAbsolutePath())));
        }
        out.flush();
        if (noServe) {
            return 0;
        }
        out.println();
        // The dashboard judges "today" as the check did, so an --as-of demo shows the same gaps.
        Clock dashboardClock = Clock.offset(clock, java.time.Duration.between(LocalDate.now(clock).atStartOfDay(), date.atStartOfDay()));
        var running = new DashboardLauncher(workbench, dashboardClock).start(
                java.util.List.of(workbench.station("folder:" + dir, null, catalogue)), fw, Period.year(y), catalogue,
                new DashboardLauncher.Listen(bind, port, java.time.Duration.ofMinutes(5)), out, language());
        DashboardLauncher.awaitStop(running);
        return 0;
    }

    /** Real extraction and filing of what waits in the inbox, as {@code swa file} does it. */
    private void fileInbox(DocTypeCatalogue catalogue, PrintWriter out) {
        FolderFiler filer = workbench.filer("folder:" + dir, catalogue, FolderFiler.DEFAULT_INBOX, TikaExtractor.DEFAULT_MAX_BYTES);
        String fonds = filer.fonds().orElse(DemoOptions.forYear(0).fonds());
        InboxFiling run = workbench.inboxFiling(filer, catalogue, TikaExtractor.DEFAULT_MAX_BYTES,
                Classifier.DEFAULT_THRESHOLD, fonds, clock);
        FilingReport report = new FilingReport(out, language());
        report.start(filer.describe(), FolderFiler.DEFAULT_INBOX);
        report.summary(run.run(report::event));
        out.println();
        out.flush();
    }

    private static boolean isEmptyOrAbsent(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInput(Message.of("app.demo.not-a-folder", dir));
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
