package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.TestAccounts;
import org.swarchive.access.AccessMode;

/**
 * Identity on every web surface (issue 14), over real HTTP on a folder-store station: nobody reads
 * without signing in, the address grants nothing, each role reads what the access policy lets it,
 * every read names its reader, and the server keeps other sites out.
 */
class DashboardSecurityTest {

    static final String STATION = "安全站";
    static final String GROUP = RoleMatrixStation.GROUP;
    static final String EVALUATOR = RoleMatrixStation.EVALUATOR;

    @TempDir
    static Path tmp;
    static Path dir;
    static DashboardServer.Running server;
    static final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final List<String> reads = Collections.synchronizedList(new ArrayList<>());

    /** The records of the matrix: kind → path; every one of them is in 2025 and, where it says so, evidence of E1.2. */
    static Map<String, String> RECORDS;

    @BeforeAll
    static void start() throws Exception {
        RoleMatrixStation matrix = new RoleMatrixStation(tmp, STATION, "");
        dir = matrix.dir;
        RECORDS = matrix.records;
        matrix.standardRecords("矩阵-");
        matrix.record("confidential case, evidence", "服务档案/2025/矩阵-保密个案.txt", Map.of("swa:docType", "case-record", "swa:caseId", "C009",
                "swa:period", "2025-03", "swa:confidentiality", "confidential", "swa:indicators", "E1.2"));
        matrix.record("'Sensitive' (not in the list)", "服务档案/2025/矩阵-大写敏感.txt", Map.of("swa:docType", "case-record", "swa:caseId", "C009",
                "swa:period", "2025-03", "swa:confidentiality", "Sensitive", "swa:indicators", "E1.2"));
        matrix.record("inbox scan, no metadata", "收件箱/矩阵-扫描件.txt", null);
        server = DashboardServer.start(new Dashboard(matrix.board(), DisposalList.notAvailable())
                .withReads((s, file, reader, mode) -> reads.add(reader.name() + "|" + reader.unit() + "|" + mode + "|" + file.id())),
                "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void clearReads() {
        reads.clear();
    }

    static String enc(String s) {
        return RoleMatrixStation.enc(s);
    }

    static String file(String path) {
        return "/stations/" + enc(STATION) + "/files?id=" + enc(path);
    }

    static String inspectFile(String group, String path) {
        return "/inspect/" + group + "/stations/" + enc(STATION) + "/files?id=" + enc(path);
    }

    static HttpResponse<String> get(String path, String as) throws Exception {
        return RoleMatrixStation.get(server, path, as);
    }

    @Test
    void should_answer_401_to_an_anonymous_file_or_api_read_and_send_pages_to_the_sign_in_form() throws Exception {
        HttpResponse<String> file = get(file(RECORDS.get("sensitive, own case")), null);
        assertThat(file.statusCode()).isEqualTo(401);
        assertThat(file.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(file.body()).doesNotContain("内容");
        assertThat(get("/api/v1/stations", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/stations/" + enc(STATION) + "/readiness", null).statusCode()).isEqualTo(401);
        for (String page : List.of("/", "/stations/" + enc(STATION), "/inspect/" + GROUP, "/inspect/" + GROUP + "/stations/" + enc(STATION),
                "/worksheet.js")) {
            HttpResponse<String> r = get(page, null);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
        }
        assertThat(get("/login", null).body()).contains("账户名", "密码", "name=\"_csrf\"");
        assertThat(get("/login?lang=en", null).body()).contains("Account name", "Password");
        assertThat(reads).isEmpty();
    }

    @Test
    void should_grant_nothing_for_the_group_name_in_the_address() throws Exception {
        String evidence = RECORDS.get("documents, evidence");
        assertThat(get(inspectFile(GROUP, evidence), null).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(get(inspectFile(GROUP, evidence), "other-evaluator").statusCode()).as("another group's evaluator").isEqualTo(404);
        assertThat(get(inspectFile(GROUP, evidence), TestAccounts.HEAD).statusCode()).as("not an evaluator").isEqualTo(404);
        assertThat(get("/inspect/" + GROUP + "/stations/" + enc(STATION), "other-evaluator").statusCode()).isEqualTo(404);
        assertThat(get("/inspect/someone-else/stations/" + enc(STATION), "other-evaluator").statusCode()).as("no window for that group").isEqualTo(404);
        assertThat(get(inspectFile(GROUP, evidence), EVALUATOR).statusCode()).isEqualTo(200);
        // An evaluator reads through the evaluator's view only: not the staff pages, not the API.
        assertThat(get(file(evidence), EVALUATOR).statusCode()).isEqualTo(403);
        assertThat(get("/stations/" + enc(STATION), EVALUATOR).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/stations/" + enc(STATION) + "/readiness", EVALUATOR).statusCode()).isEqualTo(403);
        assertThat(get("/", EVALUATOR).headers().firstValue("Location").orElseThrow()).endsWith("/inspect/" + GROUP);
    }

    @Test
    void should_not_serve_an_evaluator_a_file_that_is_not_evidence() throws Exception {
        for (String kind : List.of("personnel", "finance", "assets", "inbox scan, no metadata")) {
            HttpResponse<String> r = get(inspectFile(GROUP, RECORDS.get(kind)), EVALUATOR);
            assertThat(r.statusCode()).as(kind).isEqualTo(404);
            assertThat(r.body()).as(kind).doesNotContain("内容");
        }
        for (String demoFile : List.of("收件箱/扫描件001.pdf", ".swa/accounts/head")) {
            assertThat(get(inspectFile(GROUP, demoFile), EVALUATOR).statusCode()).as(demoFile).isEqualTo(404);
        }
    }

    /** Role × record kind, as the README's "Who sees what" table says it: 200 read, 404 not for them. */
    @Test
    void should_let_each_role_read_exactly_the_records_the_policy_gives_it() throws Exception {
        List<String> roles = List.of(TestAccounts.HEAD, "archivist", "worker", "finance", EVALUATOR, "district");
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("documents, evidence", List.of(200, 200, 200, 404, 200, 200));
        expected.put("sensitive, own case", List.of(200, 200, 200, 404, 404, 200));
        expected.put("sensitive, other case", List.of(200, 200, 404, 404, 404, 200));
        expected.put("confidential case, evidence", List.of(200, 200, 200, 404, 200, 200));
        expected.put("'Sensitive' (not in the list)", List.of(200, 200, 404, 404, 404, 200));
        expected.put("personnel", List.of(200, 200, 404, 404, 404, 200));
        expected.put("finance", List.of(200, 200, 404, 200, 404, 200));
        expected.put("assets", List.of(200, 200, 404, 200, 404, 200));
        expected.put("inbox scan, no metadata", List.of(200, 200, 404, 404, 404, 200));
        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        for (String kind : expected.keySet()) {
            List<Integer> row = new ArrayList<>();
            for (String role : roles) {
                String path = role.equals(EVALUATOR) ? inspectFile(GROUP, RECORDS.get(kind)) : file(RECORDS.get(kind));
                row.add(get(path, role).statusCode());
            }
            actual.put(kind, row);
        }
        assertThat(actual).as("rows: record kinds; columns: %s", roles).containsExactlyEntriesOf(expected);
    }

    @Test
    void should_show_each_role_only_its_stations_in_the_json_api() throws Exception {
        assertThat(get("/api/v1/stations", "district").body()).contains(STATION);
        assertThat(get("/api/v1/stations", "finance").body()).contains(STATION);
        assertThat(get("/api/v1/stations/" + enc(STATION) + "/readiness", "district").statusCode()).isEqualTo(200);
    }

    @Test
    void should_name_the_signed_in_reader_once_per_document_read_and_not_for_a_head_or_a_later_range() throws Exception {
        String evidence = RECORDS.get("documents, evidence");
        assertThat(get(file(evidence), "archivist").statusCode()).isEqualTo(200);
        assertThat(get(inspectFile(GROUP, evidence), EVALUATOR).statusCode()).isEqualTo(200);
        HttpResponse<Void> head = http.send(TestAccounts.as("archivist", HttpRequest.newBuilder(URI.create(server.url() + file(evidence).substring(1)))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(head.statusCode()).isEqualTo(200);
        http.send(TestAccounts.as("archivist", HttpRequest.newBuilder(URI.create(server.url() + file(evidence).substring(1)))
                .header("Range", "bytes=5-")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(reads).containsExactly("archivist||" + AccessMode.ONLINE + "|" + evidence,
                EVALUATOR + "|金牛区民政局评估组|" + AccessMode.ONLINE + "|" + evidence);
    }

    @Test
    void should_refuse_a_post_without_the_forms_token_or_from_another_site() throws Exception {
        String recheck = "stations/" + enc(STATION) + "/recheck";
        SignIn session = SignIn.as(server.url(), TestAccounts.HEAD);
        assertThat(session.signedIn()).isTrue();
        assertThat(session.post(recheck, null).statusCode()).as("no token").isEqualTo(403);
        assertThat(session.post(recheck, "forged").statusCode()).as("a wrong token").isEqualTo(403);
        assertThat(session.post(recheck).statusCode()).as("the page's token").isEqualTo(302);
        // Credentials alone do not make a form post safe: a cross-site page posting with a foreign Origin is refused.
        HttpResponse<String> foreign = http.send(TestAccounts.as(TestAccounts.HEAD, HttpRequest.newBuilder(URI.create(server.url() + recheck))
                .header("Origin", "https://evil.example")).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(foreign.statusCode()).isEqualTo(403);
        HttpResponse<String> shareFromBrowser = http.send(TestAccounts.as(TestAccounts.HEAD, HttpRequest.newBuilder(
                URI.create(server.url() + "api/v1/nodes/abc/readiness-check")).header("Origin", "https://evil.example"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(shareFromBrowser.statusCode()).as("Share's endpoint from a browser page").isEqualTo(403);
        // Share's own call, server to server with credentials and no browser origin, needs no token.
        HttpResponse<String> share = http.send(TestAccounts.as(TestAccounts.HEAD, HttpRequest.newBuilder(
                URI.create(server.url() + "api/v1/nodes/abc/readiness-check")).header("Content-Type", "application/json"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(share.statusCode()).isNotIn(401, 403);
        HttpResponse<String> anonymousShare = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/v1/nodes/abc/readiness-check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymousShare.statusCode()).isIn(401, 403);
        HttpResponse<String> financeShare = http.send(TestAccounts.as("finance", HttpRequest.newBuilder(
                URI.create(server.url() + "api/v1/nodes/abc/readiness-check")).header("Content-Type", "application/json"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(financeShare.statusCode()).as("a role that manages nothing").isEqualTo(403);
        assertThat(SignIn.as(server.url(), "district").post(recheck).statusCode()).as("read-only").isEqualTo(403);
    }

    @Test
    void should_put_the_security_headers_on_every_answer_and_keep_files_out_of_caches() throws Exception {
        for (String path : List.of("/", "/login", file(RECORDS.get("documents, evidence")), "/api/v1/stations")) {
            HttpResponse<String> r = get(path, path.equals("/login") ? null : TestAccounts.HEAD);
            assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).as(path).contains("frame-ancestors 'none'");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).isPresent();
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).contains("DENY");
        }
        // Scripts run only from the dashboard itself: its worksheet script, to anyone signed in; nothing inline.
        HttpResponse<String> page = get("/", TestAccounts.HEAD);
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self';")
                .doesNotContain("script-src 'self' 'unsafe-inline'");
        HttpResponse<String> script = get("/worksheet.js", TestAccounts.HEAD);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElseThrow()).contains("javascript");
        assertThat(script.body()).contains("worksheet-form");
        HttpResponse<String> f = get(file(RECORDS.get("documents, evidence")), TestAccounts.HEAD);
        assertThat(f.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(f.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("sandbox");
        HttpResponse<String> login = get("/login", null);
        SignIn session = SignIn.as(server.url(), TestAccounts.HEAD);
        String cookie = session.answer().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst()
                .orElse(login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow());
        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void should_refuse_a_request_for_another_host() throws Exception {
        URI u = URI.create(server.url());
        assertThat(rawStatus(u, "evil.example")).startsWith("HTTP/1.1 400");
        assertThat(rawStatus(u, "localhost")).doesNotStartWith("HTTP/1.1 400");
        assertThat(HostNames.of("0.0.0.0", Set.of("archives.jinniu.example")).test("archives.jinniu.example")).isTrue();
        assertThat(HostNames.of("127.0.0.1", Set.of()).test("archives.jinniu.example")).isFalse();
    }

    private static String rawStatus(URI server, String host) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /login HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElse("");
        }
    }

    @Test
    void should_lock_an_account_after_five_failed_sign_ins() throws Exception {
        for (int i = 0; i < LockOut.FAILURES; i++) {
            assertThat(SignIn.as(server.url(), "locked-out", "wrong-password-" + i).signedIn()).isFalse();
        }
        assertThat(SignIn.as(server.url(), "locked-out").signedIn()).as("the right password, while locked").isFalse();
        assertThat(get("/api/v1/stations", "locked-out").statusCode()).isEqualTo(401);
        assertThat(SignIn.as(server.url(), "archivist").signedIn()).as("other accounts are not locked").isTrue();
    }

    @Test
    void should_not_follow_a_link_out_of_a_records_folder() throws Exception {
        Files.createSymbolicLink(dir.resolve("文书档案/2025/账户.txt"), dir.resolve(".swa/accounts/head"));
        Files.createSymbolicLink(dir.resolve("文书档案/2025/个案.txt"), dir.resolve(RECORDS.get("sensitive, own case")));
        for (String as : List.of(TestAccounts.HEAD, "district")) {
            assertThat(get(file("文书档案/2025/账户.txt"), as).statusCode()).isEqualTo(404);
            assertThat(get(file("文书档案/2025/个案.txt"), as).statusCode()).isEqualTo(404);
        }
        assertThat(get(inspectFile(GROUP, "文书档案/2025/个案.txt"), EVALUATOR).statusCode()).isEqualTo(404);
    }
}
