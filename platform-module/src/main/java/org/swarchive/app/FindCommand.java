package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.swarchive.access.AccessContext;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.Reader;
import org.swarchive.access.Role;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.find.FindHit;
import org.swarchive.find.FindQuery;
import org.swarchive.find.FindResult;
import org.swarchive.find.ReadableHits;
import org.swarchive.find.RecordSearch;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.library.PermissionPlanLoader;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.Framework;
import org.swarchive.inspect.AccessLedger;
import org.swarchive.inspect.InspectionPackage;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.store.folder.FolderSearch;
import org.swarchive.store.folder.FolderStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swa find}: records by words in their title and text, and by their fields. */
@Command(name = "find", mixinStandardHelpOptions = true,
        description = {"查找档案：按题名与全文中的词（中文自动分词，\"引号\"内为短语），按档号、类型、期间、人员、个案、日期、密级筛选。",
                "Find records by words in their title and full text (Chinese cut into words; \"quoted\" for a phrase) "
                        + "and by archive code, type, period, staff, case, date and confidentiality."})
final class FindCommand implements Callable<Integer>, SwaCli.LanguageAware {

    private final Workbench workbench;
    private final Clock clock;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "WORDS", arity = "0..*",
            description = "Words to find in the title and text; all must match. A word with spaces is a phrase.")
    List<String> words;

    @Option(names = "--type", paramLabel = "ID", description = "Only this document type (swa:docType), e.g. case-visit.")
    String type;

    @Option(names = "--category", paramLabel = "C", description = "Only this category (swa:category), e.g. case.")
    String category;

    @Option(names = "--period", paramLabel = "P", description = "Only this period as filed (swa:period), e.g. 2025 or 2025-Q3.")
    String period;

    @Option(names = "--staff", paramLabel = "ID", description = "Only this staff member's records (swa:staffId).")
    String staff;

    @Option(names = "--case", paramLabel = "ID", description = "Only this case's records (swa:caseId).")
    String caseId;

    @Option(names = "--code", paramLabel = "PREFIX", description = "Only archive codes (档号) that start with this.")
    String code;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or after this day (swa:documentDate).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only documents dated on or before this day.")
    LocalDate to;

    @Option(names = "--confidentiality", paramLabel = "LEVEL", description = "Only this confidentiality (public, internal, sensitive).")
    String confidentiality;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most this many hits. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table", description = "Output format. Default: ${DEFAULT-VALUE}.")
    ListFormat format;

    @Option(names = "--as", paramLabel = "ROLE", defaultValue = "archivist",
            description = "Find as someone in this role: only what the role may read is shown (the access policy). Default: ${DEFAULT-VALUE}.")
    String role;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "With --as evaluator: the evaluator group; only an inspection window open to it now lets it find anything.")
    String group;

    @Option(names = "--framework", paramLabel = "ID|FILE", defaultValue = "station-star",
            description = "With --as evaluator: the framework evaluated; only its evidence is found. Default: ${DEFAULT-VALUE}.")
    String framework;

    @Option(names = "--evaluation-period", paramLabel = "YYYY",
            description = "With --as evaluator: the evaluation period (as swa check --period). Default: last year.")
    String evaluationPeriod;

    @Option(names = "--timing",
            description = "Also say on standard error how long the start-up, bringing the index up to date and the query itself took.")
    boolean timing;

    @Spec
    CommandSpec spec;

    FindCommand(Workbench workbench, Clock clock) {
        this.workbench = workbench;
        this.clock = clock;
    }

    @Override
    public Language language() {
        return CommonOptions.languageOf(common);
    }

    @Override
    public Integer call() {
        long called = System.nanoTime();
        Role asking = Role.fromId(role).orElseThrow(() -> new InvalidInput(Message.of("app.find.role-unknown", role)));
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidInput(Message.of("app.find.date-range", from, to));
        }
        if (asking == Role.EVALUATOR && (group == null || group.isBlank())) {
            throw new InvalidInput(Message.of("app.find.group-needed"));
        }
        DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
        Station station = workbench.station(common.store, null, catalogue);
        RecordSearch search = search(station.archive());
        FindQuery query = new FindQuery(wordsAsked(), type, category, period, staff, caseId, code, from, to, confidentiality, limit);
        AccessPolicy policy = new AccessPolicy(new PermissionPlanLoader().shipped());
        Reader reader = new Reader(System.getProperty("user.name", "swa"), asking, station.id(),
                asking == Role.EVALUATOR ? group.strip() : asking.id());
        java.util.function.Predicate<FindHit> mayRead =
                ReadableHits.by(policy, reader, station.id(), contextOf(station, asking), evidenceOf(station, asking, catalogue));
        FindResult result;
        long prepared;
        if (search instanceof FolderSearch folder) {
            folder.prepare(query);
            prepared = System.nanoTime();
            result = folder.search(query, mayRead);
        } else {
            prepared = System.nanoTime();
            result = search.find(query, mayRead);
        }
        if (timing) {
            sayTiming(called, prepared, System.nanoTime());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == ListFormat.JSON ? json(result) : table(result));
        out.flush();
        return 0;
    }

    /**
     * How long each part took ({@code --timing}): from the JVM's start to the command, bringing the
     * index up to date (the catalogue, the store and, for an evaluator, the check too), the query.
     */
    private void sayTiming(long called, long prepared, long done) {
        double startup = ProcessHandle.current().info().startInstant()
                .map(s -> java.time.Duration.between(s, java.time.Instant.now()).toNanos() - (System.nanoTime() - called))
                .orElse(0L) / 1e9;
        PrintWriter err = spec.commandLine().getErr();
        err.println(say(Message.of("app.find.timing", seconds(startup), seconds((prepared - called) / 1e9), seconds((done - prepared) / 1e9))));
        err.flush();
    }

    private static String seconds(double s) {
        return String.format(java.util.Locale.ROOT, "%.3f", s);
    }

    private RecordSearch search(ArchiveStore store) {
        PrintWriter err = spec.commandLine().getErr();
        if (store instanceof FolderStore folder) {
            return folder.search(new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, clock.getZone()), TerminalProgress.on(err, language()));
        }
        return ((AlfrescoStore) store).search();
    }

    /**
     * What the policy decides against: the station's inspection windows for an evaluator (read from
     * the station's notes, as the dashboard reads them), its approved access requests for staff.
     */
    private AccessContext contextOf(Station station, Role asking) {
        AccessContext now = AccessContext.at(clock.instant());
        return asking == Role.EVALUATOR ? now.withWindows(new InspectionWindowStore(station.state()).all())
                : now.withRequests(new AccessLedger(station.state()).requests());
    }

    /**
     * Which records are evidence, for an evaluator: those the check of the framework and period
     * evaluated counts towards an indicator, as the dashboard and {@code swa inspect open} count
     * them (one rule: {@link InspectionPackage#evidenceIds}). Nobody else's reading depends on it.
     */
    private java.util.function.Predicate<String> evidenceOf(Station station, Role asking, DocTypeCatalogue catalogue) {
        if (asking != Role.EVALUATOR) {
            return id -> true;
        }
        Framework fw = workbench.framework(framework, catalogue);
        CheckResult result = workbench.stationCheck().run(station.archive(), fw,
                CheckCommand.evaluationPeriod(evaluationPeriod, clock), LocalDate.now(clock));
        return InspectionPackage.evidenceIds(result)::contains;
    }

    /** The words as one query: a word given with spaces (quoted on the shell) is a phrase. */
    String wordsAsked() {
        if (words == null || words.isEmpty()) {
            return null;
        }
        return words.stream().map(w -> w.strip().contains(" ") && !w.contains("\"") ? "\"" + w.strip() + "\"" : w)
                .collect(Collectors.joining(" "));
    }

    private String table(FindResult result) {
        if (result.hits().isEmpty()) {
            return say(Message.of("app.find.none")) + System.lineSeparator();
        }
        StringBuilder s = new StringBuilder();
        s.append(say(Message.of("app.find.header"))).append(System.lineSeparator());
        for (FindHit h : result.hits()) {
            s.append(String.join("\t", dash(h.archiveCode()), dash(h.title()), dash(h.docType()), dash(h.period()),
                    dash(h.subject()), h.path())).append(System.lineSeparator());
            if (h.snippet() != null && !h.snippet().isBlank()) {
                s.append("    ").append(h.snippet()).append(System.lineSeparator());
            }
        }
        s.append(say(Message.of("app.find.total", result.total(), result.hits().size()))).append(System.lineSeparator());
        return s.toString();
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    static String json(FindResult result) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("total", result.total());
        doc.put("results", result.hits().stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("archiveCode", h.archiveCode());
            m.put("title", h.title());
            m.put("docType", h.docType());
            m.put("period", h.period());
            m.put("subject", h.subject());
            m.put("path", h.path());
            m.put("snippet", h.snippet());
            m.put("score", h.score());
            return m;
        }).toList());
        return JsonOut.write(doc);
    }
}
