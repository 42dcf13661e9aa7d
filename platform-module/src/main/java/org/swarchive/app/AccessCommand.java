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
import org.swarchive.access.AccessEntry;
import org.swarchive.access.AccessGrant;
import org.swarchive.access.AccessRequest;
import org.swarchive.access.Permission;
import org.swarchive.access.PermissionPlan;
import org.swarchive.access.Role;
import org.swarchive.archive.Category;
import org.swarchive.archive.Confidentiality;
import org.swarchive.i18n.Language;
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

/** {@code swa access}: who may read and add what (domain.md §7). */
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
            StringBuilder head = new StringBuilder(TableReport.pad(language() == Language.EN ? "Role" : "角色", 18));
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
            out.println(language() == Language.EN
                    ? "Evaluators read evidence only through an inspection window (swa inspect open); sensitive records never."
                    : "评估方只能在评估窗口期间查阅佐证（swa inspect open），敏感档案一律不提供。");
            out.println(language() == Language.EN
                    ? "Sensitive records (敏感档案 in each category): only the station head, archivists and social workers, as the plan gives them."
                    : "敏感档案（各门类下的“敏感档案”文件夹）：仅站长、档案管理员和社工按上表权限查阅。");
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
            boolean en = en();
            PrintWriter out = out();
            try (OpenStation s = openSwept(null)) {
                AlfrescoStore store = s.alfresco().orElseThrow();
                AccessPlanApplier.Outcome o = new AccessPlanApplier(store.client(), plan).apply(store.site(), dryRun);
                out.println((en ? "Permission plan → " : "权限方案 → ") + store.describe() + (dryRun ? (en ? " (dry run)" : "（预演）") : ""));
                for (String f : o.created()) {
                    out.println("  " + f + (en ? ": new folder, does not inherit" : "：新建文件夹，不继承权限"));
                }
                for (AlfrescoPermissions.Change c : o.folders()) {
                    if (c.changed()) {
                        out.println("  " + c.folder() + (en ? ": " : "：") + describe(c, en));
                    }
                }
                for (AccessPlanApplier.Move m : o.moves()) {
                    out.println("  " + (m.intoSensitive() ? (en ? "into sensitive: " : "移入敏感档案：") : (en ? "no longer sensitive, back: "
                            : "已非敏感，移回：")) + m.from() + " → " + m.to());
                }
                for (String id : o.leftAlone()) {
                    out.println("  " + (en ? "sensitive, left where it is (not in a category folder): " : "敏感档案不在门类文件夹中，未移动：") + id);
                }
                Set<String> nowSensitive = new LinkedHashSet<>();
                o.moves().stream().filter(AccessPlanApplier.Move::intoSensitive).forEach(m -> nowSensitive.add(m.node()));
                if (!dryRun && !nowSensitive.isEmpty()) {
                    int taken = new GrantSweep(s.station().state(), s.grants().orElseThrow()).withdraw(nowSensitive, clock.instant());
                    if (taken > 0) {
                        out.println(en ? "  evaluators' access to the records now sensitive taken back: " + taken
                                : "  已收回评估方对新移入敏感档案记录的授权：" + taken + " 项");
                    }
                }
                out.println(o.changes() == 0 ? (en ? "In place: nothing to change." : "已就绪，无需更改。")
                        : dryRun ? (en ? "Would change: " : "将更改：") + o.changes() + (en ? " (nothing written)" : "（未写入）")
                        : (en ? "Changes written and read back: " : "已写入并回读确认：") + o.changes());
                out.flush();
            }
            return 0;
        }

        private static String describe(AlfrescoPermissions.Change c, boolean en) {
            List<String> parts = new ArrayList<>();
            if (c.isolated()) {
                parts.add(en ? "stops inheriting" : "不再继承权限");
            }
            c.added().forEach(a -> parts.add("+ " + a.authority() + " " + a.role()));
            c.removed().forEach(a -> parts.add("− " + a.authority() + " " + a.role()));
            return String.join(en ? "; " : "；", parts);
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
            Role r = Role.fromId(role).orElseThrow(() -> new IllegalArgumentException("--role: 未知角色 / unknown role '" + role + "'"));
            try (OpenStation s = openSwept(null)) {
                Optional<Node> node = s.alfresco().map(a -> recordNode(a, record, r));
                AccessLedger ledger = new AccessLedger(s.station().state());
                AccessRequest q = ledger.request(as, r, record, purpose, clock.instant());
                // The node is named now, so an approval grants exactly what was asked for, wherever the record moves.
                node.ifPresent(n -> new AccessGrants(s.station().state()).save(AccessGrant.planned(AccessGrant.Source.REQUEST, q.id(), as,
                        READ, List.of(n.getId()), clock.instant())));
                out().println((language() == Language.EN ? "Access request filed: " : "已提交查阅申请：") + q.id());
                out().flush();
            }
            return 0;
        }
    }

    /**
     * The record a request names, only inside the station; an evaluator may never ask for a
     * sensitive one, approval or not (PIPL art. 28).
     */
    static Node recordNode(AlfrescoStore store, String record, Role role) {
        Node n = RecordNodes.resolve(store.client(), store.site(), record).orElseThrow(() -> new IllegalArgumentException(
                "--record: 本站没有档案“" + record + "” / the station holds no record '" + record + "'"));
        Object c = n.getProperties() instanceof Map<?, ?> m ? m.get(RecordProperty.CONFIDENTIALITY.key()) : null;
        if (role == Role.EVALUATOR && c != null && Confidentiality.fromId(String.valueOf(c)).orElse(Confidentiality.SENSITIVE)
                == Confidentiality.SENSITIVE) {
            throw new IllegalArgumentException("“" + record + "”含敏感个人信息，不向评估方提供 / '" + record
                    + "' holds sensitive personal information, which is never given to evaluators");
        }
        return n;
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
            boolean en = en();
            try (OpenStation s = openSwept(null)) {
                AccessLedger ledger = new AccessLedger(s.station().state());
                AccessGrants grants = new AccessGrants(s.station().state());
                if (s.alfresco().isPresent()) {
                    AccessRequest asked = ledger.requests().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow(() ->
                            new IllegalArgumentException("没有编号为 " + id + " 的查阅申请 / no access request '" + id + "'"));
                    // Checked again now: the record may have become sensitive since it was asked for.
                    Node n = recordNode(s.alfresco().get(), grants.find(AccessGrant.Source.REQUEST, id).flatMap(g -> g.candidates().stream()
                            .findFirst()).orElse(asked.record()), asked.role());
                    if (grants.find(AccessGrant.Source.REQUEST, id).isEmpty()) {
                        grants.save(AccessGrant.planned(AccessGrant.Source.REQUEST, id, asked.requester(), READ, List.of(n.getId()),
                                clock.instant()));
                    }
                }
                AccessRequest q = ledger.approve(id, as, clock.instant(), InspectCommand.instant(until, true, "--until"));
                out.println((en ? "Approved until " : "已批准，期限至 ") + q.approval().orElseThrow().until());
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
        @Option(names = "--format", paramLabel = "xlsx|html", defaultValue = "xlsx") String format;
        @Option(names = "--out", paramLabel = "FILE", required = true) Path out;
        @Option(names = "--local-only", description = "Alfresco: only the service's own register (packages, dashboard), not the audit trail.")
        boolean localOnly;

        Register(Workbench workbench, Clock clock) {
            super(workbench, clock);
        }

        @Override
        public Integer call() throws IOException {
            if (!List.of("xlsx", "html").contains(format)) {
                throw new IllegalArgumentException("--format: xlsx 或 html / xlsx or html, not '" + format + "'");
            }
            Instant start = InspectCommand.instant(from, false, "--from");
            Instant end = InspectCommand.instant(to, true, "--to");
            boolean en = en();
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
            var report = new AccessRegisterReport(language(), ZoneId.systemDefault());
            byte[] bytes = format.equals("xlsx") ? report.xlsx(entries) : report.html(entries, station);
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            out().println((en ? "Access register written (" : "查阅登记已写入（") + entries.size()
                    + (en ? " entries" : " 条") + (fromAudit > 0 ? (en ? ", " + fromAudit + " from Alfresco's audit trail" : "，其中 Alfresco 审计记录 "
                    + fromAudit + " 条") : "") + (en ? "): " : "）：") + target);
            out().flush();
            return 0;
        }
    }
}
