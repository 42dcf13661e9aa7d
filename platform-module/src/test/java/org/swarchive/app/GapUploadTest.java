package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.SampleDocuments;
import org.swarchive.TestAccounts;
import org.swarchive.access.AccountRole;
import org.swarchive.archive.Period;
import org.swarchive.check.StationCheck;
import org.swarchive.dashboard.DashboardServer;
import org.swarchive.dashboard.SignIn;
import org.swarchive.evidence.Gap;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.filing.StationFiler;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.InspectionWindowStore;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.retry.Retries;
import org.swarchive.store.Station;
import org.swarchive.store.alfresco.AlfrescoFiling;
import org.swarchive.store.alfresco.AlfrescoStub;

/**
 * Closing a gap where it is seen (issue 17 §3), end to end through {@code swa serve}'s server as
 * the app wires it: a signed-in archivist's browser posts the form on a gap's row of the station
 * page (multipart, with the page's CSRF token), the document is filed through the station's filer
 * and the page shows the slot filled. On the folder store (the demo station) and on Alfresco
 * (the fake repository that remembers).
 */
class GapUploadTest {

    static final Pattern UPLOAD_FORM = Pattern.compile("<form class=\"upload\" method=\"post\" enctype=\"multipart/form-data\"\\s+action=\"([^\"]+)\"");
    static final Pattern CONFIRM_FORM = Pattern.compile("<form id=\"upload-confirm\" method=\"post\" action=\"([^\"]+)\"");
    static final Pattern PENDING = Pattern.compile("name=\"pending\" value=\"([^\"]+)\"");

    @TempDir
    static Path made;
    static Path demoStation;
    @TempDir
    Path tmp;
    DashboardServer.Running server;
    AlfrescoFiling alfresco;
    Station station;
    final Workbench workbench = new Workbench(new CatalogueLoader(), new ReadinessEngine(), AlfrescoStub.basicEnvironment("s3cret"),
            new Retries(2, Duration.ofMillis(1), 2), "");
    final DemoStations demo = new DemoStations();

    /** The demo station is made once (generated and filed); each test changes a copy of its own. */
    @org.junit.jupiter.api.BeforeAll
    static void makeDemo() {
        demoStation = new DemoStations().make(made.resolve("jn01"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (alfresco != null) {
            alfresco.close();
        }
    }

    /** The demo station (four overdue gaps), its staff and an evaluator with a window open, served as {@code swa serve} does. */
    void serveFolder() {
        Path dir = DemoStations.copy(demoStation, tmp.resolve("jn01"));
        station = workbench.station("folder:" + dir, "jn01", demo.catalogue);
        Clock clock = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        accounts(clock);
        serve(clock);
    }

    /** A station in the fake repository with nothing filed yet: every month's report is a gap. */
    void serveAlfresco() {
        alfresco = new AlfrescoFiling(tmp.resolve("acs"));
        station = workbench.station("alfresco:" + alfresco.alfresco.baseUrl() + "/sites/" + AlfrescoStub.SITE, null, demo.catalogue);
        Clock clock = Clock.fixed(DemoStations.AS_OF.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        accounts(clock);
        // On Alfresco the dashboard signs people in with the repository: the same people there, in the station's groups.
        Map.of("archivist", AccountRole.ARCHIVIST, "head", AccountRole.STATION_HEAD, "worker", AccountRole.SOCIAL_WORKER,
                "finance", AccountRole.FINANCE).forEach((name, role) -> alfresco.repository.person(name, TestAccounts.PASSWORD,
                "GROUP_" + AlfrescoStub.SITE + "-" + role.stationRole().orElseThrow().id()));
        serve(clock);
    }

    private void accounts(Clock clock) {
        TestAccounts.add(station.state(), "archivist", AccountRole.ARCHIVIST);
        TestAccounts.add(station.state(), "head", AccountRole.STATION_HEAD);
        TestAccounts.add(station.state(), "worker", AccountRole.SOCIAL_WORKER);
        TestAccounts.add(station.state(), "finance", AccountRole.FINANCE);
        TestAccounts.evaluator(station.state(), "jinniu-bureau");
        new InspectionWindowStore(station.state()).open(station.id(), "jinniu-bureau", clock.instant().minus(Duration.ofDays(1)),
                clock.instant().plus(Duration.ofDays(6)), "head");
    }

    private void serve(Clock clock) {
        try {
            inboxBefore = inbox();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        server = new DashboardLauncher(workbench, clock).start(List.of(station), demo.framework, Period.year(DemoStations.YEAR), demo.catalogue,
                new DashboardLauncher.Listen("127.0.0.1", 0, Duration.ofMinutes(5)), new PrintWriter(new StringWriter()), Language.ZH);
    }

    /** The station's gaps as a fresh check finds them now. */
    List<Gap> gaps() {
        return new StationCheck(new ReadinessEngine()).run(station.archive(), demo.framework, Period.year(DemoStations.YEAR),
                DemoStations.AS_OF).assessment().gaps();
    }

    Gap monthlyGap() {
        return gaps().stream().filter(g -> g.indicator().equals("G1.1") && g.period() != null).findFirst().orElseThrow();
    }

    String stationPage() {
        return "/stations/" + org.springframework.web.util.UriUtils.encodePathSegment(station.id(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The action of the upload form on the gap's row, as the browser would post it (the page's CSRF token in its address). */
    static String formAction(String page) {
        Matcher m = UPLOAD_FORM.matcher(page);
        assertThat(m.find()).as("an upload form on the page").isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    static Map<String, String> slot(Gap g) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("indicator", g.indicator());
        f.put("docType", g.docTypes().get(0));
        if (g.period() != null) {
            f.put("period", g.period());
        }
        if (g.subject() != null) {
            f.put("subject", g.subject());
        }
        return f;
    }

    byte[] monthly(String period, String tag) {
        Period p = Period.parse(period).orElseThrow();
        return new SampleDocuments(tmp).monthly(p.start().getYear(), p.start().getMonthValue(), tag);
    }

    static String previousMonth(String period) {
        Period p = Period.parse(period).orElseThrow();
        java.time.LocalDate before = p.start().minusMonths(1);
        return Period.month(before.getYear(), before.getMonthValue()).label();
    }

    /** Records filed in the station (every 档号 a scan finds). */
    long records() {
        try (Stream<org.swarchive.store.ScanItem> items = station.archive().scan()) {
            return items.filter(i -> i instanceof org.swarchive.store.ScanItem.Filed).count();
        }
    }

    List<String> inboxBefore = List.of();

    /** What waits in the inbox: nothing handed in stays there. */
    List<String> inbox() throws Exception {
        if (alfresco != null) {
            return alfresco.inboxFiles();
        }
        Path in = ((org.swarchive.store.folder.FolderStore) station.archive()).root().resolve("收件箱");
        if (!Files.isDirectory(in)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(in)) {
            return files.filter(Files::isRegularFile).map(p -> in.relativize(p).toString()).toList();
        }
    }

    static String tokenOf(SignIn session, String page) throws Exception {
        Matcher t = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(session.get(page).body());
        assertThat(t.find()).as("a CSRF token on " + page).isTrue();
        return t.group(1);
    }

    private SignIn as(String name) throws Exception {
        SignIn s = SignIn.as(server.url(), name);
        assertThat(s.signedIn()).as(name + " signs in").isTrue();
        return s;
    }

    // ---- the folder store ------------------------------------------------------------------------

    @Test
    void should_fill_exactly_one_slot_when_the_archivist_hands_in_the_missing_document() throws Exception {
        serveFolder();
        fillsExactlyOneSlot();
    }

    @Test
    void should_show_a_contradiction_and_file_nothing_until_it_is_confirmed() throws Exception {
        serveFolder();
        SignIn archivist = as("archivist");
        Gap gap = monthlyGap();
        long before = records();
        String other = previousMonth(gap.period());

        HttpResponse<String> asked = archivist.upload(formAction(archivist.get(stationPage()).body()), slot(gap), "总结.docx",
                monthly(other, "wrong month"));

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(asked.body()).contains("upload-contradictions", "总结.docx", other, gap.period(), "尚未归档", "upload-confirm");
        assertThat(records()).as("nothing filed before the person confirms").isEqualTo(before);
        assertThat(inbox()).isEqualTo(inboxBefore);
        assertThat(gaps()).contains(gap);

        Matcher confirm = CONFIRM_FORM.matcher(asked.body());
        Matcher pending = PENDING.matcher(asked.body());
        assertThat(confirm.find() && pending.find()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>(slot(gap));
        fields.put("pending", pending.group(1));
        fields.put("confirm", "true");
        HttpResponse<String> confirmed = archivist.upload(confirm.group(1).replace("&amp;", "&"), fields, null, null);

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        assertThat(records()).isEqualTo(before + 1);
        assertThat(gaps()).doesNotContain(gap);
        String page = archivist.get(stationPage()).body();
        assertThat(page).contains("upload-result", "已归档：总结.docx", "JN01-WS·2025-D10-");
        // The same token a second time files nothing more: it was taken.
        HttpResponse<String> again = archivist.upload(confirm.group(1).replace("&amp;", "&"), fields, null, null);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(records()).isEqualTo(before + 1);
    }

    static final Pattern PENDING_FORM = Pattern.compile("<form class=\"pending-upload\" method=\"post\" action=\"([^\"]+)\"");

    @Test
    void should_keep_a_document_awaiting_confirmation_across_a_restart_for_the_person_who_handed_it_in() throws Exception {
        serveFolder();
        SignIn archivist = as("archivist");
        Gap gap = monthlyGap();
        long before = records();
        String other = previousMonth(gap.period());
        HttpResponse<String> asked = archivist.upload(formAction(archivist.get(stationPage()).body()), slot(gap), "总结.docx",
                monthly(other, "across a restart"));
        assertThat(asked.body()).contains("upload-confirm", "保留 7 天");

        // The server restarts: every sign-in session is gone, the document is not.
        server.close();
        serve(Clock.fixed(DemoStations.AS_OF.atTime(11, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        SignIn head = as("head");
        assertThat(head.get(stationPage()).body()).as("another person sees nothing of it").doesNotContain("等待您确认的补交文件");
        SignIn again = as("archivist");
        String page = again.get(stationPage()).body();
        assertThat(page).contains("等待您确认的补交文件", "总结.docx：指标 " + gap.indicator() + "，期间 " + gap.period());
        Matcher review = PENDING_FORM.matcher(page);
        Matcher token = PENDING.matcher(page);
        assertThat(review.find() && token.find()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>(slot(gap));
        fields.put("pending", token.group(1));
        // Someone else holding the token gets nothing of it.
        HttpResponse<String> stolen = head.upload(review.group(1).replace("&amp;", "&").replaceAll("_csrf=[^&]+", "_csrf="
                + java.net.URLEncoder.encode(tokenOf(head, stationPage()), java.nio.charset.StandardCharsets.UTF_8)), withConfirm(fields), null, null);
        assertThat(stolen.statusCode()).isEqualTo(302);
        assertThat(head.get(stationPage()).body()).contains("待确认的文件已不在");
        assertThat(records()).isEqualTo(before);

        HttpResponse<String> shown = again.upload(review.group(1).replace("&amp;", "&"), fields, null, null);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("upload-contradictions", other, "upload-confirm");
        Matcher confirm = CONFIRM_FORM.matcher(shown.body());
        assertThat(confirm.find()).isTrue();
        HttpResponse<String> confirmed = again.upload(confirm.group(1).replace("&amp;", "&"), withConfirm(fields), null, null);

        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(302);
        assertThat(records()).isEqualTo(before + 1);
        assertThat(gaps()).doesNotContain(gap);
        assertThat(again.get(stationPage()).body()).contains("已归档：总结.docx").doesNotContain("等待您确认的补交文件");
        assertThat(station.state().list("uploads-pending")).as("nothing held once filed").isEmpty();
    }

    @Test
    void should_drop_a_document_awaiting_confirmation_when_the_person_cancels_it() throws Exception {
        serveFolder();
        SignIn archivist = as("archivist");
        Gap gap = monthlyGap();
        long before = records();
        HttpResponse<String> asked = archivist.upload(formAction(archivist.get(stationPage()).body()), slot(gap), "总结.docx",
                monthly(previousMonth(gap.period()), "cancelled"));
        Matcher confirm = CONFIRM_FORM.matcher(asked.body());
        Matcher pending = PENDING.matcher(asked.body());
        assertThat(confirm.find() && pending.find()).isTrue();
        Map<String, String> fields = new LinkedHashMap<>(slot(gap));
        fields.put("pending", pending.group(1));
        fields.put("cancel", "true");

        HttpResponse<String> cancelled = archivist.upload(confirm.group(1).replace("&amp;", "&"), fields, null, null);

        assertThat(cancelled.statusCode()).isEqualTo(302);
        assertThat(archivist.get(stationPage()).body()).contains("已放弃待确认的文件").doesNotContain("等待您确认的补交文件");
        assertThat(station.state().list("uploads-pending")).isEmpty();
        assertThat(records()).isEqualTo(before);
        assertThat(inbox()).isEqualTo(inboxBefore);
    }

    static Map<String, String> withConfirm(Map<String, String> fields) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put("confirm", "true");
        return f;
    }

    @Test
    void should_give_nothing_to_an_anonymous_or_a_wrong_role_request_and_file_nothing() throws Exception {
        serveFolder();
        Gap gap = monthlyGap();
        SignIn archivist = as("archivist");
        String action = formAction(archivist.get(stationPage()).body());
        long before = records();
        byte[] doc = monthly(gap.period(), "roles");

        // Anonymous, with the token the sign-in page gives anyone: sent to sign in, never filed.
        SignIn anonymous = SignIn.as(server.url(), "nobody", "wrong");
        Matcher t = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(anonymous.get("login").body());
        assertThat(t.find()).isTrue();
        HttpResponse<String> a = anonymous.upload("/stations/jn01/gaps/upload?_csrf=" + java.net.URLEncoder.encode(t.group(1),
                java.nio.charset.StandardCharsets.UTF_8), slot(gap), "总结.docx", doc);
        assertThat(a.statusCode()).isEqualTo(302);
        assertThat(a.headers().firstValue("Location").orElse("")).contains("/login");
        for (String name : List.of("worker", "finance", "jinniu-bureau")) {
            SignIn s = as(name);
            String token = tokenOf(s, name.equals("jinniu-bureau") ? "/inspect/jinniu-bureau" : "/");
            String own = "/stations/jn01/gaps/upload?_csrf=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> r = s.upload(own, slot(gap), "总结.docx", doc);
            assertThat(r.statusCode()).as(name).isEqualTo(403);
            assertThat(s.get(stationPage()).body()).as(name + " sees no upload form").doesNotContain("enctype=\"multipart/form-data\"");
        }
        // The archivist without the page's token: refused by the CSRF check.
        HttpResponse<String> noToken = archivist.upload("/stations/jn01/gaps/upload", slot(gap), "总结.docx", doc);
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(records()).isEqualTo(before);
        assertThat(inbox()).isEqualTo(inboxBefore);
        assertThat(gaps()).contains(gap);
    }

    @Test
    void should_file_a_second_upload_of_the_same_document_once_and_say_so() throws Exception {
        serveFolder();
        SignIn head = as("head");
        Gap gap = monthlyGap();
        byte[] doc = monthly(gap.period(), "twice");
        long before = records();
        String action = formAction(head.get(stationPage()).body());

        assertThat(head.upload(action, slot(gap), "总结.docx", doc).statusCode()).isEqualTo(302);
        assertThat(head.get(stationPage()).body()).as("the browser follows the redirect").contains("已归档：总结.docx");
        assertThat(records()).isEqualTo(before + 1);
        List<Gap> after = gaps();
        // The same form sent again (a reload, a double click): the slot is no longer missing, nothing more is filed.
        assertThat(head.upload(action, slot(gap), "总结.docx", doc).statusCode()).isEqualTo(302);
        assertThat(head.get(stationPage()).body()).contains("已不再缺失").doesNotContain("已归档：");
        // The same document handed in for another gap: a copy of a record, said before anything is read or filed.
        Gap other = after.get(0);
        assertThat(head.upload(action, slot(other), "总结(1).docx", doc).statusCode()).isEqualTo(302);
        assertThat(head.get(stationPage()).body()).contains("内容相同：未再次归档");
        assertThat(records()).isEqualTo(before + 1);
        assertThat(gaps()).isEqualTo(after);
        assertThat(inbox()).isEqualTo(inboxBefore);
    }

    @Test
    void should_name_an_unreadable_file_and_keep_nothing() throws Exception {
        serveFolder();
        SignIn archivist = as("archivist");
        Gap gap = monthlyGap();
        long before = records();

        HttpResponse<String> r = archivist.upload(formAction(archivist.get(stationPage()).body()), slot(gap), "坏文件.docx",
                "PK\u0003\u0004 not really a document".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("无法读取 坏文件.docx", "未归档");
        assertThat(records()).isEqualTo(before);
        assertThat(inbox()).isEqualTo(inboxBefore);
        assertThat(gaps()).contains(gap);
    }

    @Test
    void should_say_a_file_over_the_size_limit_is_too_large() throws Exception {
        System.setProperty("spring.servlet.multipart.max-file-size", "64KB");
        try {
            serveFolder();
        } finally {
            System.clearProperty("spring.servlet.multipart.max-file-size");
        }
        SignIn archivist = as("archivist");
        Gap gap = monthlyGap();
        long before = records();

        HttpResponse<String> r = archivist.upload(formAction(archivist.get(stationPage()).body()), slot(gap), "大文件.pdf", new byte[200 * 1024]);

        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("超过 64 KB 的上限", "未归档");
        assertThat(records()).isEqualTo(before);
    }

    // ---- Alfresco ---------------------------------------------------------------------------------

    @Test
    void should_fill_exactly_one_slot_in_the_repository_and_file_a_second_upload_once() throws Exception {
        serveAlfresco();
        Gap gap = fillsExactlyOneSlot();
        assertThat(alfresco.notes(StationFiler.JOURNAL)).as("the journal is empty once filed").isEmpty();

        SignIn archivist = as("archivist");
        long after = records();
        HttpResponse<String> again = archivist.upload(formAction(archivist.get(stationPage()).body()), slot(monthlyGap()), "总结.docx",
                handedIn);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(302);
        assertThat(archivist.get(stationPage()).body()).contains("内容相同：未再次归档");
        assertThat(records()).isEqualTo(after);
        assertThat(inbox()).isEqualTo(inboxBefore);
    }

    @Test
    void should_write_the_record_as_the_person_who_handed_it_in_when_the_station_is_in_alfresco() throws Exception {
        serveAlfresco();
        Gap gap = fillsExactlyOneSlot();

        com.fasterxml.jackson.databind.node.ObjectNode filed = filedNode(gap);
        // The repository was asked as the archivist (their ticket), not as the service's account.
        assertThat(filed.path("createdByUser").path("id").asText()).isEqualTo("archivist");
        assertThat(filed.path("modifiedByUser").path("id").asText()).isEqualTo("archivist");
        assertThat(filed.path("nodeType").asText()).isEqualTo("swa:documentRecord");
    }

    @Test
    void should_say_the_repository_refused_and_leave_nothing_when_the_person_may_not_write_there() throws Exception {
        serveAlfresco();
        // The site manager took the station head's write on the inbox away: what the pages allow, the repository refuses.
        String headGroup = "GROUP_" + AlfrescoStub.SITE + "-station-head";
        com.fasterxml.jackson.databind.node.ObjectNode inboxNode = alfresco.repository.at("Sites/" + AlfrescoStub.SITE + "/documentLibrary/JN01/收件箱")
                .orElseThrow();
        com.fasterxml.jackson.databind.node.ArrayNode local = (com.fasterxml.jackson.databind.node.ArrayNode) inboxNode.path("permissions")
                .path("locallySet");
        for (int i = local.size() - 1; i >= 0; i--) {
            if (local.get(i).path("authorityId").asText().equals(headGroup)) {
                local.remove(i);
            }
        }
        assertThat(alfresco.repository.may("head", inboxNode.get("id").asText(), "create")).isFalse();
        SignIn head = as("head");
        Gap gap = monthlyGap();
        long before = records();

        HttpResponse<String> r = head.upload(formAction(head.get(stationPage()).body()), slot(gap), "总结.docx", monthly(gap.period(), "refused"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
        assertThat(r.body()).contains("总结.docx 未归档：档案库不允许 head 在此归档", "档案库没有任何改动");
        assertThat(records()).isEqualTo(before);
        assertThat(inbox()).isEqualTo(inboxBefore);
        assertThat(alfresco.notes(StationFiler.JOURNAL)).isEmpty();
        assertThat(gaps()).contains(gap);
        // The archivist, whom the repository lets write there, fills the same slot.
        fillsExactlyOneSlot();
    }

    /** The record a gap's document became: the one node named after the slot's period. */
    com.fasterxml.jackson.databind.node.ObjectNode filedNode(Gap gap) {
        String library = alfresco.repository.library(AlfrescoStub.SITE);
        List<com.fasterxml.jackson.databind.node.ObjectNode> found = alfresco.repository.descendants(library).stream()
                .filter(n -> n.get("name").asText().startsWith(gap.period() + "-月度工作总结")).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** What {@link #fillsExactlyOneSlot} handed in: the same bytes again are the same document. */
    byte[] handedIn;

    /** Hands in the document of the first missing monthly report; exactly that slot is filled. */
    private Gap fillsExactlyOneSlot() throws Exception {
        SignIn archivist = as("archivist");
        List<Gap> before = gaps();
        Gap gap = monthlyGap();
        long records = records();
        String page = archivist.get(stationPage()).body();
        assertThat(page).contains("补交并归档");

        handedIn = monthly(gap.period(), "exactly one");
        HttpResponse<String> r = archivist.upload(formAction(page), slot(gap), "总结.docx", handedIn);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/stations/", "#gaps");
        List<Gap> after = gaps();
        assertThat(after).hasSize(before.size() - 1).doesNotContain(gap);
        assertThat(before).containsAll(after);
        assertThat(records()).isEqualTo(records + 1);
        assertThat(inbox()).isEqualTo(inboxBefore);
        String shown = archivist.get(stationPage()).body();
        assertThat(shown).contains("upload-result", "已归档：总结.docx", gap.period() + "-月度工作总结",
                "缺失佐证 (" + after.size() + ")");
        return gap;
    }
}
