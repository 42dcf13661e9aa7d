package org.swarchive.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.swarchive.archive.disposition.Appraisal;
import org.swarchive.archive.disposition.AppraisedRecord;
import org.swarchive.archive.disposition.DispositionStatus;
import org.swarchive.archive.disposition.Series;
import org.swarchive.disposition.RetentionService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code swa retention due | apply}: when records may go, and writing that into their metadata. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = {"保管期限：列出到期档案，写入销毁日期与状态。", "Retention: list what is due, write disposition dates and statuses."})
final class RetentionCommand {

    static CommandLine create(Workbench workbench, Clock clock) {
        return DispositionCommand.group(new RetentionCommand(), new Due(workbench, clock), new Apply(workbench, clock));
    }

    /** Options both subcommands take. */
    static final class AppraisalOptions {
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge as of this date. Default: today.")
        LocalDate asOf;

        @Option(names = "--schedule", paramLabel = "FILE",
                description = "A station retention schedule (default: the station's " + DispositionCommand.STATION_SCHEDULE
                        + " if present, else the national default).")
        Path schedule;
    }

    @Command(name = "due", mixinStandardHelpOptions = true,
            description = {"列出保管期满的档案，按系列（门类·年度-保管期限）分组，并说明每件能否销毁及原因。",
                    "List records whose retention has run out, grouped by series, with the reason each may or may not go."})
    static final class Due extends DispositionCommand {

        @CommandLine.Mixin
        AppraisalOptions options;

        Due(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            RetentionService retention = retention(options.schedule);
            LocalDate asOf = options.asOf != null ? options.asOf : today();
            Appraisal a = retention.appraise(asOf);
            out.println(t("保管期限到期清单（截至 " + asOf + "）", "Records due for disposal as of " + asOf));
            out.println(t("档案库：", "Store: ") + retention.records().describe() + t("；保管期限表：", "; schedule: ") + a.schedule());
            out.println(counts(a));
            List<Series> due = a.due();
            if (due.isEmpty()) {
                out.println();
                out.println(t("没有保管期满的档案。", "Nothing is due."));
                return 0;
            }
            for (Series s : due) {
                out.println();
                out.println(t(s.label()) + "  [" + s.code() + "]  " + t(s.records().size() + " 件", s.records().size() + " records"));
                for (AppraisedRecord r : s.records()) {
                    out.println("  " + (r.status() == DispositionStatus.DUE ? "✓ " : "✗ ") + r.archiveCode().orElse(r.id())
                            + "  " + r.title() + "  [" + t(r.status().label()) + "]");
                    out.println("      " + t(r.reason()));
                }
            }
            int may = a.disposable().size();
            out.println();
            out.println(may == 0 ? t("目前没有可提请销毁的档案。", "Nothing may be proposed now.")
                    : t("可提请销毁 " + may + " 件：swa disposal propose --by 姓名", may + " may be proposed: swa disposal propose --by NAME"));
            return 0;
        }

        private String counts(Appraisal a) {
            Map<DispositionStatus, Integer> c = a.counts();
            String parts = Arrays.stream(DispositionStatus.values()).filter(c::containsKey)
                    .map(s -> t(s.label()) + " " + c.get(s)).collect(Collectors.joining(" · "));
            return t("档案 " + a.records().size() + " 件：", a.records().size() + " records: ") + parts;
        }
    }

    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"把销毁日期（swa:dispositionDate）与状态（swa:dispositionStatus）写入每件档案的元数据。",
                    "Write swa:dispositionDate and swa:dispositionStatus into every record's metadata."})
    static final class Apply extends DispositionCommand {

        @CommandLine.Mixin
        AppraisalOptions options;

        Apply(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            RetentionService retention = retention(options.schedule);
            RetentionService.Applied applied = retention.apply(options.asOf != null ? options.asOf : today());
            out.println(t("已更新 " + applied.changed() + " 件档案的销毁日期与状态（共 " + applied.appraisal().records().size() + " 件）。",
                    "Updated the disposition date and status of " + applied.changed() + " of "
                            + applied.appraisal().records().size() + " records."));
            return 0;
        }
    }
}
