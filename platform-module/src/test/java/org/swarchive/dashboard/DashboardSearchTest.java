package org.swarchive.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.TestAccounts;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.store.Progress;
import org.swarchive.store.folder.FolderStore;

/**
 * {@code /search} (issue 16 §4) over real HTTP on a folder-store station: nobody searches without
 * signing in, each role finds exactly the records its file view would open, an evaluator only
 * inside a window open to their group, and a hit links to a record that opens (and is registered).
 */
class DashboardSearchTest {

    static final String STATION = "检索站";
    static final String GROUP = RoleMatrixStation.GROUP;
    static final String EVALUATOR = RoleMatrixStation.EVALUATOR;
    static final String WORD = "zebraquokka";

    @TempDir
    static Path tmp;
    static DashboardServer.Running server;
    static final List<String> reads = Collections.synchronizedList(new ArrayList<>());
    static Map<String, String> RECORDS;

    @BeforeAll
    static void start() throws Exception {
        RoleMatrixStation matrix = new RoleMatrixStation(tmp, STATION, " " + WORD);
        RECORDS = matrix.records;
        matrix.standardRecords("检索-");
        StationSearch search = s -> Optional.of(((FolderStore) s.archive())
                .search(new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, ZoneId.systemDefault()), Progress.NONE));
        server = DashboardServer.start(new Dashboard(matrix.board(), DisposalList.notAvailable())
                .withReads((s, file, reader, mode) -> reads.add(reader.name() + "|" + file.id()))
                .withSearch(search), "127.0.0.1", 0);
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

    static HttpResponse<String> get(String path, String as) throws Exception {
        return RoleMatrixStation.get(server, path, as);
    }

    /** The file-view links of the hits on a search page. */
    static List<String> hitLinks(String page) {
        List<String> links = new ArrayList<>();
        Matcher m = Pattern.compile("class=\"hit-link\" href=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            links.add(m.group(1).replace("&amp;", "&"));
        }
        return links;
    }

    static String idOf(String link) {
        String id = link.substring(link.indexOf("files?id=") + "files?id=".length());
        int amp = id.indexOf('&');
        return URLDecoder.decode(amp < 0 ? id : id.substring(0, amp), StandardCharsets.UTF_8);
    }

    /** The kinds of the test's records a person finds by the word in their text. */
    static Set<String> found(String as) throws Exception {
        HttpResponse<String> r = get("/search?q=" + WORD, as);
        assertThat(r.statusCode()).as(as).isEqualTo(200);
        Set<String> kinds = new TreeSet<>();
        for (String link : hitLinks(r.body())) {
            String id = idOf(link);
            RECORDS.forEach((kind, path) -> {
                if (path.equals(id)) {
                    kinds.add(kind);
                }
            });
        }
        return kinds;
    }

    /** The kinds of the test's records a person's file view opens. */
    static Set<String> opened(String as, boolean evaluator) throws Exception {
        Set<String> kinds = new TreeSet<>();
        for (var e : RECORDS.entrySet()) {
            String base = evaluator ? "/inspect/" + GROUP : "";
            HttpResponse<String> r = get(base + "/stations/" + enc(STATION) + "/files?id=" + enc(e.getValue()), as);
            if (r.statusCode() == 200) {
                kinds.add(e.getKey());
            }
        }
        return kinds;
    }

    @Test
    void should_send_an_anonymous_search_to_the_sign_in_form_and_find_nothing() throws Exception {
        HttpResponse<String> r = get("/search?q=" + WORD, null);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(r.body()).doesNotContain("检索-");
        HttpResponse<String> basic = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "search?q=" + WORD))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("nobody:wrong".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.body()).doesNotContain("检索-");
        assertThat(reads).isEmpty();
    }

    @Test
    void should_let_each_role_find_exactly_the_records_its_file_view_opens() throws Exception {
        Map<String, Set<String>> expected = new LinkedHashMap<>();
        for (String as : List.of(TestAccounts.HEAD, "archivist", "worker", "finance")) {
            Set<String> found = found(as);
            assertThat(found).as(as).isEqualTo(opened(as, false));
            expected.put(as, found);
        }
        // The README's matrix, as the search answers it.
        assertThat(expected.get("archivist")).containsAll(RECORDS.keySet());
        assertThat(expected.get("worker")).contains("documents, evidence", "sensitive, own case")
                .doesNotContain("sensitive, other case", "personnel", "finance", "assets");
        assertThat(expected.get("finance")).contains("finance", "assets").doesNotContain("sensitive, own case", "personnel");
    }

    @Test
    void should_let_an_evaluator_find_only_evidence_inside_a_window_open_to_their_group() throws Exception {
        Set<String> found = found(EVALUATOR);
        assertThat(found).isEqualTo(opened(EVALUATOR, true)).contains("documents, evidence")
                .doesNotContain("sensitive, own case", "sensitive, other case", "personnel", "finance", "assets");
        assertThat(found("other-evaluator")).isEmpty();
        assertThat(get("/search?q=" + WORD, "other-evaluator").body()).doesNotContain("检索-").contains("id=\"search-total\"");
    }

    @Test
    void should_link_a_hit_to_its_record_which_opens_and_is_registered_only_when_opened() throws Exception {
        HttpResponse<String> page = get("/search?q=" + WORD + "&type=meeting-minutes&period=2025-03&lang=en", "archivist");
        assertThat(page.body()).contains("Find records", "id=\"search-box\"");
        List<String> links = hitLinks(page.body());
        assertThat(links).hasSize(1);
        assertThat(idOf(links.get(0))).isEqualTo(RECORDS.get("documents, evidence"));
        assertThat(reads).as("a search list registers nothing").isEmpty();
        HttpResponse<String> file = get(links.get(0), "archivist");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).isEqualTo("内容：documents, evidence " + WORD);
        assertThat(reads).containsExactly("archivist|" + RECORDS.get("documents, evidence"));
    }

    @Test
    void should_show_the_search_box_on_every_page_and_say_what_is_wrong_with_a_bad_date() throws Exception {
        assertThat(get("/", "archivist").body()).contains("id=\"search-box\"", "action=\"/search\"");
        assertThat(get("/stations/" + enc(STATION), "archivist").body()).contains("id=\"search-box\"");
        HttpResponse<String> bad = get("/search?from=2025-13-01", "archivist");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("2025-13-01").doesNotContain("class=\"hit-link\"");
    }
}
