package org.swarchive.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.alfresco.core.model.Node;
import org.swarchive.access.AccessDecision;
import org.swarchive.access.AccessEntry;
import org.swarchive.access.AccessGrant;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.AccessRequest;
import org.swarchive.access.Permission;
import org.swarchive.access.PermissionPlan;
import org.swarchive.access.Role;
import org.swarchive.archive.Category;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.archive.RecordProperty;
import org.swarchive.inspect.AccessGrants;
import org.swarchive.inspect.AccessLedger;
import org.swarchive.inspect.AccessRegisterReport;
import org.swarchive.inspect.GrantSweep;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.library.PermissionPlanLoader;
import org.swarchive.report.TableReport;
import org.swarchive.store.alfresco.AccessPlanApplier;
import org.swarchive.store.alfresco.AlfrescoPermissions;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.alfresco.AuditRegister;
import org.swarchive.store.alfresco.RecordNodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swa access}: who may read and add what (docs/domain.md §7). */
@Command(name = "access", mixinStandardHelpOptions = true,
        description = {"权限方案与查阅控制。", "The permission plan and access control."})
final class AccessCommand {

    /** The role a request gives its requester on the record. */
    static final String READ = Permission.CONSUMER.alfrescoName();

    static PermissionPlan plan(Path file) {
        PermissionPlanLoader loader = new PermissionPlanLoader();
        return file == null ? loader.shipped() : loader.load(file);
    }

    /** {@code swa access show}: the role × category matrix. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"显示权限方案（角色 × 档案门类）。", "Print the permission plan (role × category)."})
    static final class Show implements Callable<Integer>, SwaCli.LanguageAware {

        @Option(names = "--plan", paramLabel = "FILE", description = "A station's own permission plan file.")
        Path plan;

        @Option(names = "--lang", paramLabel = "zh-CN|en", defaultValue = "zh-CN", converter = CommonOptions.LanguageConverter.class,
                description = "Language of the output (default zh-CN).")
        Language lang;

        @Spec
        CommandSpec spec;

        @Override
        public Language language() {
            return lang == null ? Language.ZH : lang;
        }

        @Override
        public Integer call() {
            PermissionPlan p = AccessCommand.plan(plan);
            PrintWriter out = spec.commandLine().getOut();
            StringBuilder head = new StringBuilder(TableReport.pad(Message.of("access.cli.role").in(language()), 18));
            for (Category c : Category.values()) {
                head.append(TableReport.pad(c.label().in(language()), 14));
            }
            out.println(head.toString().stripTrailing());
            for (Role r : Role.values()) {
                StringBuilder row = new StringBuilder(TableReport.pad(r.label().in(language()), 18));
                for (Category c : Category.values()) {
                    Permission perm = p.of(r, c);
                    row.append(TableReport.pad(perm == Permission.NONE ? "—" : perm.alfrescoName(), 14));
                }
                out.println(row.toString().stripTrailing());
            }
            out.println(Message.of("access.cli.show.evaluators").in(language()));
            out.println(Message.of("access.cli.show.sensitive").in(language()));
            out.flush();
            return 0;
        }
    }

    /** {@code swa access apply}: the plan onto the station's folders in Alfresco, sensitive records into their restricted folders. */
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = {"把权限方案应用到 Alfresco 中工作站的门类文件夹，敏感档案移入各门类的“敏感档案”文件夹（不继承权限）；回读并报告更改。",
                    "Apply the permission plan to the station's category folders in Alfresco and move sensitive records into each "
                            + "category's restricted 敏感档案 folder (inheritance off); reads back and reports what changed."})
    static final class Apply extends StationAccessCommand {
        @Option(names = "--permission-plan", paramLabel = "FILE", description = "A station's own permission plan. Default: the shipped plan.")
        Path permissionPlan;
        @Option(names = "--dry-run", description = "Only say what would change; write nothing.") boolean dryRun;

        Apply(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() {
            Workbench.alfrescoOnly(common.store, "swa access apply");
            PermissionPlan plan = AccessCommand.plan(permissionPlan);
            Language lang = language();
            PrintWriter out = out();
            try (OpenStation s = openSwept(null)) {
                AlfrescoStore store = s.alfresco().orElseThrow();
                AccessPlanApplier.Outcome o = new AccessPlanApplier(store.client(), plan).apply(store.site(), dryRun);
                out.println(Message.of(dryRun ? "access.cli.apply.head-dry-run" : "access.cli.apply.head", store.describe()).in(lang));
                for (String f : o.created()) {
                    out.println("  " + Message.of("access.cli.apply.created", f).in(lang));
                }
                for (AlfrescoPermissions.Change c : o.folders()) {
                    if (c.changed()) {
                        out.println("  " + Message.of("access.cli.apply.folder", c.folder(), describe(c, lang)).in(lang));
                    }
                }
                for (AccessPlanApplier.Move m : o.moves()) {
                    out.println("  " + Message.of(m.intoSensitive() ? "access.cli.apply.into-sensitive" : "access.cli.apply.out-of-sensitive",
                            m.from(), m.to()).in(lang));
                }
                for (String id : o.leftAlone()) {
                    out.println("  " + Message.of("access.cli.apply.left-alone", id).in(lang));
                }
                Set<String> nowSensitive = new LinkedHashSet<>();
                o.moves().stream().filter(AccessPlanApplier.Move::intoSensitive).forEach(m -> nowSensitive.add(m.node()));
                if (!dryRun && !nowSensitive.isEmpty()) {
                    int taken = new GrantSweep(s.station().state(), s.grants().orElseThrow()).withdraw(nowSensitive, clock.instant());
                    if (taken > 0) {
                        out.println("  " + Message.of("access.cli.apply.withdrawn", taken).in(lang));
                    }
                }
                out.println((o.changes() == 0 ? Message.of("access.cli.apply.in-place")
                        : Message.of(dryRun ? "access.cli.apply.would-change" : "access.cli.apply.changed", o.changes())).in(lang));
                out.flush();
            }
            return 0;
        }

        private static String describe(AlfrescoPermissions.Change c, Language lang) {
            List<String> parts = new ArrayList<>();
            if (c.isolated()) {
                parts.add(Message.of("access.cli.apply.isolated").in(lang));
            }
            c.added().forEach(a -> parts.add("+ " + a.authority() + " " + a.role()));
            c.removed().forEach(a -> parts.add("− " + a.authority() + " " + a.role()));
            return String.join(Message.of("access.cli.list-separator").in(lang), parts);
        }
    }

    /** {@code swa access request}: ask to read a restricted record, with a purpose. */
    @Command(name = "request", mixinStandardHelpOptions = true,
            description = {"申请查阅受限档案（须写明事由）。", "Ask to read a restricted record, with a purpose."})
    static final class Request extends StationAccessCommand {
        @Option(names = "--record", paramLabel = "ID", required = true,
                description = "The record: its path in the station (on Alfresco also its node id).") String record;
        @Option(names = "--purpose", required = true, description = "Why (事由).") String purpose;
        @Option(names = "--as", paramLabel = "NAME", required = true,
                description = "Who asks (on Alfresco: their user name, who is granted the read once approved).") String as;
        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "social-worker",
                description = "station-head, archivist, social-worker, finance-officer or evaluator.") String role;

        Request(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() {
            Role r = Role.fromId(role).orElseThrow(() -> new InvalidInput(Message.of("access.cli.unknown-role", role)));
            try (OpenStation s = openSwept(null)) {
                Optional<Node> node = s.alfresco().map(a -> recordNode(a, record, r));
                AccessLedger ledger = new AccessLedger(s.station().state());
                AccessRequest q = ledger.request(as, r, record, purpose, clock.instant());
                // The node is named now, so an approval grants exactly what was asked for, wherever the record moves.
                node.ifPresent(n -> new AccessGrants(s.station().state()).save(AccessGrant.planned(AccessGrant.Source.REQUEST, q.id(), as,
                        READ, List.of(n.getId()), clock.instant())));
                out().println(Message.of("access.cli.request.filed", q.id()).in(language()));
                out().flush();
            }
            return 0;
        }
    }

    /**
     * The record a request names, only inside the station, if the access policy lets the role ask
     * for it: an evaluator may never ask for a sensitive one, approval or not (PIPL art. 28).
     */
    static Node recordNode(AlfrescoStore store, String record, Role role) {
        Node n = RecordNodes.resolve(store.client(), store.site(), record).orElseThrow(() -> new InvalidInput(
                Message.of("access.cli.request.no-record", record)));
        Object c = n.getProperties() instanceof Map<?, ?> m ? m.get(RecordProperty.CONFIDENTIALITY.key()) : null;
        refuseUnlessAllowed(record, role, c == null ? null : String.valueOf(c));
        return n;
    }

    /** Refuses a request the access policy does not let the role make, for a record marked so ({@code swa:confidentiality}). */
    static void refuseUnlessAllowed(String record, Role role, String confidentiality) {
        AccessDecision asked = AccessPolicy.mayRequest(role, AccessPolicy.confidentiality(confidentiality));
        if (!asked.allowed()) {
            throw new InvalidInput(Message.of("access.cli.request.refused", record, asked.reason()));
        }
    }

    /** {@code swa access approve}: the station head grants a request for a period. */
    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"站长批准查阅申请，期限届满自动失效（Alfresco：授予申请人该档案的 Consumer 权限，到期收回）。",
                    "Approve an access request until a date; it then lapses by itself (Alfresco: the requester gets Consumer on the record, "
                            + "taken back at the end)."})
    static final class Approve extends StationAccessCommand {
        @Parameters(index = "0", paramLabel = "REQUEST") String id;
        @Option(names = "--until", paramLabel = "DATE", required = true, description = "The end (a date means the end of that day).") String until;
        @Option(names = "--as", paramLabel = "NAME", required = true, description = "The approving station head.") String as;

        Approve(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() {
            PrintWriter out = out();
            try (OpenStation s = openSwept(null)) {
                AccessLedger ledger = new AccessLedger(s.station().state());
                AccessGrants grants = new AccessGrants(s.station().state());
                if (s.alfresco().isPresent()) {
                    AccessRequest asked = ledger.request(id);
                    // Checked again now: the record may have become sensitive since it was asked for.
                    Node n = recordNode(s.alfresco().get(), grants.find(AccessGrant.Source.REQUEST, id).flatMap(g -> g.candidates().stream()
                            .findFirst()).orElse(asked.record()), asked.role());
                    if (grants.find(AccessGrant.Source.REQUEST, id).isEmpty()) {
                        grants.save(AccessGrant.planned(AccessGrant.Source.REQUEST, id, asked.requester(), READ, List.of(n.getId()),
                                clock.instant()));
                    }
                }
                AccessRequest q = ledger.approve(id, as, clock.instant(), InspectCommand.instant(until, true, "--until"));
                out.println(Message.of("access.cli.approve.done", q.approval().orElseThrow().until().toString()).in(language()));
                AccessSweeps.report(s.station().id(), AccessSweeps.sweep(s, clock), out, language());
                out.flush();
            }
            return 0;
        }
    }

    /** {@code swa access register}: the access register for a period, as XLSX or HTML. */
    @Command(name = "register", mixinStandardHelpOptions = true,
            description = {"导出查阅登记（XLSX 或 HTML；Alfresco：含仓库审计记录中的查阅）。",
                    "Export the access register (XLSX or HTML; on Alfresco with the reads from the repository's audit trail)."})
    static final class Register extends StationAccessCommand {
        @Option(names = "--from", paramLabel = "DATE", required = true) String from;
        @Option(names = "--to", paramLabel = "DATE", required = true, description = "Inclusive: the whole day counts.") String to;
        @Option(names = "--format", paramLabel = "xlsx|html|json", defaultValue = "xlsx",
                description = "xlsx or html (a file, --out), or json for scripts (standard output unless --out). Default: ${DEFAULT-VALUE}.")
        String format;
        @Option(names = "--out", paramLabel = "FILE", description = "The file to write (needed for xlsx and html).") Path out;
        @Option(names = "--local-only", description = "Alfresco: only the service's own register (packages, dashboard), not the audit trail.")
        boolean localOnly;

        Register(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() throws IOException {
            if (!List.of("xlsx", "html", "json").contains(format)) {
                throw new InvalidInput(Message.of("access.cli.register.format", format));
            }
            if (out == null && !format.equals("json")) {
                throw new InvalidInput(Message.of("access.cli.register.out-needed", format));
            }
            Instant start = InspectCommand.instant(from, false, "--from");
            Instant end = InspectCommand.instant(to, true, "--to");
            List<AccessEntry> entries;
            int fromAudit = 0;
            String station;
            try (OpenStation s = openSwept(null)) {
                station = s.station().id();
                entries = new ArrayList<>(new AccessLedger(s.station().state()).entries(start, end));
                if (s.alfresco().isPresent() && !localOnly) {
                    AlfrescoStore a = s.alfresco().get();
                    Map<String, String> requestNodes = new LinkedHashMap<>();
                    new AccessGrants(s.station().state()).all().stream().filter(g -> g.source() == AccessGrant.Source.REQUEST)
                            .forEach(g -> g.candidates().stream().findFirst().ifPresent(n -> requestNodes.put(g.sourceId(), n)));
                    List<AccessEntry> audited = new AuditRegister(a.client(), a.site()).entries(start, end,
                            new AccessLedger(s.station().state()).requests(), requestNodes, new InspectionWindowStore(s.station().state()).all());
                    fromAudit = audited.size();
                    entries.addAll(audited);
                }
            }
            entries.sort(Comparator.comparing(AccessEntry::at));
            if (format.equals("json")) {
                String doc = JsonOut.write(json(station, from, to, entries));
                if (out == null) {
                    out().print(doc);
                    out().flush();
                    return 0;
                }
                Path target = out.toAbsolutePath();
                Files.createDirectories(target.getParent());
                Files.writeString(target, doc, java.nio.charset.StandardCharsets.UTF_8);
                out().println(Message.of("access.cli.register.written", entries.size(), target.toString()).in(language()));
                out().flush();
                return 0;
            }
            var report = new AccessRegisterReport(language(), ZoneId.systemDefault());
            byte[] bytes = format.equals("xlsx") ? report.xlsx(entries) : report.html(entries, station);
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            out().println((fromAudit > 0 ? Message.of("access.cli.register.written-with-audit", entries.size(), fromAudit, target.toString())
                    : Message.of("access.cli.register.written", entries.size(), target.toString())).in(language()));
            out().flush();
            return 0;
        }

        /** The register for scripts: {@code {"station", "from", "to", "total", "entries": [...]}}, one entry a read. */
        private java.util.Map<String, Object> json(String station, String from, String to, List<AccessEntry> entries) {
            java.util.Map<String, Object> doc = JsonOut.object();
            doc.put("station", station);
            doc.put("from", from);
            doc.put("to", to);
            doc.put("total", entries.size());
            doc.put("entries", entries.stream().map(e -> {
                java.util.Map<String, Object> m = JsonOut.object();
                m.put("at", JsonOut.text(e.at()));
                m.put("reader", e.reader());
                m.put("unit", e.unit());
                m.put("archiveCode", e.archiveCode());
                m.put("title", e.title());
                m.put("purpose", e.purpose());
                m.put("mode", e.mode() == null ? null : e.mode().name().toLowerCase(java.util.Locale.ROOT));
                m.put("approvedBy", e.approvedBy());
                m.put("until", JsonOut.text(e.until()));
                return m;
            }).toList());
            return doc;
        }
    }
}
