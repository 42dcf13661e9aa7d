package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.TestAccounts;
import org.swarchive.access.AccountRole;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.dashboard.Dashboard;
import org.swarchive.dashboard.DashboardServer;
import org.swarchive.dashboard.ReadinessBoard;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.inspect.AccessLedger;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.Station;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;
import org.swarchive.store.alfresco.AccessFixture;
import org.swarchive.store.alfresco.AlfrescoClient;
import org.swarchive.store.alfresco.AlfrescoCredentials;
import org.swarchive.store.alfresco.AlfrescoEvidenceFiles;
import org.swarchive.store.alfresco.AlfrescoStationState;
import org.swarchive.store.alfresco.AlfrescoStore;
import org.swarchive.retry.Retries;
import org.swarchive.store.ModelConstraints;

/** Every evidence file the dashboard sends is an online read in that station's access register (查阅登记). */
class DashboardReadsTest {

    private static final Instant DURING = Instant.parse("2026-03-03T04:00:00Z");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private AccessFixture fx;
    private AlfrescoClient client;
    private DashboardServer.Running server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (client != null) {
            client.close();
        }
        if (fx != null) {
            fx.close();
        }
    }

    private DashboardServer.Running serve(List<Station> stations, DemoStations library) {
        Clock clock = Clock.fixed(DURING, ZoneId.systemDefault());
        ReadinessBoard board = new ReadinessBoard(stations, library.framework, Period.year(2025), library.catalogue,
                new StationCheck(new ReadinessEngine()), new ScoreHistory(), clock, Duration.ofMinutes(5));
        Workbench workbench = new Workbench(new CatalogueLoader(), new ReadinessEngine(), Map.of(), AlfrescoClient.STANDARD_RETRIES, "");
        StationFeatures features = new StationFeatures(workbench, library.catalogue, clock, stations);
        return DashboardServer.start(new Dashboard(board, features).withReads(new DashboardReads(clock)), "127.0.0.1", 0);
    }

    /** The evaluator's account: a person of the group, named as the register must name them. */
    private static final String ASSESSOR = "评估员张三";

    private int get(String path, String id) throws Exception {
        return get(path, id, path.startsWith("/inspect/") ? ASSESSOR : TestAccounts.HEAD);
    }

    private int get(String path, String id, String as) throws Exception {
        URI uri = URI.create(server.url() + path.substring(1) + "?id=" + URLEncoder.encode(id, StandardCharsets.UTF_8));
        return HTTP.send(TestAccounts.as(as, HttpRequest.newBuilder(uri)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void should_register_what_an_evaluator_and_the_station_open_and_nothing_that_was_refused() throws Exception {
        fx = new AccessFixture();
        AccessFixture.Run open = fx.swa(DURING, "inspect", "open", "--store", fx.store(AccessFixture.JN01), "--evaluators",
                AccessFixture.ASSESSORS, "--until", "2026-03-09", "--period", "2025", "--as", "站长王芳", "--lang", "en");
        assertThat(open.exitCode()).as(open.err()).isZero();
        String window = AccessFixture.windowId(open);
        client = fx.alfresco.client(AlfrescoCredentials.basic("archivist", AccessFixture.PASSWORD));
        DemoStations library = new DemoStations();
        Station station = new Station(AccessFixture.JN01, new AlfrescoStore(client, AccessFixture.JN01, new RecordReader(library.catalogue),
                ModelConstraints.shipped()), new AlfrescoEvidenceFiles(client, AccessFixture.JN01), new AlfrescoStationState(client, AccessFixture.JN01));
        TestAccounts.head(station.state());
        TestAccounts.add(station.state(), ASSESSOR, AccountRole.EVALUATOR, AccessFixture.ASSESSORS, "", java.util.Set.of());
        TestAccounts.evaluator(station.state(), AccessFixture.JN02_ASSESSORS);
        server = serve(List.of(station), library);

        String files = "/inspect/" + AccessFixture.ASSESSORS + "/stations/" + AccessFixture.JN01 + "/files";
        assertThat(get(files, "文书档案/2025/永久/管理制度汇编.docx")).isEqualTo(200);
        assertThat(get(files, "服务档案/2025/定期30年/需求调研报告.docx")).as("sensitive").isEqualTo(404);
        assertThat(get(files, "../swa-jn02/documentLibrary/JN02/文书档案/管理制度.docx")).as("crafted").isEqualTo(404);
        assertThat(get("/inspect/" + AccessFixture.JN02_ASSESSORS + "/stations/" + AccessFixture.JN01 + "/files",
                "文书档案/2025/永久/管理制度汇编.docx", AccessFixture.JN02_ASSESSORS)).as("no window").isEqualTo(404);
        assertThat(get("/inspect/" + AccessFixture.JN02_ASSESSORS + "/stations/" + AccessFixture.JN01 + "/files",
                "文书档案/2025/永久/管理制度汇编.docx", ASSESSOR)).as("another group's address grants nothing").isEqualTo(404);
        assertThat(get("/stations/" + AccessFixture.JN01 + "/files", "文书档案/2025/定期10年/2025-03月度工作总结.docx")).isEqualTo(200);

        var entries = new AccessLedger(station.state()).entries(DURING.minusSeconds(60), DURING.plusSeconds(60));
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).reader()).as("the person, not the group").isEqualTo(ASSESSOR);
        assertThat(entries.get(0).unit()).contains(AccessFixture.ASSESSORS);
        assertThat(entries.get(0).archiveCode()).isEqualTo("JN01-WS·2025-Y-0001");
        assertThat(entries.get(0).title()).isEqualTo("管理制度汇编");
        assertThat(entries.get(0).purpose()).contains(window);
        assertThat(entries.get(0).approvedBy()).isEqualTo("站长王芳");
        // A .docx is not shown in the browser: it is sent as an attachment, a download (下载); PDFs and text are read online.
        assertThat(entries.get(0).mode().label().in(org.swarchive.i18n.Language.ZH)).isEqualTo("下载");
        assertThat(entries.get(1).reader()).as("the signed-in account").isEqualTo(TestAccounts.HEAD);
        assertThat(entries.get(1).unit()).contains(AccessFixture.JN01);
        assertThat(entries.get(1).archiveCode()).isEqualTo("JN01-WS·2025-D10-0001");
    }

    @Test
    void should_not_serve_a_file_whose_read_cannot_be_registered() throws Exception {
        DemoStations library = new DemoStations();
        Path dir = library.make(tmp.resolve("示范站"));
        Station folder = library.station(dir, "示范站");
        StationState failing = new StationState() {
            @Override
            public Optional<String> read(String area, String name) {
                return folder.state().read(area, name);
            }

            @Override
            public void write(String area, String name, String content) {
                folder.state().write(area, name, content);
            }

            @Override
            public boolean create(String area, String name, String content) {
                return folder.state().create(area, name, content);
            }

            @Override
            public void append(String area, String name, String text) {
                throw new StoreException(LocalizedText.of("写不进", "cannot write"), null);
            }

            @Override
            public void delete(String area, String name) {
                folder.state().delete(area, name);
            }

            @Override
            public List<String> list(String area) {
                return folder.state().list(area);
            }

            @Override
            public List<String> areas(String area) {
                return folder.state().areas(area);
            }

            @Override
            public String locate(String area, String name) {
                return folder.state().locate(area, name);
            }
        };
        TestAccounts.head(folder.state());
        server = serve(List.of(new Station("示范站", folder.archive(), folder.files(), failing)), library);
        String some = java.nio.file.Files.walk(dir.resolve("文书档案")).filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow()
                .toString().substring(dir.toString().length() + 1);
        assertThat(get("/stations/示范站/files", some)).isEqualTo(503);
    }
}
