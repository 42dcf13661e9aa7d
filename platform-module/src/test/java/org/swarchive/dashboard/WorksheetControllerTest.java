package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.swarchive.DemoStations;
import org.swarchive.access.AccountRole;
import org.swarchive.access.InspectionWindow;
import org.swarchive.access.Person;
import org.swarchive.archive.Period;
import org.swarchive.check.ScoreHistory;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.store.Station;

/**
 * The evaluator's worksheet on the web, through the dashboard's own context (MockMvc): the
 * signed-in person is the request's principal and their role the request's (Spring Security's,
 * once the dashboard has its login). Anonymous and wrong-role requests get nothing.
 */
class WorksheetControllerTest {

    @TempDir
    static Path tmp;
    static final DemoStations demo = new DemoStations();
    static DashboardServer.Running server;
    static Station station;
    static InspectionWindow window;
    static MockMvc mvc;
    static final String GROUP = "jinniu-bureau";
    static final String BASE = "/inspect/" + GROUP + "/stations/jn01";

    @BeforeAll
    static void start() {
        station = demo.station(demo.make(tmp.resolve("jn01")), "jn01");
        Clock clock = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        ReadinessBoard board = new ReadinessBoard(List.of(station), demo.framework, Period.year(DemoStations.YEAR),
                demo.catalogue, new StationCheck(new ReadinessEngine()), new ScoreHistory(), clock, Duration.ofMinutes(5));
        window = new InspectionWindowStore(station.state()).open("jn01", GROUP, clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(6)), "站长");
        server = DashboardServer.start(new Dashboard(board, DisposalList.notAvailable()), "127.0.0.1", 0);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) server.context()).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A request of a signed-in account, as the filter chain hands it on: an evaluator of GROUP, or staff of jn01. */
    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r, String name, String role) {
        AccountRole accountRole = AccountRole.valueOf(role);
        boolean evaluator = accountRole == AccountRole.EVALUATOR;
        AccountUser user = new AccountUser(new Person(name, accountRole, evaluator ? "" : "jn01", evaluator ? GROUP : "", "", Set.of()),
                "{noop}unused");
        return r.principal(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities())).with(req -> {
            req.addUserRole(role);
            return req;
        });
    }

    private static int status(MockHttpServletRequestBuilder r) throws Exception {
        return mvc.perform(r).andReturn().getResponse().getStatus();
    }

    @Test
    void should_give_an_anonymous_or_a_wrong_role_request_nothing() throws Exception {
        assertThat(status(post(BASE + "/indicators/A1.1/verdict").param("verdict", "met"))).isEqualTo(401);
        assertThat(status(post(BASE + "/submit"))).isEqualTo(401);
        assertThat(status(as(post(BASE + "/indicators/A1.1/verdict").param("verdict", "met"), "档案员", "ARCHIVIST"))).isEqualTo(403);
        assertThat(status(as(post(BASE + "/submit"), "档案员", "ARCHIVIST"))).isEqualTo(403);
        // An evaluator of another group, whose window this is not.
        assertThat(status(as(post("/inspect/other-group/stations/jn01/indicators/A1.1/verdict").param("verdict", "met"), "孙评估",
                "EVALUATOR"))).isEqualTo(403);
        assertThat(new WorksheetStore(station.state()).load(window.id()).entries()).noneMatch(e -> e.author().equals("档案员"));
        // The page shows no form to anyone but a signed-in evaluator: nothing at all to an anonymous request.
        var anonymous = mvc.perform(get(BASE + "/indicators/A1.1")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isNotEqualTo(200);
        assertThat(anonymous.getContentAsString()).doesNotContain("worksheet-form");
        String staff = mvc.perform(as(get("/stations/jn01/indicators/A1.1"), "档案员", "ARCHIVIST")).andReturn().getResponse()
                .getContentAsString();
        assertThat(staff).contains("A1.1").doesNotContain("worksheet-form");
    }

    @Test
    void should_save_each_change_as_the_evaluator_goes_and_refuse_changes_after_submission() throws Exception {
        var page = mvc.perform(as(get(BASE + "/indicators/A1.2"), "李评估", "EVALUATOR")).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("worksheet-form", "部分达标", "/verdict", "不填则按准备度得分");

        var saved = mvc.perform(as(post(BASE + "/indicators/A1.2/verdict").param("verdict", "partly").param("points", "1")
                .param("comment", "资产台账不全"), "李评估", "EVALUATOR")).andReturn().getResponse();
        assertThat(saved.getStatus()).as(saved.getContentAsString()).isEqualTo(200);
        assertThat(saved.getContentAsString()).contains("\"saved\":true");
        var kept = new WorksheetStore(station.state()).load(window.id()).entryOf("李评估", "A1.2").orElseThrow();
        assertThat(kept.comment()).isEqualTo("资产台账不全");
        assertThat(kept.points()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("1"));
        // The page shows the evaluator's own entry back.
        assertThat(mvc.perform(as(get(BASE + "/indicators/A1.2"), "李评估", "EVALUATOR")).andReturn().getResponse().getContentAsString())
                .contains("资产台账不全", "value=\"1.00\"");

        var tooMany = mvc.perform(as(post(BASE + "/indicators/A1.2/verdict").param("verdict", "met").param("points", "9")
                .param("lang", "en"), "李评估", "EVALUATOR")).andReturn().getResponse();
        assertThat(tooMany.getStatus()).isEqualTo(400);
        assertThat(tooMany.getContentAsString()).contains("outside 0…2");
        assertThat(status(as(post(BASE + "/indicators/A1/verdict").param("verdict", "met"), "李评估", "EVALUATOR"))).isEqualTo(400);

        assertThat(status(as(post(BASE + "/submit"), "李评估", "EVALUATOR"))).isEqualTo(200);
        assertThat(status(as(post(BASE + "/indicators/A1.2/verdict").param("verdict", "met"), "李评估", "EVALUATOR"))).isEqualTo(400);
        assertThat(mvc.perform(as(get(BASE + "/indicators/A1.2"), "李评估", "EVALUATOR")).andReturn().getResponse().getContentAsString())
                .contains("您已提交评分");
    }

    @Test
    void should_show_the_station_a_submitted_sheet_before_it_is_filed_and_never_a_draft() throws Exception {
        assertThat(status(as(post(BASE + "/indicators/B1.1/verdict").param("verdict", "not-met").param("points", "0")
                .param("comment", "培训记录缺签到"), "周评估", "EVALUATOR"))).isEqualTo(200);
        assertThat(status(as(post(BASE + "/indicators/B1.2/verdict").param("verdict", "met")
                .param("comment", "草稿意见未提交"), "吴评估", "EVALUATOR"))).isEqualTo(200);
        String before = mvc.perform(as(get("/stations/jn01"), "站长", "STATION_HEAD")).andReturn().getResponse().getContentAsString();
        assertThat(before).doesNotContain("培训记录缺签到", "草稿意见未提交");

        assertThat(status(as(post(BASE + "/submit"), "周评估", "EVALUATOR"))).isEqualTo(200);

        assertThat(new WorksheetStore(station.state()).filed(window.id())).as("the web's submission files no sheet").isEmpty();
        String page = mvc.perform(as(get("/stations/jn01"), "站长", "STATION_HEAD")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("evaluation-" + window.id(), "培训记录缺签到", "未达标", "周评估", "评分表尚未归档", "尚待提交：", "吴评估")
                .as("an evaluator's entries before they submit are a draft").doesNotContain("草稿意见未提交");
    }
}
