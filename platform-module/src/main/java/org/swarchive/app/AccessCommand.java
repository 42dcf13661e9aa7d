package org.swarchive.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.swarchive.access.Permission;
import org.swarchive.access.PermissionPlan;
import org.swarchive.access.Role;
import org.swarchive.archive.Category;
import org.swarchive.archive.LocalizedText.Language;
import org.swarchive.library.PermissionPlanLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
            StringBuilder head = new StringBuilder(org.swarchive.report.TableReport.pad(language() == Language.EN ? "Role" : "角色", 18));
            for (Category c : Category.values()) {
                head.append(org.swarchive.report.TableReport.pad(c.label().in(language()), 14));
            }
            out.println(head.toString().stripTrailing());
            for (Role r : Role.values()) {
                StringBuilder row = new StringBuilder(org.swarchive.report.TableReport.pad(r.label().in(language()), 18));
                for (Category c : Category.values()) {
                    Permission perm = p.of(r, c);
                    row.append(org.swarchive.report.TableReport.pad(perm == Permission.NONE ? "—" : perm.alfrescoName(), 14));
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
}
