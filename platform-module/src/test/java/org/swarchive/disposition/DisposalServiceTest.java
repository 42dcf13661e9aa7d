package org.swarchive.disposition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Language;
import org.swarchive.archive.Retention;
import org.swarchive.archive.disposition.DispositionStatus;
import org.swarchive.archive.disposition.JournalEntry;
import org.swarchive.archive.disposition.NationalSchedule;
import org.swarchive.archive.disposition.ProposalState;
import org.swarchive.archive.disposition.RetentionEvent;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.archive.disposition.ScheduleRule;
import org.swarchive.archive.disposition.SignOffRole;
import org.swarchive.store.folder.FolderRecords;
import org.swarchive.store.folder.FolderState;

class DisposalServiceTest {

    /** The days of one proposal's way, shared by the tests of both stores. */
    static final LocalDate AS_OF = LocalDate.of(2026, 3, 1);
    static final LocalDateTime PROPOSED = LocalDateTime.of(2026, 3, 2, 9, 0);
    static final LocalDateTime APPROVED = LocalDateTime.of(2026, 3, 9, 15, 0);
    static final LocalDateTime DESTROYED = LocalDateTime.of(2026, 3, 20, 10, 30);
    static final List<String> SUPERVISORS = List.of("赵监销", "钱监销");

    @TempDir
    Path dir;
    private TestStation station;
    private String log1;
    private String log2;
    private String log3;
    private String young;
    private String policy;

    @BeforeEach
    void station() {
        station = new TestStation(dir);
        log1 = station.add("文书档案/2014/定期10年/2014-03-工作日志.txt", "swa:docType", "work-log", "swa:period", "2014-03",
                "swa:archiveCode", "JN01-WS·2014-D10-0001", "cm:title", "2014年3月工作日志", "swa:pageCount", "12");
        log2 = station.add("文书档案/2014/定期10年/2014-04-工作日志.txt", "swa:docType", "work-log", "swa:period", "2014-04",
                "swa:archiveCode", "JN01-WS·2014-D10-0002", "cm:title", "2014年4月工作日志", "swa:pageCount", "9");
        log3 = station.add("文书档案/2014/定期10年/2014-05-工作日志.txt", "swa:docType", "work-log", "swa:period", "2014-05",
                "swa:archiveCode", "JN01-WS·2014-D10-0003", "cm:title", "2014年5月工作日志", "swa:pageCount", "7");
        young = station.add("文书档案/2020/定期10年/2020-05-工作日志.txt", "swa:docType", "work-log", "swa:period", "2020-05",
                "swa:archiveCode", "JN01-WS·2020-D10-0001");
        policy = station.add("文书档案/2014/永久/管理制度.txt", "swa:docType", "policy", "swa:documentDate", "2014-01-01",
                "swa:archiveCode", "JN01-WS·2014-Y-0001");
    }

    private String approvedProposal() {
        DisposalService s = station.disposal();
        String id = s.propose("李档案", AS_OF, PROPOSED, List.of(), List.of(), null).proposal().id();
        s.approve(id, SignOffRole.STATION_HEAD, "王站长", APPROVED, "同意销毁");
        return id;
    }

    @Test
    void should_propose_only_due_records_and_mark_them_proposed_when_proposing() {
        var proposed = station.disposal().propose("李档案", AS_OF, PROPOSED, List.of(), List.of(), null);

        assertThat(proposed.proposal().id()).isEqualTo("P2026-001");
        assertThat(proposed.proposal().items()).extracting(i -> i.recordId()).containsExactly(log1, log2, log3);
        assertThat(proposed.proposal().fonds()).isEqualTo("JN01");
        assertThat(station.metadata(log1)).containsEntry("swa:dispositionStatus", "proposed")
                .containsEntry("swa:dispositionDate", "2025-01-01");
        assertThatThrownBy(() -> station.disposal().propose("李档案", AS_OF, PROPOSED, List.of(), List.of(), null))
                .isInstanceOfSatisfying(DispositionRefusal.class,
                        r -> assertThat(r.reason().in(Language.ZH)).contains("没有可提请销毁的到期档案").contains("3 件"));
    }

    @Test
    void should_refuse_naming_the_missing_sign_offs_when_a_finance_batch_has_only_the_station_head() {
        String statement = station.add("财务档案/2014/定期10年/2014-06-银行对账单.txt", "swa:docType", "bank-statement",
                "swa:period", "2014-06", "swa:archiveCode", "JN01-KJ·2014-D10-0001");
        DisposalService s = station.disposal();
        String id = s.propose("李档案", AS_OF, PROPOSED, List.of(), List.of(statement), null).proposal().id();
        s.approve(id, SignOffRole.STATION_HEAD, "王站长", APPROVED, null);

        assertThatThrownBy(() -> s.execute(id, SUPERVISORS, DESTROYED, Language.ZH))
                .isInstanceOfSatisfying(DispositionRefusal.class, r -> assertThat(r.reason().in(Language.ZH))
                        .contains("尚缺审批签字").contains("档案管理机构负责人").contains("会计管理机构经办人"));
        assertThat(station.exists(statement)).isTrue();
        assertThat(s.show(id).state()).isEqualTo(ProposalState.PROPOSED);
        assertThat(station.metadata(statement)).containsEntry("swa:dispositionStatus", "proposed");
    }

    @Test
    void should_say_the_missing_sign_offs_in_the_readers_language_when_execution_is_refused() {
        String statement = station.add("财务档案/2014/定期10年/2014-06-银行对账单.txt", "swa:docType", "bank-statement",
                "swa:period", "2014-06", "swa:archiveCode", "JN01-KJ·2014-D10-0001");
        DisposalService s = station.disposal();
        String id = s.propose("李档案", AS_OF, PROPOSED, List.of(), List.of(statement), null).proposal().id();
        s.approve(id, SignOffRole.STATION_HEAD, "王站长", APPROVED, null);

        assertThatThrownBy(() -> s.execute(id, SUPERVISORS, DESTROYED, Language.EN))
                .isInstanceOfSatisfying(DispositionRefusal.class, r -> {
                    assertThat(r.reason().in(Language.ZH)).startsWith("销毁提议 " + id + " 尚缺审批签字：")
                            .contains("档案管理机构负责人、").endsWith("；批准前不能销毁");
                    assertThat(r.reason().in(Language.EN)).startsWith("proposal " + id + " is missing sign-offs: ")
                            .contains("Head of archives, ").endsWith("; nothing is destroyed before approval")
                            .doesNotContainPattern("\\p{IsHan}");
                });
    }

    @Test
    void should_refuse_to_execute_when_the_supervisors_are_not_two_different_people() {
        String id = approvedProposal();

        assertThatThrownBy(() -> station.disposal().execute(id, List.of("赵监销", "赵监销"), DESTROYED, Language.ZH))
                .isInstanceOfSatisfying(DispositionRefusal.class, r -> assertThat(r.reason().in(Language.ZH)).contains("两名不同的监销人"));
        assertThat(station.exists(log1)).isTrue();
    }

    @Test
    void should_refuse_to_execute_when_the_time_of_destruction_is_before_the_approval() {
        String id = approvedProposal();

        assertThatThrownBy(() -> station.disposal().execute(id, SUPERVISORS, APPROVED.minusDays(1), Language.ZH))
                .isInstanceOfSatisfying(DispositionRefusal.class, r -> assertThat(r.reason().in(Language.ZH)).contains("早于最后一次审批签字"));
        assertThat(station.exists(log1)).isTrue();
    }

    @Test
    void should_destroy_exactly_the_approved_records_and_file_a_permanent_register_when_executed() throws Exception {
        String id = approvedProposal();

        var executed = station.disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH);

        assertThat(List.of(log1, log2, log3)).noneMatch(station::exists);
        assertThat(List.of(young, policy)).allMatch(station::exists);
        assertThat(executed.register().rows()).extracting(r -> r.archiveCode())
                .containsExactly("JN01-WS·2014-D10-0001", "JN01-WS·2014-D10-0002", "JN01-WS·2014-D10-0003");
        String filed = executed.registerRecord().orElseThrow();
        assertThat(filed).isEqualTo("文书档案/2026/永久/2026-03-20-档案销毁清册-P2026-001.xlsx");
        assertThat(station.metadata(filed)).containsEntry("swa:docType", "destruction-register")
                .containsEntry("swa:retention", "Y").containsEntry("swa:archiveCode", "JN01-WS·2026-Y-0001");
        assertThat(Files.readString(Path.of(executed.registerHtml()))).contains("赵监销").contains("2014年4月工作日志");
        assertThat(station.retention().appraise(AS_OF).find(filed).orElseThrow().status()).isEqualTo(DispositionStatus.PERMANENT);
    }

    @Test
    void should_tell_how_far_it_is_record_by_record_and_journal_intent_before_destroyed_when_executed() {
        String id = approvedProposal();
        List<String> told = new ArrayList<>();

        station.disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH, (done, total) -> told.add(done + "/" + total));

        assertThat(told).containsExactly("1/3", "2/3", "3/3");
        assertThat(new DispositionRepository(new FolderState(dir)).journal(id)).containsExactly(
                new JournalEntry.Intent(log1), new JournalEntry.Destroyed(log1), new JournalEntry.Intent(log2),
                new JournalEntry.Destroyed(log2), new JournalEntry.Intent(log3), new JournalEntry.Destroyed(log3),
                new JournalEntry.RegisterFiled("文书档案/2026/永久/2026-03-20-档案销毁清册-P2026-001.xlsx", "JN01-WS·2026-Y-0001"),
                new JournalEntry.Completed());
    }

    @Test
    void should_list_rows_cover_and_totals_when_the_xlsx_register_is_read_back() throws Exception {
        String id = approvedProposal();
        var executed = station.disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH);

        try (InputStream in = Files.newInputStream(dir.resolve(executed.registerRecord().orElseThrow()));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet list = wb.getSheet("清册");
            assertThat(texts(list.getRow(0))).containsExactly("序号", "题名", "所属年度", "档号", "应保管期限", "已保管期限", "页数", "备注");
            assertThat(texts(list.getRow(2)).subList(0, 7))
                    .containsExactly("2", "2014年4月工作日志", "2014", "JN01-WS·2014-D10-0002", "定期10年", "11年", "9");
            assertThat(list.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(12.0);
            assertThat(texts(list.getRow(4)).subList(0, 2)).containsExactly("合计", "3 件");
            assertThat(list.getRow(4).getCell(6).getNumericCellValue()).isEqualTo(28.0);
            assertThat(list.getLastRowNum()).isEqualTo(4);
            Sheet cover = wb.getSheet("封面");
            List<String> coverText = new ArrayList<>();
            cover.forEach(r -> coverText.add(String.join("=", texts(r))));
            assertThat(coverText).contains("全宗号=JN01", "数量（件）=3", "鉴定负责人（签字）=李档案", "批准人（签字）=王站长",
                    "监销人（签字）1=赵监销", "监销人（签字）2=钱监销", "销毁时间=2026-03-20 10:30");
        }
    }

    @Test
    void should_finish_the_half_destroyed_record_when_execution_resumes_after_a_crash_between_document_and_metadata() {
        String id = approvedProposal();
        FolderRecords crashing = spy(station.folder());
        doThrow(new SimulatedCrash()).when(crashing).deleteMetadata(log2);
        DispositionRepository repository = new DispositionRepository(new FolderState(dir));

        assertThatThrownBy(() -> station.disposal(crashing, repository, new RegisterWorkbook())
                .execute(id, SUPERVISORS, DESTROYED, Language.ZH)).isInstanceOf(SimulatedCrash.class);
        assertThat(station.exists(log1)).isFalse();
        assertThat(Files.exists(dir.resolve(log2))).isFalse();
        assertThat(station.exists(log3)).isTrue();
        assertThat(station.disposal().show(id).state()).isEqualTo(ProposalState.INTERRUPTED);

        var resumed = station.disposal().execute(id, List.of(), LocalDateTime.of(2026, 3, 21, 8, 0), Language.ZH);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.execution().at()).isEqualTo(DESTROYED);
        assertThat(List.of(log1, log2, log3)).noneMatch(station::exists);
        assertThat(List.of(young, policy)).allMatch(station::exists);
        assertThat(resumed.register().rows()).extracting(r -> r.title())
                .containsExactly("2014年3月工作日志", "2014年4月工作日志", "2014年5月工作日志");
        assertThat(resumed.progress().destroyed()).containsExactly(log1, log2, log3);
    }

    @Test
    void should_list_nothing_that_was_not_destroyed_when_a_crash_stopped_the_execution_before_the_register() {
        String id = approvedProposal();
        RegisterWorkbook failing = spy(new RegisterWorkbook());
        doThrow(new SimulatedCrash()).when(failing).render(any(), any());
        DispositionRepository repository = spy(new DispositionRepository(new FolderState(dir)));
        // The crash comes right after the second record is gone, before the journal says so.
        doThrow(new SimulatedCrash()).when(repository).append(eq(id), argThat((List<JournalEntry> lines) -> lines.stream()
                .anyMatch(e -> e instanceof JournalEntry.Destroyed d && d.recordId().equals(log2))));

        assertThatThrownBy(() -> station.disposal(station.folder(), repository, failing)
                .execute(id, SUPERVISORS, DESTROYED, Language.ZH)).isInstanceOf(SimulatedCrash.class);
        assertThat(station.exists(log2)).isFalse();
        // Meanwhile someone places a hold on the third record: it must survive the resumed execution.
        new HoldService(station.retention()).add(log3, "审计进行中", "王站长", LocalDateTime.of(2026, 3, 20, 12, 0));

        var resumed = station.disposal().execute(id, SUPERVISORS, LocalDateTime.of(2026, 3, 21, 8, 0), Language.ZH);

        assertThat(station.exists(log3)).isTrue();
        assertThat(resumed.progress().destroyed()).containsExactly(log1, log2);
        assertThat(resumed.progress().skipped()).containsOnlyKeys(log3);
        assertThat(resumed.register().rows()).extracting(r -> r.archiveCode())
                .containsExactly("JN01-WS·2014-D10-0001", "JN01-WS·2014-D10-0002");
        assertThat(resumed.register().quantity()).isEqualTo(2);
    }

    @Test
    void should_file_the_register_once_when_the_crash_came_while_filing_it() {
        String id = approvedProposal();
        RegisterWorkbook failing = spy(new RegisterWorkbook());
        doThrow(new SimulatedCrash()).when(failing).render(any(), any());

        assertThatThrownBy(() -> station.disposal(station.folder(), new DispositionRepository(new FolderState(dir)), failing)
                .execute(id, SUPERVISORS, DESTROYED, Language.ZH)).isInstanceOf(SimulatedCrash.class);
        assertThat(List.of(log1, log2, log3)).noneMatch(station::exists);

        var resumed = station.disposal().execute(id, List.of(), DESTROYED, Language.ZH);
        var again = station.disposal().execute(id, List.of(), DESTROYED, Language.ZH);

        assertThat(resumed.registerRecord()).isPresent();
        assertThat(again.registerRecord()).isEqualTo(resumed.registerRecord());
        assertThat(station.retention().appraise(AS_OF).records()).filteredOn(r -> "destruction-register".equals(r.record().docType()))
                .hasSize(1);
        assertThat(station.disposal().show(id).state()).isEqualTo(ProposalState.EXECUTED);
    }

    @Test
    void should_refuse_to_resume_with_other_supervisors_when_an_execution_was_started() {
        String id = approvedProposal();
        FolderRecords crashing = spy(station.folder());
        doThrow(new SimulatedCrash()).when(crashing).deleteDocument(log1);
        assertThatThrownBy(() -> station.disposal(crashing, new DispositionRepository(new FolderState(dir)), new RegisterWorkbook())
                .execute(id, SUPERVISORS, DESTROYED, Language.ZH)).isInstanceOf(SimulatedCrash.class);

        assertThatThrownBy(() -> station.disposal().execute(id, List.of("孙某", "周某"), DESTROYED, Language.ZH))
                .isInstanceOfSatisfying(DispositionRefusal.class, r -> assertThat(r.reason().in(Language.ZH)).contains("不能更换监销人"));
        assertThat(station.exists(log1)).isTrue();
    }

    @Test
    void should_keep_the_metadata_aside_when_the_schedule_says_so() throws Exception {
        String statement = station.add("财务档案/2014/定期10年/2014-06-银行对账单.txt", "swa:docType", "bank-statement",
                "swa:period", "2014-06", "swa:archiveCode", "JN01-KJ·2014-D10-0001");
        var rule = new ScheduleRule("bank-statement",
                new Retention.Fixed(10), NationalSchedule.minimum("bank-statement"),
                RetentionEvent.OTHER, true, LocalizedText.of("站点", "station"));
        var schedule = RetentionSchedule.national(TestStation.CATALOGUE)
                .withStationRules("station", List.of(rule));
        var repository = new DispositionRepository(new FolderState(dir));
        var retention = new RetentionService(station.folder(), repository, schedule);
        var s = new DisposalService(retention, new RegisterWorkbook(), new RegisterHtml());
        String id = s.propose("李档案", AS_OF, PROPOSED, List.of(), List.of("JN01-KJ·2014-D10-0001"), null).proposal().id();
        for (SignOffRole role : SignOffRole.values()) {
            s.approve(id, role, "签字人" + role.ordinal(), APPROVED, null);
        }

        var executed = s.execute(id, SUPERVISORS, DESTROYED, Language.ZH);

        assertThat(station.exists(statement)).isFalse();
        assertThat(repository.keptMetadata(id, statement)).hasValueSatisfying(xml -> assertThat(xml)
                .contains("JN01-KJ·2014-D10-0001").contains("destroyed"));
        assertThat(dir.resolve(".swa/disposition/" + id + "/kept-metadata/" + statement + ".metadata.properties.xml")).exists();
        assertThat(executed.register().signOffs()).hasSize(5);
    }

    @Test
    void should_release_the_records_and_keep_the_proposal_on_record_when_a_proposal_is_withdrawn() {
        DisposalService s = station.disposal();
        String id = s.propose("李档案", AS_OF, PROPOSED, List.of(), List.of(), null).proposal().id();
        assertThat(station.metadata(log1)).containsEntry("swa:dispositionStatus", "proposed");

        var withdrawn = s.withdraw(id, "李档案", "鉴定有误，需重新鉴定", LocalDateTime.of(2026, 3, 3, 9, 0));

        assertThat(withdrawn.released()).isEqualTo(3);
        assertThat(station.metadata(log1)).containsEntry("swa:dispositionStatus", "due");
        assertThat(s.show(id).state()).isEqualTo(ProposalState.WITHDRAWN);
        assertThat(s.show(id).withdrawal()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo("鉴定有误，需重新鉴定"));
        assertThatThrownBy(() -> s.approve(id, SignOffRole.STATION_HEAD, "王站长", APPROVED, null))
                .isInstanceOfSatisfying(DispositionRefusal.class, r -> assertThat(r.reason().in(Language.ZH)).contains("已于").contains("撤回"));
        assertThatThrownBy(() -> s.withdraw(id, "李档案", "再撤一次", LocalDateTime.of(2026, 3, 4, 9, 0)))
                .isInstanceOf(DispositionRefusal.class);
        var again = s.propose("李档案", AS_OF, LocalDateTime.of(2026, 3, 5, 9, 0), List.of(), List.of(), null);
        assertThat(again.proposal().id()).isEqualTo("P2026-002");
        assertThat(again.proposal().items()).extracting(i -> i.recordId()).containsExactly(log1, log2, log3);
        assertThat(List.of(log1, log2, log3)).allMatch(station::exists);
    }

    @Test
    void should_refuse_to_withdraw_and_destroy_nothing_more_when_the_execution_has_begun() {
        String id = approvedProposal();
        FolderRecords crashing = spy(station.folder());
        doThrow(new SimulatedCrash()).when(crashing).deleteDocument(log2);
        assertThatThrownBy(() -> station.disposal(crashing, new DispositionRepository(new FolderState(dir)), new RegisterWorkbook())
                .execute(id, SUPERVISORS, DESTROYED, Language.ZH)).isInstanceOf(SimulatedCrash.class);

        assertThatThrownBy(() -> station.disposal().withdraw(id, "李档案", "不销毁了", DESTROYED.plusHours(1)))
                .isInstanceOfSatisfying(DispositionRefusal.class, r -> assertThat(r.reason().in(Language.ZH))
                        .contains("已于 2026-03-20T10:30 开始执行").contains("不能撤回"));
        assertThat(station.disposal().show(id).state()).isEqualTo(ProposalState.INTERRUPTED);
        assertThat(station.exists(log2)).isTrue();
    }

    @Test
    void should_refuse_to_execute_a_withdrawn_proposal_and_keep_every_record() {
        String id = approvedProposal();
        station.disposal().withdraw(id, "王站长", "审计通知，暂缓", LocalDateTime.of(2026, 3, 10, 9, 0));

        assertThatThrownBy(() -> station.disposal().execute(id, SUPERVISORS, DESTROYED, Language.ZH))
                .isInstanceOfSatisfying(DispositionRefusal.class, r -> assertThat(r.reason().in(Language.EN)).contains("was withdrawn"));
        assertThat(List.of(log1, log2, log3)).allMatch(station::exists);
        assertThat(station.disposal().show(id).execution()).isEmpty();
    }

    private static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(switch (c.getCellType()) {
            case NUMERIC -> String.valueOf((long) c.getNumericCellValue());
            default -> c.getStringCellValue();
        }));
        return out;
    }

    /** What a power cut looks like to the code: it simply stops. */
    static final class SimulatedCrash extends RuntimeException {
    }
}
