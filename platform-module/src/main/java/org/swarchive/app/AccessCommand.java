package org.swarchive.app;

import org.swarchive.store.folder.FolderState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.swarchive.access.Permission;
import org.swarchive.access.PermissionPlan;
import org.swarchive.access.Role;
import org.swarchive.archive.Category;
import org.swarchive.archive.LocalizedText.Language;
import org.swarchive.inspect.AccessLedger;
import org.swarchive.inspect.AccessRegisterReport;
import org.swarchive.library.PermissionPlanLoader;
import org.swarchive.report.TableReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swa access}: who may read and add what (domain.md §7). */
@Command(name = "access", mixinStandardHelpOptions = true,
        description = {"权限方案与查阅控制。", "The permission plan and access control."})
final class AccessCommand {

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
            PermissionPlanLoader loader = new PermissionPlanLoader();
            PermissionPlan p = plan == null ? loader.shipped() : loader.load(plan);
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
            out.flush();
            return 0;
        }
    }

    /** {@code swa access request}: ask to read a restricted record, with a purpose. */
    @Command(name = "request", mixinStandardHelpOptions = true,
            description = {"申请查阅受限档案（须写明事由）。", "Ask to read a restricted record, with a purpose."})
    static final class Request implements Callable<Integer>, SwaCli.LanguageAware {
        private final Clock clock;
        @Mixin CommonOptions common;
        @Option(names = "--record", paramLabel = "ID", required = true, description = "The record (its path in the station).") String record;
        @Option(names = "--purpose", required = true, description = "Why (事由).") String purpose;
        @Option(names = "--as", paramLabel = "NAME", required = true, description = "Who asks.") String as;
        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "social-worker",
                description = "station-head, archivist, social-worker, finance-officer or evaluator.") String role;
        @Spec CommandSpec spec;

        Request(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        @Override
        public Integer call() {
            Role r = Role.fromId(role).orElseThrow(() -> new IllegalArgumentException("--role: 未知角色 / unknown role '" + role + "'"));
            var q = new AccessLedger(new FolderState(InspectCommand.stationFolder(common.store)))
                    .request(as, r, record, purpose, clock.instant());
            spec.commandLine().getOut().println((language() == Language.EN ? "Access request filed: " : "已提交查阅申请：") + q.id());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code swa access approve}: the station head grants a request for a period. */
    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"站长批准查阅申请，期限届满自动失效。", "Approve an access request until a date; it then lapses by itself."})
    static final class Approve implements Callable<Integer>, SwaCli.LanguageAware {
        private final Clock clock;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "REQUEST") String id;
        @Option(names = "--until", paramLabel = "DATE", required = true, description = "The end (a date means the end of that day).") String until;
        @Option(names = "--as", paramLabel = "NAME", required = true, description = "The approving station head.") String as;
        @Spec CommandSpec spec;

        Approve(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        @Override
        public Integer call() {
            var q = new AccessLedger(new FolderState(InspectCommand.stationFolder(common.store)))
                    .approve(id, as, clock.instant(), InspectCommand.instant(until, true, "--until"));
            spec.commandLine().getOut().println((language() == Language.EN ? "Approved until " : "已批准，期限至 ")
                    + q.approval().orElseThrow().until());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    /** {@code swa access register}: the access register for a period, as XLSX or HTML. */
    @Command(name = "register", mixinStandardHelpOptions = true,
            description = {"导出查阅登记（XLSX 或 HTML）。", "Export the access register (XLSX or HTML)."})
    static final class Register implements Callable<Integer>, SwaCli.LanguageAware {
        @Mixin CommonOptions common;
        @Option(names = "--from", paramLabel = "DATE", required = true) String from;
        @Option(names = "--to", paramLabel = "DATE", required = true, description = "Inclusive: the whole day counts.") String to;
        @Option(names = "--format", paramLabel = "xlsx|html", defaultValue = "xlsx") String format;
        @Option(names = "--out", paramLabel = "FILE", required = true) Path out;
        @Spec CommandSpec spec;

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        @Override
        public Integer call() throws IOException {
            Path folder = InspectCommand.stationFolder(common.store);
            var entries = new AccessLedger(new FolderState(folder)).entries(InspectCommand.instant(from, false, "--from"),
                    InspectCommand.instant(to, true, "--to"));
            var report = new AccessRegisterReport(language(), ZoneId.systemDefault());
            byte[] bytes = switch (format) {
                case "xlsx" -> report.xlsx(entries);
                case "html" -> report.html(entries, InspectCommand.stationCode(null, folder));
                default -> throw new IllegalArgumentException("--format: xlsx 或 html / xlsx or html, not '" + format + "'");
            };
            Path target = out.toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.write(target, bytes);
            spec.commandLine().getOut().println((language() == Language.EN ? "Access register written (" : "查阅登记已写入（")
                    + entries.size() + (language() == Language.EN ? " entries): " : " 条）：") + target);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
