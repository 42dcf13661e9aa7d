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
import org.swarchive.i18n.Message;
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
            out.println(say(Message.of("app.retention.due.title", asOf)));
            out.println(say(Message.of("app.retention.due.store", retention.records().describe(), a.schedule())));
            out.println(counts(a));
            List<Series> due = a.due();
            if (due.isEmpty()) {
                out.println();
                out.println(say(Message.of("app.retention.due.nothing")));
                return 0;
            }
            for (Series s : due) {
                out.println();
                out.println(say(s.label()) + "  [" + s.code() + "]  " + say(Message.of("app.records", s.records().size())));
                for (AppraisedRecord r : s.records()) {
                    out.println("  " + (r.status() == DispositionStatus.DUE ? "✓ " : "✗ ") + r.archiveCode().orElse(r.id())
                            + "  " + r.title() + "  [" + say(r.status().label()) + "]");
                    out.println("      " + say(r.reason()));
                }
            }
            int may = a.disposable().size();
            out.println();
            out.println(say(may == 0 ? Message.of("app.retention.due.none-may") : Message.of("app.retention.due.may", may)));
            return 0;
        }

        private String counts(Appraisal a) {
            Map<DispositionStatus, Integer> c = a.counts();
            String parts = Arrays.stream(DispositionStatus.values()).filter(c::containsKey)
                    .map(s -> say(s.label()) + " " + c.get(s)).collect(Collectors.joining(" · "));
            return say(Message.of("app.retention.due.counts", a.records().size(), parts));
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
            out.println(say(Message.of("app.retention.applied", applied.changed(), applied.appraisal().records().size())));
            return 0;
        }
    }
}
