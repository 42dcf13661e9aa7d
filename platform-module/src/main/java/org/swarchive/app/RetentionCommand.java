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

        @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
                description = "Output format: table, or json for scripts. Default: ${DEFAULT-VALUE}.")
        ListFormat format;

        Due(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        int run(PrintWriter out) {
            RetentionService retention = retention(options.schedule);
            LocalDate asOf = options.asOf != null ? options.asOf : today();
            Appraisal a = retention.appraise(asOf);
            if (format == ListFormat.JSON) {
                out.print(json(a, asOf, retention.records().describe()));
                return 0;
            }
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

        /** The same as JSON: {asOf, store, schedule, counts, series: [{code, label, records: [...]}], disposable}. */
        private String json(Appraisal a, LocalDate asOf, String store) {
            Map<String, Object> doc = new java.util.LinkedHashMap<>();
            doc.put("asOf", asOf.toString());
            doc.put("store", store);
            doc.put("schedule", String.valueOf(a.schedule()));
            Map<String, Integer> counts = new java.util.LinkedHashMap<>();
            a.counts().forEach((status, n) -> counts.put(status.id(), n));
            doc.put("counts", counts);
            doc.put("series", a.due().stream().map(s -> {
                Map<String, Object> series = new java.util.LinkedHashMap<>();
                series.put("code", s.code());
                series.put("label", say(s.label()));
                series.put("records", s.records().stream().map(r -> {
                    Map<String, Object> m = new java.util.LinkedHashMap<>();
                    m.put("id", r.id());
                    m.put("archiveCode", r.archiveCode().orElse(null));
                    m.put("title", r.title());
                    m.put("status", r.status().id());
                    m.put("reason", say(r.reason()));
                    return m;
                }).toList());
                return series;
            }).toList());
            doc.put("disposable", a.disposable().size());
            return JsonOut.write(doc);
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
