package org.swarchive.app;

import org.swarchive.store.folder.FolderState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.LocalizedText.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Framework;
import org.swarchive.inspect.AccessLedger;
import org.swarchive.inspect.InspectionPackage;
import org.swarchive.inspect.InspectionWindows;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreException;
import org.swarchive.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swa inspect}: inspection windows for evaluators, and the inspection package. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"评估窗口与评估资料包。", "Inspection windows and the inspection package."})
final class InspectCommand {

    /** The station folder behind a --store option; windows live in it. */
    static Path stationFolder(String store) {
        if (StoreLocation.parse(store) instanceof StoreLocation.Folder f) {
            return f.path();
        }
        throw new StoreException(LocalizedText.of("评估窗口暂只支持文件夹档案库", "inspection windows need a folder store in this version"), null);
    }

    static String stationCode(String given, Path folder) {
        return given != null ? given : folder.toAbsolutePath().normalize().getFileName().toString();
    }

    /** {@code YYYY-MM-DD} (start of that day; for an end, the end of that day) or {@code YYYY-MM-DDTHH:MM}. */
    static Instant instant(String value, boolean end, String option) {
        try {
            if (value.length() == 10) {
                LocalDate d = LocalDate.parse(value);
                return (end ? d.plusDays(1) : d).atStartOfDay(ZoneId.systemDefault()).toInstant();
            }
            return LocalDateTime.parse(value).atZone(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + ": “" + value + "”应为 YYYY-MM-DD 或 YYYY-MM-DDTHH:MM / '" + value
                    + "' must be YYYY-MM-DD or YYYY-MM-DDTHH:MM");
        }
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            description = {"为评估组开放评估窗口：窗口期内可查阅本站佐证，到期自动收回。",
                    "Open an inspection window: the evaluator group reads the station's evidence until it ends."})
    static final class Open implements Callable<Integer>, SwaCli.LanguageAware {
        private final Clock clock;
        @Mixin CommonOptions common;
        @Option(names = "--station", paramLabel = "CODE", description = "Station code (default: the folder's name).") String station;
        @Option(names = "--evaluators", paramLabel = "GROUP", required = true, description = "The evaluator group.") String group;
        @Option(names = "--from", paramLabel = "DATE", description = "Start (default: now).") String from;
        @Option(names = "--until", paramLabel = "DATE", required = true, description = "End (a date means the end of that day).") String until;
        @Spec CommandSpec spec;

        Open(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        @Override
        public Integer call() {
            Path folder = stationFolder(common.store);
            Instant start = from == null ? clock.instant() : instant(from, false, "--from");
            InspectionWindow w = new InspectionWindows(new FolderState(folder)).open(stationCode(station, folder), group, start,
                    instant(until, true, "--until"), System.getProperty("user.name", ""));
            PrintWriter out = spec.commandLine().getOut();
            out.println((language() == Language.EN ? "Inspection window opened: " : "已开放评估窗口：") + w.id() + "  "
                    + w.evaluatorGroup() + "  " + w.from() + " → " + w.until());
            out.flush();
            return 0;
        }
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = {"提前结束评估窗口。", "End an inspection window early."})
    static final class Close implements Callable<Integer>, SwaCli.LanguageAware {
        private final Clock clock;
        @Mixin CommonOptions common;
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Spec CommandSpec spec;

        Close(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        @Override
        public Integer call() {
            InspectionWindow w = new InspectionWindows(new FolderState(stationFolder(common.store))).close(id, clock.instant());
            spec.commandLine().getOut().println((language() == Language.EN ? "Closed: " : "已结束：") + w.id() + " @ " + w.effectiveEnd());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = {"列出评估窗口。", "List inspection windows."})
    static final class ListWindows implements Callable<Integer>, SwaCli.LanguageAware {
        private final Clock clock;
        @Mixin CommonOptions common;
        @Spec CommandSpec spec;

        ListWindows(Clock clock) {
            this.clock = clock;
        }

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        @Override
        public Integer call() {
            boolean en = language() == Language.EN;
            Instant now = clock.instant();
            PrintWriter out = spec.commandLine().getOut();
            for (InspectionWindow w : new InspectionWindows(new FolderState(stationFolder(common.store))).all()) {
                String state = w.isOpenAt(now) ? (en ? "open" : "开放中") : w.isOverAt(now) ? (en ? "ended" : "已结束")
                        : (en ? "planned" : "未开始");
                out.println(w.id() + "  " + state + "  " + w.station() + "  " + w.evaluatorGroup() + "  " + w.from() + " → "
                        + w.effectiveEnd());
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "package", mixinStandardHelpOptions = true,
            description = {"导出评估资料包（ZIP：按指标的 index.html、佐证文件、SHA-256 清单、XLSX 核对表；不含敏感档案）。",
                    "Export the inspection package (ZIP: index.html by indicator, evidence files, SHA-256 manifest, XLSX checklist; "
                            + "sensitive records withheld)."})
    static final class Package implements Callable<Integer>, SwaCli.LanguageAware {
        private final Workbench workbench;
        private final Clock clock;
        @Mixin CommonOptions common;
        @Option(names = "--station", paramLabel = "CODE", description = "Station code (default: the folder's name).") String station;
        @Option(names = "--framework", paramLabel = "ID|FILE", defaultValue = "station-star") String framework;
        @Option(names = "--period", paramLabel = "YYYY") String period;
        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD") LocalDate asOf;
        @Option(names = "--out", paramLabel = "FILE.zip", required = true) Path out;
        @Option(names = "--as", paramLabel = "NAME", description = "Who takes the package (for the access register).") String as;
        @Option(names = "--unit", paramLabel = "UNIT", description = "Their unit, e.g. the assessing firm.") String unit;
        @Spec CommandSpec spec;

        Package(Workbench workbench, Clock clock) {
            this.workbench = workbench;
            this.clock = clock;
        }

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        @Override
        public Integer call() throws IOException {
            Path folder = stationFolder(common.store);
            DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
            Framework fw = workbench.framework(framework, catalogue);
            ArchiveStore store = workbench.store(common.store, catalogue);
            CheckResult result = workbench.stationCheck().run(store, fw, CheckCommand.evaluationPeriod(period, clock),
                    asOf != null ? asOf : LocalDate.now(clock));
            Map<String, ArchiveRecord> records = new HashMap<>();
            try (Stream<ScanItem> items = store.scan()) {
                items.forEach(i -> {
                    if (i instanceof ScanItem.Filed f) {
                        records.put(f.record().id(), f.record());
                    }
                });
            }
            InspectionPackage.Contents c = new InspectionPackage(catalogue).write(folder, stationCode(station, folder), result,
                    records, language(), out);
            new AccessLedger(new FolderState(folder)).recordDownloads(c, records, as != null ? as : System.getProperty("user.name", ""),
                    unit == null ? "" : unit, clock.instant());
            PrintWriter w = spec.commandLine().getOut();
            boolean en = language() == Language.EN;
            w.println((en ? "Inspection package written: " : "评估资料包已写入：") + c.zip());
            w.println((en ? "  evidence files: " : "  佐证文件：") + c.files().size()
                    + (en ? ", withheld (sensitive): " : "，未提供（敏感信息）：") + c.withheld().size()
                    + (c.refused().isEmpty() ? "" : (en ? ", refused (outside the station): " : "，拒收（不在本站内）：") + c.refused().size()));
            w.flush();
            return 0;
        }
    }
}
