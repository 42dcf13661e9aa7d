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
                c = new InspectionPackage(catalogue).write(s.station().files(), s.station().id(), result, scan.records(), language(), out);
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
}
