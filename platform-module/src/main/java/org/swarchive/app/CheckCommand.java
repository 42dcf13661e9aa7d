package org.swarchive.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.archive.Period;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Framework;
import org.swarchive.i18n.Message;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.EvidenceWriteBack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code swa check}: a station's readiness against a framework, with its gaps. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"检查档案库的评估佐证是否齐全，列出准备度与缺失。",
                "Check a station's evidence against an evaluation framework: readiness, score, grade and gaps."})
final class CheckCommand implements Callable<Integer>, SwaCli.LanguageAware {

    private final Workbench workbench;
    private final Clock clock;

    @Mixin
    CommonOptions common;

    @Mixin
    EvaluationOptions evaluation;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge what is due as of this date. Default: today.")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "table|json|html", defaultValue = "table",
            description = "Output format. Default: ${DEFAULT-VALUE}.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the report to this file instead of the terminal.")
    Path out;

    /*
     * Opt-in rather than implied by the Alfresco store: a check is a read that evaluators and
     * station heads (Consumer only) run too, and a write on every check would touch cm:modified
     * of all evidence folders each time. The change poller and the event listener always write back.
     */
    @Option(names = "--write-back",
            description = "Alfresco store only: write readiness, gaps and check time on the evidence folders, link each record into its indicators' folders, "
                    + "and put the HTML report in the framework's evidence tree (评估佐证/FRAMEWORK/readiness-FRAMEWORK-PERIOD.html).")
    boolean writeBack;

    @Spec
    CommandSpec spec;

    CheckCommand(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    @Override
    public Language language() {
        return CommonOptions.languageOf(common);
    }

    @Override
    public Integer call() throws IOException {
        Encoding.warnIfFileNamesAreNotUtf8(spec.commandLine().getErr());
        DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
        Framework fw = workbench.framework(evaluation.framework, catalogue);
        Period evaluated = evaluationPeriod(evaluation.period, clock);
        LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
        ArchiveStore store = workbench.store(common.store, catalogue);
        if (writeBack && !(store instanceof AlfrescoStore)) {
            throw new InvalidInput(Message.of("app.check.write-back-alfresco-only"));
        }
        CheckResult result = workbench.stationCheck().run(store, fw, evaluated, date);
        if (store instanceof AlfrescoStore alfresco && writeBack) {
            EvidenceWriteBack.Outcome o = new ReadinessWriteBack(catalogue, language(), clock).write(alfresco, result);
            // On stderr, so that --format json on stdout stays one document.
            spec.commandLine().getErr().println(say(ReadinessWriteBack.describe(o)));
            spec.commandLine().getErr().flush();
        }
        String report = format.render(result, catalogue, language());
        if (out == null) {
            spec.commandLine().getOut().print(report);
            spec.commandLine().getOut().flush();
        } else {
            write(out, report);
            spec.commandLine().getOut().println(say(Message.of("app.report-written", out.toAbsolutePath())));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    static Period evaluationPeriod(String value, Clock clock) {
        if (value == null) {
            return Period.year(LocalDate.now(clock).getYear() - 1);
        }
        return Period.parse(value).filter(p -> p.kind() != Period.Kind.DAY).orElseThrow(() -> new InvalidInput(
                Message.of("app.option.not-evaluation-period", value)));
    }

    /** Writes through a temporary file, so a reader never sees half a report. */
    static void write(Path file, String content) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), ".swa-", ".tmp");
        try {
            Files.writeString(tmp, content);
            Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
