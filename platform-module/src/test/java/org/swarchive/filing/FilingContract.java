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
import org.swarchive.store.ArchiveFiler;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.ArchiveCode;
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
import org.swarchive.demo.DemoDocuments;
import org.swarchive.evidence.ReadinessEngine;
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
    private final DemoDocuments documents = new DemoDocuments();

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
            assertThat(w.reason().zh()).contains("重复", REGISTER_FOLDER + "/制度甲.docx", REGISTER_FOLDER + "/制度乙.docx");
            assertThat(w.reason().en()).contains("used twice", "制度甲.docx", "制度乙.docx");
        });
    }

    // ---- helpers ------------------------------------------------------------------------------

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

    /** A monthly report the rules file with confidence. */
    protected byte[] monthly(int year, int month, String tag) {
        return document(DemoDocuments.Format.DOCX, new DemoDocuments.Content("示范站" + year + "年" + month + "月月度工作总结",
                List.of("所属期间：" + year + "年" + month + "月", "本月工作情况良好。", "序号 " + tag), Optional.of("王芳"),
                Optional.of(LocalDate.of(year, month, 28))));
    }

    protected byte[] document(DemoDocuments.Format format, DemoDocuments.Content content) {
        try {
            Path file = Files.createTempFile(scratch, "doc", format.extension());
            documents.write(file, format, content);
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
