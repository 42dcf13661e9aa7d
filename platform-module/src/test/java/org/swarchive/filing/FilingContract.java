package org.swarchive.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.Confidentiality;
import org.swarchive.classify.FilingDecision;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.Category;
import org.swarchive.archive.Period;
import org.swarchive.archive.Retention;
import org.swarchive.check.CheckResult;
import org.swarchive.check.StationCheck;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.FilingFixture;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.SampleDocuments;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.i18n.Language;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StationRecords;

/**
 * What filing must do on every store, written once and run against each adapter: the numbering
 * every writer of a code shares, the transaction (idempotence, copies, documents that left), the
 * review queue, zips, and a run killed at any step put right by the next.
 */
public abstract class FilingContract {

    protected static final long MAX = TikaExtractor.DEFAULT_MAX_BYTES;
    /** The series a 2026 policy and the 2026 destruction register share. */
    protected static final ArchiveSeries WS_2026_Y = ArchiveSeries.of("JN01", Category.DOCUMENTS, 2026, new Retention.Permanent());
    private static final String REGISTER_FOLDER = "文书档案/2026/永久";

    @TempDir
    protected Path scratch;
    protected FilingStation station;

    /** A fresh station with an empty inbox. */
    protected abstract FilingStation station(Path scratch) throws Exception;

    @BeforeEach
    void open() throws Exception {
        station = station(scratch);
    }

    @AfterEach
    void close() {
        station.close();
    }

    // ---- one numbering ------------------------------------------------------------------------

    @Test
    void should_issue_the_next_code_after_the_register_when_the_register_was_filed_between_two_filings() {
        dropPolicy("站务管理制度汇编.docx", "站务管理制度汇编", LocalDate.of(2026, 1, 5));
        assertThat(fileAll().filed()).isEqualTo(1);

        StationRecords.Numbered register = fileRegister("P2026-001");
        assertThat(register.code()).hasToString("JN01-WS·2026-Y-0002");
        assertThat(counter(WS_2026_Y)).contains("2");

        dropPolicy("财务管理办法.docx", "财务报销管理办法", LocalDate.of(2026, 2, 10));
        InboxFiling.Summary second = fileAll();

        assertThat(second.events()).filteredOn(InboxFiling.Event.Filed.class::isInstance)
                .extracting(e -> ((InboxFiling.Event.Filed) e).code()).containsExactly("JN01-WS·2026-Y-0003");
        assertThat(codes()).containsEntry(WS_2026_Y.key(), List.of(1, 2, 3));
        assertThat(check().warnings()).as("no duplicate code").isEmpty();
    }

    @Test
    void should_draw_past_the_highest_code_in_the_store_when_the_counter_is_behind() {
        station.put(REGISTER_FOLDER + "/旧制度.docx", policyMetadata("JN01-WS·2026-Y-0005"), "旧".getBytes());
        station.notes().write(Numbering.SERIES, WS_2026_Y.key(), "2");

        assertThat(fileRegister("P2026-001").code()).hasToString("JN01-WS·2026-Y-0006");
        assertThat(counter(WS_2026_Y)).contains("6");
    }

    @Test
    void should_pass_the_number_a_filing_in_progress_holds_when_the_register_is_drawn_meanwhile() {
        station.notes().write(FilingNotes.JOURNAL, "inprogress.json",
                "{\"series\":\"" + WS_2026_Y.key() + "\",\"item\":3,\"code\":\"JN01-WS·2026-Y-0003\"}");

        assertThat(fileRegister("P2026-001").code()).hasToString("JN01-WS·2026-Y-0004");
    }

    @Test
    void should_name_both_records_in_the_warnings_when_two_share_an_archive_code() {
        station.put(REGISTER_FOLDER + "/制度甲.docx", policyMetadata("JN01-WS·2026-Y-0001"), "甲".getBytes());
        station.put(REGISTER_FOLDER + "/制度乙.docx", policyMetadata("JN01-WS·2026-Y-0001"), "乙".getBytes());

        CheckResult result = check();

        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.field()).isEqualTo("swa:archiveCode");
            assertThat(w.value()).isEqualTo("JN01-WS·2026-Y-0001");
            assertThat(w.reason().in(Language.ZH)).contains("重复", REGISTER_FOLDER + "/制度甲.docx", REGISTER_FOLDER + "/制度乙.docx");
            assertThat(w.reason().in(Language.EN)).contains("used twice", "制度甲.docx", "制度乙.docx");
        });
    }


    // ---- confidentiality on filing (docs/domain.md §6.3) ----------------------------------------

    @Test
    void should_file_a_case_intake_as_confidential_when_its_text_shows_no_sensitive_marker() {
        dropIntake("接案登记表-C012.docx", "个案编号：C012", "接案日期：2025年3月3日", "服务需求：邻里关系调解");

        InboxFiling.Summary s = fileAll();

        assertThat(s.filed()).as(s.events().toString()).isEqualTo(1);
        ArchiveRecord intake = filedRecord("case-intake");
        assertThat(intake.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
        assertThat(intake.property(FilingDecision.CONFIDENTIALITY_NOTE)).isEmpty();
    }

    @Test
    void should_file_a_case_intake_as_sensitive_and_say_why_when_its_text_holds_an_id_card_number() {
        dropIntake("接案登记表-C013.docx", "个案编号：C013", "接案日期：2025年3月3日", "身份证号：110105198003150039");

        InboxFiling.Summary s = fileAll();

        assertThat(s.events()).filteredOn(InboxFiling.Event.Filed.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((InboxFiling.Event.Filed) e).decision().sensitiveMarkers()).isNotEmpty());
        ArchiveRecord intake = filedRecord("case-intake");
        assertThat(intake.confidentiality()).isEqualTo(Confidentiality.SENSITIVE);
        assertThat(intake.property(FilingDecision.CONFIDENTIALITY_NOTE)).hasValueSatisfying(note -> assertThat(note)
                .contains("身份证").contains("第二十八条").doesNotContain("110105198003150039"));
    }

    @Test
    void should_read_a_wrongly_written_level_as_sensitive_and_warn_when_a_record_says_Sensitive() {
        Map<String, String> m = policyMetadata("JN01-WS·2026-Y-0001");
        m.put("swa:confidentiality", "Sensitive");
        station.put(REGISTER_FOLDER + "/制度.docx", m, "制度".getBytes());

        ArchiveRecord record = filedRecord("policy");

        assertThat(record.confidentiality()).isEqualTo(Confidentiality.SENSITIVE);
        assertThat(check().warnings()).anySatisfy(w -> {
            assertThat(w.field()).isEqualTo("swa:confidentiality");
            assertThat(w.value()).isEqualTo("Sensitive");
        });
    }

    /** A case intake form the rules file with confidence: named so, its case and dates in the text. */
    protected void dropIntake(String name, String... lines) {
        station.drop(null, name, document(DemoDocuments.Format.DOCX, new DemoDocuments.Content("接案登记表",
                List.of(lines), Optional.of("李社工"), Optional.of(LocalDate.of(2025, 3, 3)))));
    }

    /** The one record of this doc type a scan finds. */
    protected ArchiveRecord filedRecord(String docType) {
        try (Stream<ScanItem> items = station.store().scan()) {
            List<ArchiveRecord> found = items.filter(ScanItem.Filed.class::isInstance).map(i -> ((ScanItem.Filed) i).record())
                    .filter(r -> docType.equals(r.docType())).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    // ---- the transaction ------------------------------------------------------------------------

    private static final String WS_2025_D10 = "JN01-WS-2025-D10";

    @Test
    void should_number_from_one_and_file_into_category_year_and_retention_folders_when_the_station_is_fresh() {
        for (int m = 1; m <= 3; m++) {
            station.drop(null, m + "月总结.docx", monthly(2025, m, "n" + m));
        }

        InboxFiling.Summary s = fileAll();

        assertThat(s.filed()).as(s.events().toString()).isEqualTo(3);
        assertThat(codes()).containsExactly(Map.entry(WS_2025_D10, List.of(1, 2, 3)));
        assertThat(station.inboxFiles()).isEmpty();
        assertThat(s.events()).filteredOn(InboxFiling.Event.Filed.class::isInstance)
                .extracting(e -> ((InboxFiling.Event.Filed) e).filedAs()).contains("文书档案/2025/定期10年/2025-03-月度工作总结.docx");
        assertThat(station.notes().read(Numbering.SERIES, WS_2025_D10)).contains("3");
        assertThat(station.notes().list(FilingNotes.JOURNAL)).isEmpty();
        assertThat(station.notes().list(FilingNotes.FILED)).hasSize(3);
    }

    @Test
    void should_file_nothing_twice_when_run_again() {
        station.drop(null, "一月.docx", monthly(2025, 1, "a"));
        station.drop(null, "二月.docx", monthly(2025, 2, "b"));
        fileAll();

        InboxFiling.Summary again = fileAll();

        assertThat(again.filed()).isZero();
        assertThat(again.events()).isEmpty();
        assertThat(codes().get(WS_2025_D10)).containsExactly(1, 2);
    }

    @Test
    void should_skip_a_copy_and_name_the_record_when_the_same_content_comes_in_again() {
        byte[] march = monthly(2025, 3, "x");
        station.drop(null, "三月总结.docx", march);
        fileAll();
        station.drop(null, "三月总结(1).docx", march);

        InboxFiling.Summary s = fileAll();

        assertThat(s.filed()).isZero();
        assertThat(s.events()).singleElement().isInstanceOfSatisfying(InboxFiling.Event.Skipped.class,
                e -> assertThat(e.reason().in(Language.ZH)).contains("JN01-WS·2025-D10-0001"));
        assertThat(station.inboxFiles()).containsExactly("三月总结(1).docx");
        assertThat(codes().get(WS_2025_D10)).containsExactly(1);
    }

    @Test
    void should_file_nothing_and_use_no_number_when_the_document_left_the_inbox_after_it_was_listed() {
        station.drop(null, "三月.docx", monthly(2025, 3, "x"));
        try (ArchiveFiler filer = station.filer()) {
            InboxItem item = filer.openInbox().items().get(0);
            station.remove("三月.docx");

            FilingOutcome outcome = filer.file(item, new FilingRequest(new ArchiveSeries("JN01", "WS", 2025, "D10"),
                    "文书档案/2025/定期10年", "2025-03-月度工作总结", Map.of("type", "swa:documentRecord", "swa:docType", "monthly-summary")));

            assertThat(outcome).isEqualTo(new FilingOutcome.Gone(item.id()));
        }
        assertThat(codes()).isEmpty();
        assertThat(station.notes().read(Numbering.SERIES, WS_2025_D10)).isEmpty();
    }

    // ---- the review queue -----------------------------------------------------------------------

    @Test
    void should_queue_an_unsure_document_and_file_it_when_an_archivist_accepts_it() {
        station.drop(null, "新建 Microsoft Word 文档.docx", document(DemoDocuments.Format.DOCX, new DemoDocuments.Content("说明",
                List.of("请大家按时到岗。"), Optional.empty(), Optional.empty())));
        assertThat(fileAll().queued()).isEqualTo(1);
        List<ReviewItem> queue;
        try (ArchiveFiler filer = station.filer()) {
            queue = filer.reviewQueue();
        }
        assertThat(queue).singleElement().satisfies(r -> assertThat(r.inboxId()).endsWith("/新建 Microsoft Word 文档.docx"));

        InboxFiling.Event e;
        try (ArchiveFiler filer = station.filer()) {
            e = run(filer).accept(queue.get(0).id(), new InboxFiling.Correction(Optional.of("policy"), Optional.empty(),
                    Optional.of(LocalDate.of(2025, 9, 1)), Optional.empty()));
        }

        assertThat(e).isInstanceOfSatisfying(InboxFiling.Event.Filed.class, f -> assertThat(f.code()).isEqualTo("JN01-WS·2025-Y-0001"));
        assertThat(station.notes().list(FilingNotes.REVIEW)).isEmpty();
        assertThat(station.inboxFiles()).isEmpty();
    }

    @Test
    void should_drop_a_queue_entry_when_its_document_left_the_inbox() {
        station.drop(null, "新建文本文档.txt", "待整理".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        InboxFiling.Summary s = fileAll();
        assertThat(s.queued() + s.failed()).isEqualTo(1);
        assertThat(station.notes().list(FilingNotes.REVIEW)).hasSize(1);
        station.remove("新建文本文档.txt");

        try (ArchiveFiler filer = station.filer()) {
            filer.pruneQueue();
            assertThat(filer.reviewQueue()).isEmpty();
        }
    }

    // ---- zips ---------------------------------------------------------------------------------

    @Test
    void should_unpack_a_zip_file_its_documents_and_keep_the_zip_when_the_inbox_holds_one() throws IOException {
        station.drop(null, "六月材料.zip", zip(false, Map.of("六月/2025年6月月度工作总结.docx", monthly(2025, 6, "z"))));

        InboxFiling.Summary s = fileAll();

        assertThat(s.events()).filteredOn(InboxFiling.Event.Note.class::isInstance).anySatisfy(e -> assertThat(
                ((InboxFiling.Event.Note) e).reason().in(Language.ZH)).contains("已解压到", "六月材料", ".swa/originals/六月材料.zip"));
        assertThat(s.events()).filteredOn(InboxFiling.Event.Filed.class::isInstance).extracting(InboxFiling.Event::id)
                .singleElement().asString().endsWith("/六月材料/六月/2025年6月月度工作总结.docx");
        assertThat(station.inboxFiles()).isEmpty();
        assertThat(codes().get(WS_2025_D10)).containsExactly(1);
    }

    @Test
    void should_refuse_a_zip_bomb_whole_keep_it_and_queue_it() throws IOException {
        station.drop(null, "炸弹.zip", bomb());

        InboxFiling.Summary s = fileAll();

        assertThat(s.events()).filteredOn(InboxFiling.Event.Failed.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((InboxFiling.Event.Failed) e).reason().in(Language.ZH)).contains("压缩炸弹"));
        assertThat(station.inboxFiles()).containsExactly("炸弹.zip");
        try (ArchiveFiler filer = station.filer()) {
            assertThat(filer.reviewQueue()).extracting(ReviewItem::inboxId).singleElement().asString().endsWith("/炸弹.zip");
        }
    }

    // ---- killed runs --------------------------------------------------------------------------

    /** A filer killed right after a step: no catch block runs, as when the process dies. */
    public static final class Killed extends Error {
        public Killed(String step) {
            super("killed after " + step);
        }
    }

    @Test
    void should_use_each_number_exactly_once_when_a_run_is_killed_after_any_step_and_the_next_recovers() {
        int month = 0;
        for (String step : station.steps()) {
            station.drop(null, "月报" + (++month) + ".docx", monthly(2025, month, step));
            station.drop(null, "月报" + (++month) + ".docx", monthly(2025, month, step));
            try (ArchiveFiler dying = station.dying(step, () -> {
                throw new Killed(step);
            })) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(dying).run(e -> { })).as(step).isInstanceOf(Killed.class);
            }
            try (ArchiveFiler next = station.later()) {
                run(next).run(e -> { });
            }
            List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, month).boxed().toList();
            assertThat(codes().get(WS_2025_D10)).as("killed after %s", step).containsExactlyElementsOf(expected);
            assertThat(station.notes().read(Numbering.SERIES, WS_2025_D10)).as(step).contains(String.valueOf(month));
            assertThat(station.notes().list(FilingNotes.JOURNAL)).as(step).isEmpty();
            assertThat(station.inboxFiles()).as(step).isEmpty();
        }
    }

    @Test
    void should_give_the_register_a_number_past_the_one_a_killed_filing_holds_and_finish_that_filing_after() {
        dropPolicy("站务管理制度汇编.docx", "站务管理制度汇编", LocalDate.of(2026, 1, 5));
        String first = station.steps().get(0);
        try (ArchiveFiler dying = station.dying(first, () -> {
            throw new Killed(first);
        })) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> run(dying).run(e -> { })).isInstanceOf(Killed.class);
        }
        station.expireClaims();

        assertThat(fileRegister("P2026-001").code()).hasToString("JN01-WS·2026-Y-0002");
        try (ArchiveFiler next = station.later()) {
            run(next).run(e -> { });
        }

        assertThat(codes()).containsEntry(WS_2026_Y.key(), List.of(1, 2));
        assertThat(station.inboxFiles()).isEmpty();
        assertThat(check().warnings()).isEmpty();
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** A zip bomb: 64 MiB of zeros in one entry, under a mebibyte packed. */
    public static byte[] bomb() throws IOException {
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bomb)) {
            out.putArchiveEntry(new ZipArchiveEntry("zeros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                out.write(zeros);
            }
            out.closeArchiveEntry();
        }
        return bomb.toByteArray();
    }

    /** A zip of these entries, in name order; {@code gbk}: names in GBK without the UTF-8 flag, as Windows' own zip writes them. */
    public static byte[] zip(boolean gbk, Map<String, byte[]> entries) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(bytes)) {
            if (gbk) {
                out.setEncoding("GBK");
                out.setUseLanguageEncodingFlag(false);
                out.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            }
            for (var e : new TreeMap<>(entries).entrySet()) {
                out.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                out.write(e.getValue());
                out.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    protected InboxFiling run(ArchiveFiler filer) {
        return new InboxFiling(filer, new TikaExtractor(MAX, FilingFixture.CLOCK.getZone()), new Classifier(FilingFixture.CATALOGUE),
                FilingFixture.CATALOGUE, "JN01", FilingFixture.CLOCK);
    }

    /** One {@code swa file} run with a fresh filer. */
    protected InboxFiling.Summary fileAll() {
        try (ArchiveFiler filer = station.filer()) {
            return run(filer).run(e -> { });
        }
    }

    /** A policy the rules file with confidence: named so, dated in its text. */
    protected void dropPolicy(String name, String title, LocalDate date) {
        station.drop(null, name, document(DemoDocuments.Format.DOCX, new DemoDocuments.Content(title,
                List.of("第一条 为规范本站管理，制定本制度。", "第二条 本制度自发布之日起施行。",
                        date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"),
                Optional.of("王站长"), Optional.of(date))));
    }

    protected byte[] monthly(int year, int month, String tag) {
        return new SampleDocuments(scratch).monthly(year, month, tag);
    }

    protected byte[] document(DemoDocuments.Format format, DemoDocuments.Content content) {
        return new SampleDocuments(scratch).document(format, content);
    }

    /** Files a destruction register as disposal execute does. */
    protected StationRecords.Numbered fileRegister(String proposal) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("type", "swa:documentRecord");
        metadata.put("aspects", "swa:retention");
        metadata.put("swa:docType", "destruction-register");
        metadata.put("swa:documentDate", "2026-03-01");
        metadata.put("swa:retention", "Y");
        return station.records().fileNumbered(WS_2026_Y, REGISTER_FOLDER, "2026-03-01-档案销毁清册-" + proposal + ".xlsx",
                "清册".getBytes(), metadata);
    }

    protected static Map<String, String> policyMetadata(String code) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", "swa:documentRecord");
        m.put("swa:docType", "policy");
        m.put("swa:documentDate", "2026-01-01");
        m.put("swa:retention", "Y");
        m.put("swa:archiveCode", code);
        return m;
    }

    protected Optional<String> counter(ArchiveSeries series) {
        return station.notes().read(Numbering.SERIES, series.key()).map(String::strip);
    }

    /** Every filed record's item numbers by series key, from a scan. */
    protected Map<String, List<Integer>> codes() {
        Map<String, List<Integer>> bySeries = new TreeMap<>();
        try (Stream<ScanItem> items = station.store().scan()) {
            items.filter(ScanItem.Filed.class::isInstance).map(i -> ((ScanItem.Filed) i).record())
                    .forEach(r -> r.property("swa:archiveCode").flatMap(ArchiveCode::parse).ifPresent(c -> bySeries
                            .computeIfAbsent(ArchiveSeries.of(c).key(), k -> new ArrayList<>()).add(c.item())));
        }
        bySeries.values().forEach(l -> l.sort(null));
        return bySeries;
    }

    protected CheckResult check() {
        var framework = new FrameworkLibrary(new FrameworkLoader(FilingFixture.CATALOGUE)).resolve("station-star");
        return new StationCheck(new ReadinessEngine()).run(station.store(), framework, Period.year(2026), LocalDate.of(2026, 3, 1));
    }
}
