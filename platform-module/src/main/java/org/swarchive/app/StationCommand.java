package org.swarchive.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.swarchive.access.PermissionPlan;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.evidence.Framework;
import org.swarchive.i18n.Message;
import org.swarchive.library.PermissionPlanLoader;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoLocation;
import org.swarchive.store.alfresco.StationProvisioner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swa station create}: a station's site, folders, groups, permissions and inbox rule in Alfresco. */
@Command(name = "station", mixinStandardHelpOptions = true,
        description = {"在 Alfresco 中开设工作站。", "Set up a station in Alfresco."})
final class StationCommand {

    static CommandLine create(Workbench workbench) {
        return new CommandLine(new StationCommand()).addSubcommand(new Create(workbench));
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"建立站点 swa-<代码>、工作站文件夹、五个门类、收件箱（含待归档规则）、评估佐证目录、角色组与权限；可重复运行，已有的不动。",
                    "Create the site swa-<code>, the station folder, the five categories, the inbox (with its pending-filing rule), "
                            + "the evidence tree, a group per role and the permission plan; re-running changes nothing."})
    static final class Create implements Callable<Integer>, SwaCli.LanguageAware {

        private final Workbench workbench;

        @Mixin
        CommonOptions common;

        @Parameters(index = "0", paramLabel = "CODE", description = "Station code, e.g. JN01.")
        String code;

        @Parameters(index = "1", paramLabel = "NAME", description = "Station name, e.g. 金牛区示范社工站.")
        String name;

        @Option(names = "--framework", paramLabel = "ID|FILE", defaultValue = "station-star",
                description = "The framework whose indicators get evidence folders. Default: ${DEFAULT-VALUE}.")
        String framework;

        @Option(names = "--fonds", paramLabel = "CODE", description = "The fonds code (全宗号). Default: the station code.")
        String fonds;

        @Option(names = "--permission-plan", paramLabel = "FILE", description = "A station's own permission plan. Default: the shipped plan.")
        Path permissionPlan;

        @Spec
        CommandLine.Model.CommandSpec spec;

        Create(Workbench workbench) {
            this.workbench = workbench;
        }

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        @Override
        public Integer call() {
            AlfrescoLocation location = Workbench.alfrescoOnly(common.store, "swa station create");
            String site = location.siteId().orElse(AlfrescoLocation.siteIdOf(code));
            DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
            Framework fw = workbench.framework(framework, catalogue);
            PermissionPlanLoader plans = new PermissionPlanLoader();
            PermissionPlan plan = permissionPlan == null ? plans.shipped() : plans.load(permissionPlan);
            StationProvisioner.Outcome o;
            try (AlfrescoClient client = workbench.alfrescoClient(location)) {
                o = new StationProvisioner(client, plan).provision(site, new StationProvisioner.Station(code, name,
                        fonds == null ? code : fonds), fw);
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(say(Message.of("app.station.created", code, location.withSite(site).describe())));
            out.println(say(o.writes() == 0 ? Message.of("app.station.unchanged") : Message.of("app.station.changed", o.writes())));
            out.flush();
            return 0;
        }
    }
}
