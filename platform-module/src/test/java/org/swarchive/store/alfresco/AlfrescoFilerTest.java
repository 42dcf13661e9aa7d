package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarchive.archive.Period;
import org.swarchive.classify.InboxFiling;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.filing.FilingContract;
import org.swarchive.filing.FilingNotes;
import org.swarchive.filing.ReviewItem;
import org.swarchive.i18n.Language;
import org.swarchive.store.StoreException;

/** {@code swa file} into Alfresco, against a repository that remembers what every request did. */
class AlfrescoFilerTest {

    private static final String WS_2025_D10 = "JN01-WS-2025-D10";

    @TempDir
    Path tmp;
    AlfrescoFiling f;
    final Faults faults = new Faults();

    @BeforeEach
    void station() {
        f = new AlfrescoFiling(tmp);
        f.repository.route(faults);
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void should_file_into_category_year_and_retention_folders_as_records_when_the_inbox_has_documents() {
        String march = f.dropMonthly("三月.docx", 2025, 3);
        f.dropMonthly("一月.docx", 2025, 1);
        assertThat(AlfrescoFiling.aspects(f.node(march))).as("the inbox rule marked it").contains("swa:pendingFiling");

        InboxFiling.Summary s = f.fileAll();

        assertThat(s.filed()).as(s.events().toString()).isEqualTo(2);
        assertThat(f.codes()).containsExactly(Map.entry(WS_2025_D10, List.of(1, 2)));
        assertThat(f.inboxFiles()).isEmpty();
        ObjectNode record = f.node(march);
        assertThat(record.get("nodeType").asText()).isEqualTo("swa:documentRecord");
        assertThat(record.get("name").asText()).isEqualTo("2025-03-月度工作总结.docx");
        assertThat(record.path("path").path("name").asText()).endsWith("/JN01/文书档案/2025/定期10年");
        assertThat(AlfrescoFiling.aspects(record)).contains("cm:auditable", "swa:retention").doesNotContain("swa:pendingFiling");
        assertThat(record.get("properties").get("swa:docType").asText()).isEqualTo("monthly-summary");
        assertThat(record.get("properties").get("swa:period").asText()).isEqualTo("2025-03");
        assertThat(record.get("properties").get("swa:archiveCode").asText()).matches("JN01-WS·2025-D10-000[12]");
        assertThat(f.notes(AlfrescoFiler.JOURNAL)).isEmpty();
        assertThat(f.notes().read(AlfrescoFiler.SERIES, WS_2025_D10)).contains("2");
        assertThat(f.notes(AlfrescoFiler.FILED)).hasSize(2);
        assertThat(f.notes().read(FilingNotes.AREA, FilingNotes.CLAIM)).as("the claim is released").isEmpty();
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Filed).extracting(e -> ((InboxFiling.Event.Filed) e).filedAs())
                .contains("文书档案/2025/定期10年/2025-03-月度工作总结.docx");
    }

    @Test
    void should_continue_after_the_highest_code_filed_when_the_series_has_records_but_no_counter() {
        String category = f.repository.at(AlfrescoFiling.STATION + "/文书档案").orElseThrow().get("id").asText();
        String year = f.repository.folder("2025", "cm:folder", category).get("id").asText();
        String retention = f.repository.folder("定期10年", "cm:folder", year).get("id").asText();
        f.repository.document(retention, "旧日志.txt", "swa:documentRecord", Map.of("swa:docType", "work-log",
                "swa:period", "2025-01", "swa:archiveCode", "JN01-WS·2025-D10-0041"), "x".getBytes());
        f.dropMonthly("二月.docx", 2025, 2);
        f.fileAll();
        assertThat(f.codes().get(WS_2025_D10)).containsExactly(41, 42);
    }

    @Test
    void should_follow_the_counter_in_the_notes_when_the_search_has_not_seen_the_latest_records() {
        f.notes().write(AlfrescoFiler.SERIES, WS_2025_D10, "7");
        f.dropMonthly("二月.docx", 2025, 2);
        f.fileAll();
        assertThat(f.codes().get(WS_2025_D10)).containsExactly(8);
        assertThat(f.notes().read(AlfrescoFiler.SERIES, WS_2025_D10)).contains("8");
    }

    @Test
    void should_file_nothing_and_touch_no_document_when_run_again() {
        f.dropMonthly("一月.docx", 2025, 1);
        f.dropMonthly("二月.docx", 2025, 2);
        f.fileAll();
        f.alfresco.server().resetRequests();

        InboxFiling.Summary again = f.fileAll();

        assertThat(again.filed()).isZero();
        assertThat(again.events()).isEmpty();
        assertThat(f.alfresco.server().getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().contains("/move")
                || e.getRequest().getMethod().getName().equals("PUT") && !e.getRequest().getUrl().contains("/content"));
        assertThat(f.codes().get(WS_2025_D10)).containsExactly(1, 2);
    }

    @Test
    void should_skip_a_copy_and_name_the_record_when_the_same_content_comes_in_again() {
        byte[] march = f.monthly(2025, 3, "x");
        f.drop("三月总结.docx", march);
        f.fileAll();
        String copy = f.drop("三月总结(1).docx", march);

        InboxFiling.Summary s = f.fileAll();

        assertThat(s.filed()).isZero();
        assertThat(s.events()).singleElement().isInstanceOfSatisfying(InboxFiling.Event.Skipped.class,
                e -> assertThat(e.reason().in(Language.ZH)).contains("JN01-WS·2025-D10-0001"));
        assertThat(f.inboxFiles()).containsExactly("三月总结(1).docx");
        assertThat(f.node(copy).get("nodeType").asText()).isEqualTo("cm:content");
        assertThat(f.codes().get(WS_2025_D10)).containsExactly(1);
    }

    @Test
    void should_give_unique_sequential_codes_when_two_filers_file_one_station_at_once() throws Exception {
        int n = 10;
        for (int i = 0; i < n; i++) {
            // Two series (2024 and 2025), five each.
            f.dropMonthly("doc" + i + ".docx", 2024 + i % 2, 1 + i / 2);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<InboxFiling.Summary>> runs = new ArrayList<>();
        for (int r = 0; r < 2; r++) {
            // Each filer has its own client, as two replicas would.
            AlfrescoClient own = f.otherClient();
            runs.add(pool.submit(() -> {
                start.await();
                try (AlfrescoFiler filer = f.filer(own, f.options())) {
                    return f.run(filer).run(e -> { });
                }
            }));
        }
        start.countDown();
        int filed = 0;
        for (Future<InboxFiling.Summary> run : runs) {
            filed += run.get().filed();
        }
        pool.shutdown();
        assertThat(filed).isEqualTo(n);
        assertThat(f.codes()).hasSize(2).allSatisfy((series, items) ->
                assertThat(items).containsExactlyElementsOf(IntStream.rangeClosed(1, n / 2).boxed().toList()));
        assertThat(f.inboxFiles()).isEmpty();
    }

    @Test
    void should_take_over_a_claim_left_by_a_filer_that_died_when_it_is_stale() {
        f.notes().create(FilingNotes.AREA, FilingNotes.CLAIM, "4242@dead/0000 2026-01-01T00:00:00Z");
        f.dropMonthly("一月.docx", 2025, 1);
        InboxFiling.Summary s = f.fileAll();
        assertThat(s.filed()).isEqualTo(1);
        assertThat(f.notes().read(FilingNotes.AREA, FilingNotes.CLAIM)).isEmpty();
        assertThat(f.notes(FilingNotes.AREA)).as("no takeover marker is left").isEmpty();
    }

    @Test
    void should_say_another_filer_is_at_work_when_a_live_claim_outlasts_the_wait() {
        f.notes().create(FilingNotes.AREA, FilingNotes.CLAIM, "4242@busy/0000 " + java.time.Instant.now());
        String doc = f.dropMonthly("一月.docx", 2025, 1);
        try (AlfrescoFiler filer = f.filer(f.client, f.options().waitingAtMost(Duration.ofMillis(200)))) {
            assertThatThrownBy(() -> f.run(filer).run(e -> { })).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.reason().zh()).contains("另一个归档进程正在处理本站", ".swa/filing/claim");
                assertThat(e.reason().en()).contains("another filer");
            });
        }
        assertThat(f.node(doc).get("nodeType").asText()).isEqualTo("cm:content");
    }

    // ---- failures at each step ----------------------------------------------------------------

    /** The steps before the document is typed: a failure there leaves it in the inbox as it was. */
    static Stream<Arguments> stepsBeforeTheRecordIsTyped() {
        return Stream.of("claim", "search", "folder", "journal", "move", "type")
                .flatMap(step -> Stream.of(Arguments.of(step, false), Arguments.of(step, true)));
    }

    @ParameterizedTest(name = "{0} fails (timeout: {1})")
    @MethodSource("stepsBeforeTheRecordIsTyped")
    void should_leave_the_document_in_the_inbox_unchanged_when_a_step_fails(String step, boolean timeout) {
        String doc = f.dropMonthly("三月.docx", 2025, 3);
        ObjectNode before = f.node(doc).deepCopy();
        faults.fail(step, timeout);

        assertThatThrownBy(f::fileAll).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason().zh())
                .contains("暂时无法处理", timeout ? "连接失败或超时" : "HTTP 500", "已尝试 3 次"));

        faults.clear();
        ObjectNode after = f.node(doc);
        for (String field : List.of("parentId", "name", "nodeType", "aspectNames", "properties")) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(f.notes(AlfrescoFiler.JOURNAL)).isEmpty();
        assertThat(f.notes().read(FilingNotes.AREA, FilingNotes.CLAIM)).isEmpty();

        f.fileAll();
        assertThat(f.codes().get(WS_2025_D10)).as("no number was burnt").containsExactly(1);
    }

    @ParameterizedTest(name = "{0} fails")
    @ValueSource(strings = {"counter", "hash", "unjournal"})
    void should_finish_the_bookkeeping_on_the_next_run_when_it_fails_after_the_record_is_typed(String step) {
        String doc = f.dropMonthly("三月.docx", 2025, 3);
        faults.fail(step, false);
        assertThatThrownBy(f::fileAll).isInstanceOf(StoreException.class);
        faults.clear();
        assertThat(f.node(doc).get("properties").get("swa:archiveCode").asText()).isEqualTo("JN01-WS·2025-D10-0001");
        assertThat(f.notes(AlfrescoFiler.JOURNAL)).as("left for the next filer").hasSize(1);

        f.dropMonthly("四月.docx", 2025, 4);
        f.fileAll();

        assertThat(f.codes().get(WS_2025_D10)).containsExactly(1, 2);
        assertThat(f.notes(AlfrescoFiler.JOURNAL)).isEmpty();
        assertThat(f.notes().read(AlfrescoFiler.SERIES, WS_2025_D10)).contains("2");
        assertThat(f.notes(AlfrescoFiler.FILED)).hasSize(2);
    }

    /** A filer killed right after a step: no catch block runs, its claim stays behind. */
    static final class Killed extends Error {
        Killed(String step) {
            super("killed after " + step);
        }
    }

    @ParameterizedTest(name = "killed after {0}")
    @ValueSource(strings = {"journal", "moved", "typed", "counted"})
    void should_put_a_killed_filing_right_on_the_next_run(String step) {
        f.dropMonthly("一月.docx", 2025, 1);
        f.dropMonthly("二月.docx", 2025, 2);
        AlfrescoFiler.Options o = f.options();
        AlfrescoFiler.Options dying = o.withCheckpoint(s -> {
            if (s.equals(step)) {
                throw new Killed(s);
            }
        });
        assertThatThrownBy(() -> f.run(f.filer(f.client, dying)).run(e -> { })).isInstanceOf(Killed.class);
        assertThat(f.notes().read(FilingNotes.AREA, FilingNotes.CLAIM)).as("a dead filer's claim").isPresent();

        // The next filer runs after the dead one's claim has gone stale.
        AlfrescoFiler.Options later = o.withClock(AlfrescoFiling.later(o.staleClaim().plusMinutes(1)));
        try (AlfrescoFiler next = f.filer(f.client, later)) {
            f.run(next).run(e -> { });
        }

        assertThat(f.codes().get(WS_2025_D10)).containsExactly(1, 2);
        assertThat(f.inboxFiles()).isEmpty();
        assertThat(f.notes(AlfrescoFiler.JOURNAL)).isEmpty();
        assertThat(f.notes().read(AlfrescoFiler.SERIES, WS_2025_D10)).contains("2");
        String folder = AlfrescoFiling.STATION + "/文书档案/2025/定期10年/";
        assertThat(f.repository.at(folder + "2025-01-月度工作总结.docx")).isPresent();
        assertThat(f.repository.at(folder + "2025-02-月度工作总结.docx")).isPresent();
    }

    @Test
    void should_say_which_permission_is_missing_and_leave_the_document_when_the_move_is_forbidden() {
        String doc = f.dropMonthly("三月.docx", 2025, 3);
        faults.answer("move", 403);
        assertThatThrownBy(f::fileAll).isInstanceOfSatisfying(StoreException.class, e -> {
            assertThat(e.reason().zh()).contains("文书档案/2025/定期10年", "archivist", "CreateChildren");
            assertThat(e.reason().en()).contains("lacks the 'CreateChildren' permission");
        });
        assertThat(f.inboxFiles()).containsExactly("三月.docx");
        assertThat(f.node(doc).get("nodeType").asText()).isEqualTo("cm:content");
    }

    @Test
    void should_move_the_document_back_and_say_so_when_the_repository_refuses_the_record_type() {
        String doc = f.dropMonthly("三月.docx", 2025, 3);
        faults.answer("type", 409);
        assertThatThrownBy(f::fileAll).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.reason().zh()).contains("Alfresco 拒绝了", "HTTP 409"));
        assertThat(f.inboxFiles()).containsExactly("三月.docx");
        assertThat(AlfrescoFiling.aspects(f.node(doc))).contains("swa:pendingFiling");
    }

    @Test
    void should_name_the_credentials_to_check_when_the_repository_rejects_them() {
        f.dropMonthly("三月.docx", 2025, 3);
        faults.answer("any", 401);
        assertThatThrownBy(f::fileAll).isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.reason().zh())
                .contains("拒绝了登录凭据", "archivist", "SWA_ALFRESCO_PASSWORD").doesNotContain("s3cret"));
    }

    // ---- zips and the review queue ------------------------------------------------------------

    @Test
    void should_unpack_a_zip_with_gbk_names_file_its_entries_and_keep_the_zip_in_the_notes() throws IOException {
        byte[] docx = f.monthly(2025, 6, "zip");
        f.drop("六月材料.zip", zip(true, Map.of("六月/2025年6月月度工作总结.docx", docx)));
        assertThat(new String(zip(true, Map.of("六月/2025年6月月度工作总结.docx", docx)), Charset.forName("GBK")))
                .as("the name really is GBK in the zip").contains("月度工作总结");

        InboxFiling.Summary s = f.fileAll();

        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Filed).extracting(InboxFiling.Event::id)
                .containsExactly("收件箱/六月材料/六月/2025年6月月度工作总结.docx");
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Note)
                .anySatisfy(e -> assertThat(((InboxFiling.Event.Note) e).reason().in(Language.ZH)).contains("已解压到“收件箱/六月材料”", ".swa/originals/六月材料.zip"));
        assertThat(f.repository.at(AlfrescoFiling.LIBRARY + "/.swa/originals/六月材料.zip")).isPresent();
        assertThat(f.inboxFiles()).isEmpty();
        assertThat(f.codes().get(WS_2025_D10)).containsExactly(1);
    }

    @Test
    void should_skip_an_entry_that_climbs_out_and_refuse_a_bomb_whole_when_zips_are_bad() throws IOException {
        f.drop("可疑.zip", zip(false, Map.of("../../逃逸.txt", "2025年3月工作日志".getBytes(),
                "2025年5月会议记录.txt", "2025年5月会议记录\n参会人员：全体社工".getBytes())));
        f.drop("炸弹.zip", FilingContract.bomb());

        InboxFiling.Summary s = f.fileAll();

        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Failed && e.id().equals("收件箱/可疑.zip!../../逃逸.txt"))
                .singleElement().satisfies(e -> assertThat(((InboxFiling.Event.Failed) e).reason().in(Language.ZH)).contains("../"));
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Filed).extracting(InboxFiling.Event::id)
                .containsExactly("收件箱/可疑/2025年5月会议记录.txt");
        assertThat(f.repository.descendants(f.repository.library(AlfrescoStub.SITE)))
                .noneMatch(n -> n.get("name").asText().contains("逃逸") || n.get("name").asText().contains("zeros"));
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Failed && e.id().equals("收件箱/炸弹.zip"))
                .singleElement().satisfies(e -> assertThat(((InboxFiling.Event.Failed) e).reason().in(Language.ZH)).contains("压缩炸弹"));
        assertThat(f.inboxFiles()).containsExactly("炸弹.zip");
        try (AlfrescoFiler filer = f.filer()) {
            assertThat(filer.reviewQueue()).extracting(ReviewItem::inboxId).contains("收件箱/炸弹.zip");
        }
    }

    @Test
    void should_queue_an_unsure_document_in_the_notes_and_file_it_when_an_archivist_accepts_it() {
        String doc = f.drop("新建 Microsoft Word 文档.docx", f.document(DemoDocuments.Format.DOCX, new DemoDocuments.Content("说明",
                List.of("请大家按时到岗。"), Optional.empty(), Optional.empty())));
        InboxFiling.Summary s = f.fileAll();
        assertThat(s.queued()).isEqualTo(1);
        List<ReviewItem> queue;
        try (AlfrescoFiler filer = f.filer()) {
            queue = filer.reviewQueue();
        }
        assertThat(queue).singleElement().satisfies(r -> assertThat(r.inboxId()).isEqualTo("收件箱/新建 Microsoft Word 文档.docx"));
        assertThat(f.notes(AlfrescoFiler.REVIEW)).containsExactly(queue.get(0).id() + ".json");
        assertThat(f.node(doc).get("properties").get("swa:filingNote").asText()).startsWith("待审：");

        InboxFiling.Event e;
        try (AlfrescoFiler filer = f.filer()) {
            e = f.run(filer).accept(queue.get(0).id(), new InboxFiling.Correction(Optional.of("policy"), Optional.<Period>empty(),
                    Optional.of(LocalDate.of(2025, 9, 1)), Optional.empty()));
        }

        assertThat(e).isInstanceOfSatisfying(InboxFiling.Event.Filed.class, filed -> assertThat(filed.code()).isEqualTo("JN01-WS·2025-Y-0001"));
        assertThat(f.node(doc).get("name").asText()).isEqualTo("2025-09-01-管理制度.docx");
        assertThat(f.notes(AlfrescoFiler.REVIEW)).isEmpty();
    }

    private static byte[] zip(boolean gbk, Map<String, byte[]> entries) throws IOException {
        return FilingContract.zip(gbk, entries);
    }

    /**
     * Makes the repository fail one step of a filing — every try, so retries run out — with a 500,
     * no answer at all (the connection dropped, as a timeout looks to the client), or a status.
     */
    static final class Faults implements FakeRepository.Route {
        private volatile String step;
        private volatile int status;

        void fail(String step, boolean timeout) {
            this.status = timeout ? -1 : 500;
            this.step = step;
        }

        void answer(String step, int status) {
            this.status = status;
            this.step = step;
        }

        void clear() {
            step = null;
        }

        @Override
        public ResponseDefinition answer(String method, String path, Map<String, String> query,
                                         com.github.tomakehurst.wiremock.verification.LoggedRequest r, FakeRepository repository) {
            String s = step;
            if (s == null || !matches(s, method, path, r, repository)) {
                return null;
            }
            return status < 0 ? new ResponseDefinitionBuilder().withFault(Fault.CONNECTION_RESET_BY_PEER).build()
                    : FakeRepository.ok(status, FakeRepository.errorBody(status));
        }

        private static boolean matches(String step, String method, String path, com.github.tomakehurst.wiremock.verification.LoggedRequest r,
                                       FakeRepository repository) {
            String body = r.getBody() == null ? "" : r.getBodyAsString();
            boolean post = method.equals("POST");
            return switch (step) {
                case "any" -> true;
                case "claim" -> post && body.contains("filing") && body.contains("\r\n\r\nclaim\r\n");
                case "search" -> post && path.equals(AlfrescoStub.SEARCH) && body.contains("swa:archiveCode");
                case "folder" -> post && path.endsWith("/children") && body.contains("\"name\":\"定期10年\"");
                case "journal" -> post && body.contains("filing/journal");
                case "move" -> post && path.endsWith("/move") && isDocument(path, repository);
                case "type" -> method.equals("PUT") && body.contains("\"nodeType\"");
                case "counter" -> post && body.contains("filing/series");
                case "hash" -> post && body.contains("filing/filed");
                case "unjournal" -> method.equals("DELETE") && Optional.ofNullable(repository.node(nodeIdOf(path)))
                        .map(n -> n.path("path").path("name").asText().endsWith("/.swa/filing/journal")).orElse(false);
                default -> throw new IllegalArgumentException(step);
            };
        }

        private static boolean isDocument(String path, FakeRepository repository) {
            ObjectNode n = repository.node(nodeIdOf(path));
            return n != null && !n.get("isFolder").asBoolean();
        }

        private static String nodeIdOf(String path) {
            String rest = path.substring(path.indexOf("/nodes/") + 7);
            return rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        }
    }
}
