package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.classify.InboxFiling;
import org.swarchive.filing.ArchiveFiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code swa file}: reads every document in the inbox and files it, or queues it for review. */
@Command(name = "file", mixinStandardHelpOptions = true,
        description = {"读取收件箱中的文件（含 zip 压缩包内的文件），按归档规则分类、编档号并归档；没有把握的放入待审队列。",
                "Read every document in the inbox (and in zips there), classify, number and file it; unsure ones go to the review queue."})
final class FileCommand implements Callable<Integer>, SwaCli.LanguageAware {

    private final Workbench workbench;
    private final Clock clock;

    @Mixin
    CommonOptions common;

    @Mixin
    FilingOptions filing;

    @Spec
    CommandSpec spec;

    FileCommand(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    @Override
    public Language language() {
        return CommonOptions.languageOf(common);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Encoding.warnIfFileNamesAreNotUtf8(spec.commandLine().getErr());
        DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
        long maxBytes = filing.maxBytes(language());
        try (ArchiveFiler filer = workbench.inboxFiler(common.store, catalogue, filing.inbox, maxBytes)) {
            String fonds = filing.fonds(filer, language());
            InboxFiling run = workbench.inboxFiling(filer, common.store, catalogue, maxBytes, filing.minConfidence, fonds, clock);
            FilingReport report = new FilingReport(out, language());
            report.start(filer.describe(), filing.inbox);
            InboxFiling.Summary summary = run.run(report::event, TerminalProgress.on(spec.commandLine().getErr(), language()));
            report.summary(summary);
            return 0;
        }
    }
}
