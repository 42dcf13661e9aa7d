package org.swarchive.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.alfresco.core.model.Node;
import org.swarchive.access.AccessGrant;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Framework;
import org.swarchive.inspect.AccessGrants;
import org.swarchive.inspect.AccessLedger;
import org.swarchive.inspect.InspectionAccess;
import org.swarchive.inspect.InspectionPackage;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.inspect.ScannedStation;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.evidence.assessment.EvaluatorEntry;
import org.swarchive.evidence.assessment.ScoreSheet;
import org.swarchive.evidence.assessment.Verdict;
import org.swarchive.evidence.assessment.Worksheet;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.report.ScoreSheetReport;
import org.swarchive.library.PermissionPlanLoader;
import org.swarchive.store.alfresco.AlfrescoPermissions;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.RecordNodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code swa inspect}: inspection windows for evaluators, and the inspection package. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"评估窗口与评估资料包。", "Inspection windows and the inspection package."})
final class InspectCommand {

    /** What a window grants its evaluator group in Alfresco: read. */
    static final String READ = AccessCommand.READ;

    /** {@code YYYY-MM-DD} (start of that day; for an end, the end of that day) or {@code YYYY-MM-DDTHH:MM}. */
    static Instant instant(String value, boolean end, String option) {
        try {
            if (value.length() == 10) {
                LocalDate d = LocalDate.parse(value);
                return (end ? d.plusDays(1) : d).atStartOfDay(ZoneId.systemDefault()).toInstant();
            }
            return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(Message.of("inspect.cli.bad-date", option, value));
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            description = {"为评估组开放评估窗口：窗口期内可查阅本站佐证（Alfresco：授予评估组评估佐证目录和每件佐证的 Consumer 权限，敏感档案除外），到期自动收回。",
                    "Open an inspection window: the evaluator group reads the station's evidence until it ends (Alfresco: Consumer on the "
                            + "evidence tree and on each evidence record, never a sensitive one, taken back at the end)."})
    static final class Open extends StationAccessCommand {
        @Option(names = "--station", paramLabel = "CODE", description = "Station code (default: the folder's name, or the site's id).") String station;
        @Option(names = "--evaluators", paramLabel = "GROUP", required = true,
                description = "The evaluator group (in Alfresco the group GROUP_<name>).") String group;
        @Option(names = "--from", paramLabel = "DATE", description = "Start (default: now).") String from;
        @Option(names = "--until", paramLabel = "DATE", required = true, description = "End (a date means the end of that day).") String until;
        @Option(names = "--as", paramLabel = "NAME", description = "Who opens it (default: the login name).") String as;
        @Option(names = "--evaluator", paramLabel = "NAME",
                description = "An evaluator who may score in this window (repeat for each; none: any member of the group).")
        java.util.List<String> evaluators = new java.util.ArrayList<>();
        @Mixin EvaluationOptions evaluation;
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Alfresco: the check's as-of date for the evidence (default: today).")
        LocalDate asOf;

        Open(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() {
            Instant start = from == null ? clock.instant() : instant(from, false, "--from");
            Instant end = instant(until, true, "--until");
            InspectionWindow.check(group, start, end);
            DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
            PrintWriter out = out();
            Language lang = language();
            try (OpenStation s = openSwept(station)) {
                String opener = as != null ? as : System.getProperty("user.name", "");
                // In Alfresco the evidence is chosen before the window is written: a window is never left half-made.
                Optional<InspectionAccess.Selection> selection = s.alfresco().map(a -> select(a, s.station().id(), start, end, catalogue));
                InspectionWindow w = new InspectionWindowStore(s.station().state()).open(s.station().id(), group, start, end, opener);
                if (!evaluators.isEmpty()) {
                    new WorksheetStore(s.station().state()).setEvaluators(w.id(), evaluators.stream().map(String::strip).distinct().toList());
                }
                out.println(Message.of("inspect.cli.opened", w.id(), w.evaluatorGroup(), w.from().toString(), w.until().toString()).in(lang));
                if (selection.isPresent()) {
                    InspectionAccess.Selection sel = selection.get();
                    new AccessGrants(s.station().state()).save(AccessGrant.planned(AccessGrant.Source.WINDOW, w.id(),
                            AlfrescoPermissions.group(group), READ, sel.nodes(), clock.instant()));
                    out.println("  " + Message.of("inspect.cli.selected", sel.records().size(), sel.withheld().size()).in(lang));
                    AccessSweeps.report(s.station().id(), AccessSweeps.sweep(s, clock), out, language());
                    if (start.isAfter(clock.instant())) {
                        out.println("  " + Message.of("inspect.cli.granted-at-start").in(lang));
                    }
                }
                out.flush();
            }
            return 0;
        }

        private InspectionAccess.Selection select(AlfrescoStore a, String stationId, Instant start, Instant end, DocTypeCatalogue catalogue) {
            Framework fw = workbench.framework(evaluation.framework, catalogue);
            ScannedStation scan = ScannedStation.of(a);
            CheckResult result = scan.check(workbench.stationCheck(), fw, CheckCommand.evaluationPeriod(evaluation.period, clock),
                    asOf != null ? asOf : LocalDate.now(clock));
            Node stationNode = a.station();
            RecordNodes nodes = RecordNodes.of(a.client(), stationNode);
            Map<String, String> nodeOf = new LinkedHashMap<>();
            nodes.all().forEach(r -> nodeOf.put(r.id(), r.node()));
            Set<String> restricted = nodes.all().filter(RecordNodes.RecordNode::inSensitiveFolder).map(RecordNodes.RecordNode::node)
                    .collect(Collectors.toSet());
            InspectionWindow pending = new InspectionWindow("pending", stationId, group, start, end, Optional.empty(), "");
            return new InspectionAccess(new AccessPolicy(new PermissionPlanLoader().shipped())).select(pending, result, scan.records(),
                    nodeOf, restricted, RecordNodes.linkedIntoEvidence(a.client(), stationNode),
                    RecordNodes.evidenceTree(a.client(), stationNode).map(Node::getId).orElse(null));
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true,
            description = {"提前结束评估窗口（Alfresco：立即收回授权）。", "End an inspection window early (Alfresco: its access is taken back now)."})
    static final class Close extends StationAccessCommand {
        @Parameters(index = "0", paramLabel = "ID") String id;

        Close(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() {
            PrintWriter out = out();
            try (OpenStation s = open(null)) {
                InspectionWindow w = new InspectionWindowStore(s.station().state()).close(id, clock.instant());
                out.println(Message.of("inspect.cli.closed", w.id(), w.effectiveEnd().toString()).in(language()));
                // Not the lenient sweep: taking the access back is what closing is for, so a failure fails the command.
                AccessSweeps.report(s.station().id(), AccessSweeps.sweep(s, clock), out, language());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"列出评估窗口。", "List inspection windows."})
    static final class ListWindows extends StationAccessCommand {

        @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
                description = "Output format: table, or json for scripts. Default: ${DEFAULT-VALUE}.")
        ListFormat format;

        ListWindows(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() {
            Language lang = language();
            PrintWriter out = out();
            try (OpenStation s = openSwept(null)) {
                Instant now = clock.instant();
                AccessGrants grants = new AccessGrants(s.station().state());
                if (format == ListFormat.JSON) {
                    out.print(JsonOut.write(java.util.Map.of("windows", new InspectionWindowStore(s.station().state()).all().stream()
                            .map(w -> json(w, now, grants)).toList())));
                    out.flush();
                    return 0;
                }
                for (InspectionWindow w : new InspectionWindowStore(s.station().state()).all()) {
                    String state = Message.of(w.isOpenAt(now) ? "inspect.cli.list.open" : w.isOverAt(now) ? "inspect.cli.list.ended"
                            : "inspect.cli.list.planned").in(lang);
                    String granted = grants.find(AccessGrant.Source.WINDOW, w.id()).map(g -> "  " + grantState(g).in(lang)).orElse("");
                    out.println(w.id() + "  " + state + "  " + w.station() + "  " + w.evaluatorGroup() + "  " + w.from() + " → "
                            + w.effectiveEnd() + granted);
                }
                out.flush();
            }
            return 0;
        }

        /** A window for scripts: id, state (open, ended, planned), station, evaluator group, from, until, grant. */
        private static java.util.Map<String, Object> json(InspectionWindow w, Instant now, AccessGrants grants) {
            java.util.Map<String, Object> m = JsonOut.object();
            m.put("id", w.id());
            m.put("state", w.isOpenAt(now) ? "open" : w.isOverAt(now) ? "ended" : "planned");
            m.put("station", w.station());
            m.put("evaluatorGroup", w.evaluatorGroup());
            m.put("from", JsonOut.text(w.from()));
            m.put("until", JsonOut.text(w.effectiveEnd()));
            m.put("grant", grants.find(AccessGrant.Source.WINDOW, w.id()).map(g -> g.state().name().toLowerCase(java.util.Locale.ROOT))
                    .orElse(null));
            return m;
        }

        private static Message grantState(AccessGrant g) {
            return switch (g.state()) {
                case PLANNED -> Message.of("inspect.cli.grant.planned");
                case GRANTING -> Message.of("inspect.cli.grant.granting");
                case GRANTED -> Message.of("inspect.cli.grant.granted", g.added().size());
                case REVOKED -> Message.of("inspect.cli.grant.revoked");
            };
        }
    }

    @Command(name = "package", mixinStandardHelpOptions = true,
            description = {"导出评估资料包（ZIP：按指标的 index.html、佐证文件、SHA-256 清单、XLSX 核对表；不含敏感档案）。",
                    "Export the inspection package (ZIP: index.html by indicator, evidence files, SHA-256 manifest, XLSX checklist; "
                            + "sensitive records withheld)."})
    static final class Package extends StationAccessCommand {
        @Option(names = "--station", paramLabel = "CODE", description = "Station code (default: the folder's name, or the site's id).") String station;
        @Option(names = "--framework", paramLabel = "ID|FILE", defaultValue = "station-star") String framework;
        @Option(names = "--period", paramLabel = "YYYY") String period;
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD") LocalDate asOf;
        @Option(names = "--out", paramLabel = "FILE.zip", required = true) Path out;
        @Option(names = "--as", paramLabel = "NAME", description = "Who takes the package (for the access register).") String as;
        @Option(names = "--unit", paramLabel = "UNIT", description = "Their unit, e.g. the assessing firm.") String unit;

        Package(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() throws IOException {
            DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
            Framework fw = workbench.framework(framework, catalogue);
            PrintWriter w = out();
            InspectionPackage.Contents c;
            try (OpenStation s = openSwept(station)) {
                ScannedStation scan = ScannedStation.of(s.station().archive());
                CheckResult result = scan.check(workbench.stationCheck(), fw, CheckCommand.evaluationPeriod(period, clock),
                        asOf != null ? asOf : LocalDate.now(clock));
                c = new InspectionPackage(catalogue).write(s.station().files(), s.station().id(), result, scan.records(), language(), out,
                        TerminalProgress.on(spec.commandLine().getErr(), language()));
                new AccessLedger(s.station().state()).recordDownloads(c, scan.records(), as != null ? as : System.getProperty("user.name", ""),
                        unit == null ? "" : unit, clock.instant());
            }
            w.println(Message.of("inspect.cli.package.written", c.zip().toString()).in(language()));
            w.println("  " + (c.refused().isEmpty() ? Message.of("inspect.cli.package.files", c.files().size(), c.withheld().size())
                    : Message.of("inspect.cli.package.files-refused", c.files().size(), c.withheld().size(), c.refused().size())).in(language()));
            w.flush();
            return 0;
        }
    }

    /** Options the scoring commands share: the window's framework and period, the check's date. */
    abstract static class Scoring extends StationAccessCommand {
        @Mixin EvaluationOptions evaluation;
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The readiness check's as-of date (default: today).")
        LocalDate asOf;

        Scoring(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        CheckResult check(OpenStation s, Framework fw) {
            return workbench.stationCheck().run(s.station().archive(), fw, CheckCommand.evaluationPeriod(evaluation.period, clock),
                    asOf != null ? asOf : LocalDate.now(clock));
        }

        /** The sheet of a window now; filed into the archive when every evaluator who scored has submitted. */
        ScoreSheet sheet(OpenStation s, WorksheetStore store, String window, CheckResult result) {
            return ScoreSheet.of(s.station().id(), result.assessment(), store.window(window), store.load(window));
        }
    }

    @Command(name = "verdict", mixinStandardHelpOptions = true,
            description = {"评估人对末级指标评分：判定、得分（0…分值；不填则按准备度得分）、意见。须在评估窗口开放期间、提交之前。",
                    "An evaluator scores a leaf indicator: verdict, points (0…weight; omitted: the readiness-based points stand) and a "
                            + "comment, while the window is open and until they submit."})
    static final class VerdictCommand extends Scoring {
        @Parameters(index = "0", paramLabel = "WINDOW") String window;
        @Parameters(index = "1", paramLabel = "INDICATOR") String indicator;
        @Option(names = "--verdict", required = true, paramLabel = "met|partly|not-met|na") String verdict;
        @Option(names = "--points", paramLabel = "N", description = "Points awarded, 0…the indicator's weight.") String points;
        @Option(names = "--comment", paramLabel = "TEXT", defaultValue = "") String comment;
        @Option(names = "--as", paramLabel = "NAME", required = true, description = "The evaluator.") String as;

        VerdictCommand(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() {
            Language lang = language();
            Verdict v = Verdict.parse(verdict);
            Optional<java.math.BigDecimal> given = EvaluatorEntry.points(points);
            DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
            Framework fw = workbench.framework(evaluation.framework, catalogue);
            PrintWriter out = out();
            try (OpenStation s = open(null)) {
                WorksheetStore store = new WorksheetStore(s.station().state());
                EvaluatorEntry kept = store.record(window, new EvaluatorEntry(indicator, v, given, comment, as, clock.instant()), fw);
                out.println(Message.of("inspect.cli.verdict.recorded", kept.indicator(), kept.verdict(), kept.author(), kept.at().toString())
                        .in(lang));
                IndicatorResult computed = check(s, fw).assessment().indicator(kept.indicator()).orElseThrow();
                String proposed = computed.points().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
                String weight = computed.indicator().weight().stripTrailingZeros().toPlainString();
                out.println("  " + (kept.points().isPresent()
                        ? Message.of("inspect.cli.verdict.points", kept.points().get().toPlainString(), weight, proposed)
                        : Message.of("inspect.cli.verdict.proposed", proposed, weight)).in(lang));
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "submit", mixinStandardHelpOptions = true,
            description = {"评估人提交评分（之后不能再改）。所有评过分的评估人都提交后，评分表作为评估报告（evaluation-report）归档并编档号。",
                    "An evaluator submits their scores (final). Once everyone who scored has submitted, the score sheet is filed as an "
                            + "evaluation-report record with its archive code."})
    static final class Submit extends Scoring {
        @Parameters(index = "0", paramLabel = "WINDOW") String window;
        @Option(names = "--as", paramLabel = "NAME", required = true, description = "The evaluator.") String as;

        Submit(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() {
            Language lang = language();
            DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
            Framework fw = workbench.framework(evaluation.framework, catalogue);
            PrintWriter out = out();
            try (OpenStation s = open(null)) {
                WorksheetStore store = new WorksheetStore(s.station().state());
                Worksheet after = store.submit(window, as, clock.instant());
                out.println(Message.of("inspect.cli.submit.done", as, window).in(lang));
                if (!after.complete()) {
                    java.util.List<String> waiting = after.names().stream().filter(n -> !after.hasSubmitted(n)).toList();
                    out.println("  " + Message.of("inspect.cli.submit.waiting", String.join("、", waiting)).in(lang));
                } else {
                    SubmittedSheets.Result done = new SubmittedSheets(workbench, catalogue, fw,
                            CheckCommand.evaluationPeriod(evaluation.period, clock), clock)
                            .file(s.station(), window, asOf != null ? asOf : LocalDate.now(clock), lang);
                    ScoreSheet sheet = done.sheet();
                    WorksheetStore.Filed filed = done.filed();
                    out.println("  " + Message.of("inspect.cli.submit.filed", sheet.total().toPlainString(),
                            sheet.grade().map(g -> g.label().in(lang)).orElse("—"), filed.record(),
                            filed.archiveCode().isEmpty() ? "—" : filed.archiveCode()).in(lang));
                }
                out.flush();
            }
            return 0;
        }
    }

    /** The formats of a score sheet. */
    enum SheetFormat { XLSX, HTML, JSON }

    @Command(name = "scoresheet", mixinStandardHelpOptions = true,
            description = {"评分表：评估体系的每一级指标、分值、准备度得分、评定得分、判定、意见、评估人，各级小计、总分、等级。",
                    "The score sheet: every level of the framework, weight, computed and awarded points, verdict, comment, evaluator, "
                            + "subtotals, total and grade."})
    static final class Scoresheet extends Scoring {
        @Parameters(index = "0", paramLabel = "WINDOW") String window;
        @Option(names = "--format", paramLabel = "xlsx|html|json", defaultValue = "json",
                converter = SheetFormatConverter.class) SheetFormat format;
        @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (xlsx: required; else the terminal).") Path file;

        Scoresheet(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() throws IOException {
            Language lang = language();
            if (format == SheetFormat.XLSX && file == null) {
                throw new InvalidInput(Message.of("inspect.cli.scoresheet.xlsx-needs-out"));
            }
            DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
            Framework fw = workbench.framework(evaluation.framework, catalogue);
            PrintWriter out = out();
            ScoreSheet sheet;
            try (OpenStation s = open(null)) {
                WorksheetStore store = new WorksheetStore(s.station().state());
                store.window(window);
                sheet = sheet(s, store, window, check(s, fw));
            }
            ScoreSheetReport report = new ScoreSheetReport(clock.getZone());
            if (format == SheetFormat.XLSX) {
                writeBytes(file, report.xlsx(sheet, lang));
            } else {
                String text = format == SheetFormat.JSON ? report.json(sheet, lang) : report.html(sheet, lang);
                if (file == null) {
                    out.print(text);
                    out.flush();
                    return 0;
                }
                CheckCommand.write(file, text);
            }
            out.println(Message.of("inspect.cli.scoresheet.written", file.toString(), sheet.total().toPlainString(),
                    sheet.grade().map(g -> g.label().in(lang)).orElse("—")).in(lang));
            out.flush();
            return 0;
        }

        private static void writeBytes(Path file, byte[] content) throws IOException {
            Path abs = file.toAbsolutePath();
            java.nio.file.Files.createDirectories(abs.getParent());
            Path tmp = java.nio.file.Files.createTempFile(abs.getParent(), ".swa-", ".tmp");
            try {
                java.nio.file.Files.write(tmp, content);
                java.nio.file.Files.move(tmp, abs, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        }
    }

    /** {@code xlsx}, {@code html}, {@code json}; anything else is a usage error naming them. */
    static final class SheetFormatConverter implements picocli.CommandLine.ITypeConverter<SheetFormat> {
        @Override
        public SheetFormat convert(String value) {
            try {
                return SheetFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("xlsx, html, json: " + value);
            }
        }
    }
}
