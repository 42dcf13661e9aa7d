package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.TestAccounts;
import org.swarchive.access.AccountRole;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.Period;
import org.swarchive.dashboard.DashboardServer;
import org.swarchive.dashboard.SignIn;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.inspect.ScannedStation;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.retry.Retries;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AlfrescoStub;

/**
 * The web's submission, served as {@code swa serve} wires it: when the last evaluator who scored
 * submits, the score sheet is filed as a permanent record (评估报告) with its 档号, as
 * {@code swa inspect submit} files it; before that, nothing is filed.
 */
class WebSubmissionTest {

    static final String GROUP = "jinniu-bureau";
    static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @TempDir
    Path tmp;
    DashboardServer.Running server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void should_file_the_score_sheet_once_when_the_last_evaluator_submits_on_the_web() throws Exception {
        DemoStations demo = new DemoStations();
        Workbench workbench = new Workbench(new CatalogueLoader(), new ReadinessEngine(), AlfrescoStub.basicEnvironment("s3cret"),
                new Retries(2, Duration.ofMillis(1), 2), "");
        Station station = workbench.station("folder:" + demo.make(tmp.resolve("jn01")), "jn01", demo.catalogue);
        Clock clock = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        InspectionWindow window = new InspectionWindowStore(station.state()).open(station.id(), GROUP,
                clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(6)), "head");
        TestAccounts.add(station.state(), "li", AccountRole.EVALUATOR, GROUP, "金牛区民政局评估组", Set.of());
        TestAccounts.add(station.state(), "zhou", AccountRole.EVALUATOR, GROUP, "金牛区民政局评估组", Set.of());
        server = new DashboardLauncher(workbench, clock).start(List.of(station), demo.framework, Period.year(DemoStations.YEAR),
                demo.catalogue, new DashboardLauncher.Listen("127.0.0.1", 0, Duration.ofMinutes(5)), new PrintWriter(new StringWriter()),
                Language.ZH);
        long reportsBefore = evaluationReports(station);
        String base = "/inspect/" + GROUP + "/stations/jn01";
        SignIn li = SignIn.as(server.url(), "li");
        SignIn zhou = SignIn.as(server.url(), "zhou");

        assertThat(li.post(base + "/indicators/A1.1/verdict?verdict=met", token(li, base)).statusCode()).isEqualTo(200);
        assertThat(zhou.post(base + "/indicators/A1.2/verdict?verdict=partly&points=1", token(zhou, base)).statusCode()).isEqualTo(200);

        HttpResponse<String> first = li.post(base + "/submit", token(li, base));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"complete\":false").doesNotContain("\"filed\"");
        assertThat(new WorksheetStore(station.state()).filed(window.id())).as("one evaluator still to submit").isEmpty();
        assertThat(evaluationReports(station)).isEqualTo(reportsBefore);

        HttpResponse<String> last = zhou.post(base + "/submit", token(zhou, base));
        assertThat(last.statusCode()).as(last.body()).isEqualTo(200);
        WorksheetStore.Filed filed = new WorksheetStore(station.state()).filed(window.id()).orElseThrow();
        assertThat(last.body()).contains("\"complete\":true", "\"filed\":\"" + filed.record() + "\"");
        assertThat(filed.archiveCode()).as("numbered through the one numbering").isNotEmpty();
        assertThat(last.body()).contains(filed.archiveCode());
        assertThat(evaluationReports(station)).isEqualTo(reportsBefore + 1);
    }

    private static long evaluationReports(Station station) {
        return ScannedStation.of(station.archive()).records().values().stream()
                .filter(r -> r.docType().equals("evaluation-report")).count();
    }

    private static String token(SignIn session, String page) throws Exception {
        Matcher t = TOKEN.matcher(session.get(page).body());
        assertThat(t.find()).as("a CSRF token on " + page).isTrue();
        return t.group(1);
    }
}
