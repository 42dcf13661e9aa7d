package org.swarchive.dashboard;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.swarchive.DemoStations;
import org.swarchive.TestAccounts;
import org.swarchive.access.AccountRole;
import org.swarchive.archive.Period;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.store.Station;
import org.swarchive.store.folder.MetadataFile;

/**
 * The demo station the role × record-kind tests serve over real HTTP ({@link DashboardSecurityTest},
 * {@link DashboardSearchTest}): records of the kinds the access policy tells apart, one account per
 * role, and an inspection window open to {@link #GROUP} on the demo's day.
 */
final class RoleMatrixStation {

    static final String GROUP = "jinniu-bureau";
    static final String EVALUATOR = "评估员李四";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    final String name;
    final Path dir;
    /** kind → path below the station, in the order they were made. */
    final Map<String, String> records = new LinkedHashMap<>();
    private final DemoStations demo = new DemoStations();
    private final String text;

    /** The demo station {@code name} under {@code tmp}; each record's content is "内容：KIND" and {@code text}. */
    RoleMatrixStation(Path tmp, String name, String text) {
        this.name = name;
        this.dir = demo.make(tmp.resolve(name));
        this.text = text;
    }

    /** A record of a kind at a path below the station; without metadata it is an unsorted file (an inbox scan). */
    void record(String kind, String path, Map<String, String> metadata) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "内容：" + kind + text);
        if (metadata != null) {
            MetadataFile.write(MetadataFile.of(file), metadata);
        }
        records.put(kind, path);
    }

    /**
     * The kinds every matrix has, each file named {@code prefix}…: evidence (documents), the
     * worker's own sensitive case (C001) and another's (C009), personnel, finance and assets.
     */
    void standardRecords(String prefix) throws IOException {
        record("documents, evidence", "文书档案/2025/" + prefix + "会议纪要.txt", Map.of("swa:docType", "meeting-minutes", "swa:period", "2025-03",
                "swa:confidentiality", "internal", "swa:indicators", "E1.2"));
        record("sensitive, own case", "服务档案/2025/" + prefix + "本人个案.txt", Map.of("swa:docType", "case-record", "swa:caseId", "C001",
                "swa:period", "2025-03", "swa:confidentiality", "sensitive", "swa:indicators", "E1.2"));
        record("sensitive, other case", "服务档案/2025/" + prefix + "他人个案.txt", Map.of("swa:docType", "case-record", "swa:caseId", "C009",
                "swa:period", "2025-03", "swa:confidentiality", "sensitive", "swa:indicators", "E1.2"));
        record("personnel", "人事档案/2025/" + prefix + "招聘.txt", Map.of("swa:docType", "recruitment", "swa:period", "2025-03",
                "swa:confidentiality", "internal"));
        record("finance", "会计档案/2025/" + prefix + "银行对账单.txt", Map.of("swa:docType", "bank-statement", "swa:period", "2025-03",
                "swa:confidentiality", "internal"));
        record("assets", "物资档案/2025/" + prefix + "资产卡片.txt", Map.of("swa:docType", "asset-card", "swa:period", "2025-03",
                "swa:confidentiality", "internal"));
    }

    /**
     * The station's board as of the demo's day, once its records are made: the window open to
     * {@link #GROUP}, and the accounts head, archivist, worker (own case C001), finance, the
     * evaluator of the group, another group's evaluator, district and locked-out.
     */
    ReadinessBoard board() {
        Station station = demo.station(dir, name);
        Clock clock = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ReadinessBoard board = new ReadinessBoard(List.of(station), demo.framework, Period.year(DemoStations.YEAR), demo.catalogue,
                new StationCheck(new ReadinessEngine()), new ScoreHistory(), clock, Duration.ofMinutes(5));
        new InspectionWindowStore(station.state()).open(name, GROUP, clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(6)), "站长");
        TestAccounts.head(station.state());
        TestAccounts.add(station.state(), "archivist", AccountRole.ARCHIVIST);
        TestAccounts.add(station.state(), "worker", AccountRole.SOCIAL_WORKER, "", "", Set.of("C001"));
        TestAccounts.add(station.state(), "finance", AccountRole.FINANCE);
        TestAccounts.add(station.state(), EVALUATOR, AccountRole.EVALUATOR, GROUP, "金牛区民政局评估组", Set.of());
        TestAccounts.add(station.state(), "other-evaluator", AccountRole.EVALUATOR, "someone-else", "", Set.of());
        TestAccounts.add(station.state(), "district", AccountRole.DISTRICT_ADMIN);
        TestAccounts.add(station.state(), "locked-out", AccountRole.ARCHIVIST);
        return board;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** GET {@code path} (from the root) of a running server as the account {@code as} (HTTP Basic), or anonymously when null. */
    static HttpResponse<String> get(DashboardServer.Running server, String path, String as) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).header("Accept", "text/html,*/*;q=0.8");
        return HTTP.send((as == null ? r : TestAccounts.as(as, r)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
