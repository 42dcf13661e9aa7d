package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.TestAccounts;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.archive.Period;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;

/**
 * The indicator page of a requirement with hundreds of slots (a training record per staff member per
 * week) comes a page of slots at a time, with counts and the way to the other pages.
 */
class IndicatorPagingTest {

    @TempDir
    static Path tmp;
    static DashboardServer.Running server;
    static int slots;
    static final HttpClient http = HttpClient.newHttpClient();
    static final Pattern ROW = Pattern.compile("<tr class=\"(FILLED|GAP|UPCOMING)\">");

    @BeforeAll
    static void start() throws Exception {
        DemoStations demo = new DemoStations();
        var station = demo.station(demo.make(tmp.resolve("示范站")), "示范站");
        Path file = tmp.resolve("weekly.yaml");
        Files.writeString(file, """
                framework: weekly-logs
                title: {zh-CN: 每周培训, en: Weekly training}
                total: 10
                grades:
                  - {min: 0, label: {zh-CN: 合格, en: Pass}}
                indicators:
                  - code: W1
                    title: {zh-CN: 培训记录, en: Training}
                    weight: 10
                    evidence:
                      - {docType: training-record, per: staff, cadence: weekly}
                      - {docType: appraisal, per: staff, cadence: weekly}
                      - {docType: monthly-summary, cadence: monthly}
                """);
        Framework framework = new FrameworkLibrary(new FrameworkLoader(demo.catalogue)).resolve(file.toString());
        Clock clock = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ReadinessBoard board = new ReadinessBoard(List.of(station), framework, Period.year(DemoStations.YEAR), demo.catalogue,
                new StationCheck(new ReadinessEngine()), new ScoreHistory(), clock, Duration.ofMinutes(5));
        slots = (int) board.current(station).result().assessment().allIndicators().filter(r -> r.code().equals("W1"))
                .findFirst().orElseThrow().slots().count();
        // The evaluator's window, kept in the station's notes as swa inspect open keeps it.
        new InspectionWindowStore(station.state()).open("示范站", "bureau", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(3)), "站长");
        TestAccounts.head(station.state());
        TestAccounts.evaluator(station.state(), "bureau");
        server = DashboardServer.start(new Dashboard(board, DisposalList.notAvailable()), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    static String page(String query) throws Exception {
        HttpResponse<String> r = http.send(TestAccounts.as(TestAccounts.HEAD, HttpRequest.newBuilder(URI.create(server.url() + "stations/"
                + URLEncoder.encode("示范站", StandardCharsets.UTF_8) + "/indicators/W1" + query))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    static long rows(String html) {
        return ROW.matcher(html).results().count();
    }

    @Test
    void should_show_one_page_of_slots_with_counts_and_a_next_link_when_there_are_hundreds() throws Exception {
        assertThat(slots).as("the requirement really has more slots than a page").isGreaterThan(2 * DashboardViews.SLOTS_PER_PAGE);
        String first = page("");
        assertThat(rows(first)).isEqualTo(DashboardViews.SLOTS_PER_PAGE);
        assertThat(first).contains(String.format("第 1–200 项，共 %,d 项（第 1 / %d 页）", slots, (slots + 199) / 200))
                .contains("rel=\"next\" href=\"/stations/%E7%A4%BA%E8%8C%83%E7%AB%99/indicators/W1?page=2\"")
                .doesNotContain("rel=\"prev\"");
    }

    @Test
    void should_keep_the_language_and_link_both_ways_on_a_middle_page() throws Exception {
        String second = page("?page=2&lang=en");
        assertThat(rows(second)).isEqualTo(DashboardViews.SLOTS_PER_PAGE);
        assertThat(second).contains(String.format("Slots 201–400 of %,d (page 2 of", slots))
                .contains("rel=\"prev\" href=\"/stations/%E7%A4%BA%E8%8C%83%E7%AB%99/indicators/W1?lang=en\"")
                .contains("rel=\"next\" href=\"/stations/%E7%A4%BA%E8%8C%83%E7%AB%99/indicators/W1?page=3&amp;lang=en\"");
    }

    @Test
    void should_show_the_rest_and_point_to_the_page_of_a_requirement_whose_slots_are_elsewhere_on_the_last_page() throws Exception {
        int pages = (slots + 199) / 200;
        String last = page("?page=" + pages);
        assertThat(rows(last)).isEqualTo(slots - (pages - 1) * 200L);
        String past = page("?page=999");
        assertThat(rows(past)).as("past the end is the last page").isEqualTo(rows(last));
        assertThat(past).contains("（第 " + pages + " / " + pages + " 页）").doesNotContain("rel=\"next\"");
        assertThat(rows(page("?page=abc"))).as("not a number is the first page").isEqualTo(200);
        // The monthly requirement's 12 slots come last; on the first page it points there.
        assertThat(page("")).contains("本要求的 12 个期间在第 " + pages + "–" + pages + " 页");
    }

    @Test
    void should_keep_the_evaluator_prefix_and_count_only_what_an_evaluator_sees() throws Exception {
        HttpResponse<String> r = http.send(TestAccounts.as("bureau", HttpRequest.newBuilder(URI.create(server.url() + "inspect/bureau/stations/"
                + URLEncoder.encode("示范站", StandardCharsets.UTF_8) + "/indicators/W1"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.body()).doesNotContain("<tr class=\"GAP\">").doesNotContain("rel=\"next\" href=\"/stations/");
        assertThat(new Links(ViewerTest.viewer(org.swarchive.access.AccountRole.EVALUATOR, "bureau"), Language.EN).indicator("示范站", "W1", 3))
                .isEqualTo("/inspect/bureau/stations/%E7%A4%BA%E8%8C%83%E7%AB%99/indicators/W1?page=3&lang=en");
    }
}
