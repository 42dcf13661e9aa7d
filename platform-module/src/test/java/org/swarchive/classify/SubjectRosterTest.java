package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.SubjectKind;
import org.swarchive.archive.SubjectRoster;
import org.swarchive.i18n.Language;
import org.swarchive.store.ScanItem;

/** Staff and case documents that name a person, not an id, filed through the station's registers (issue 15). */
class SubjectRosterTest {

    private final Classifier classifier = new Classifier(FilingFixture.CATALOGUE);

    private static SubjectRoster.Entry staff(String id, String name) {
        return new SubjectRoster.Entry(SubjectKind.STAFF, id, name, Optional.of(LocalDate.of(2024, 9, 2)), Optional.empty());
    }

    private static final String CONTRACT = """
            劳动合同
            用人单位：某社会工作服务中心
            劳动者：何俊  身份证号码：510199（示例）
            合同期限：2025年3月1日至2027年2月28日
            用人单位（盖章）    劳动者签名：何俊
            2025年2月26日
            """;

    @Test
    void should_file_a_labour_contract_under_the_staff_id_the_register_gives_its_name() {
        SubjectRoster roster = new SubjectRoster(List.of(staff("S-001", "罗晓梅"), staff("S-002", "何俊")));

        Verdict v = classifier.classify(Extraction.ofText("何俊劳动合同.docx", CONTRACT), roster);

        assertThat(v).isInstanceOf(Verdict.File.class);
        FilingDecision d = ((Verdict.File) v).decision();
        assertThat(d.docType().id()).isEqualTo("labour-contract");
        assertThat(d.subject()).contains("S-002");
        assertThat(d.reasons()).anySatisfy(r -> assertThat(r.in(Language.EN)).contains("何俊", "S-002"));
    }

    @Test
    void should_ask_which_staff_member_when_the_heading_names_two_registered_people() {
        SubjectRoster roster = new SubjectRoster(List.of(staff("S-001", "罗晓梅"), staff("S-002", "何俊")));

        Verdict v = classifier.classify(Extraction.ofText("劳动合同-何俊罗晓梅.docx", CONTRACT), roster);

        assertThat(v).isInstanceOf(Verdict.Review.class);
        assertThat(((Verdict.Review) v).reasons()).anySatisfy(r -> assertThat(r.in(Language.EN))
                .startsWith("which Staff member").contains("何俊 (S-002)", "罗晓梅 (S-001)"));
        assertThat(((Verdict.Review) v).reasons()).anySatisfy(r -> assertThat(r.in(Language.ZH)).contains("是哪一位"));
    }

    @Test
    void should_ask_which_staff_member_naming_the_person_when_the_register_does_not_know_the_name() {
        String profileLike = "培训记录\n姓名：邓佳怡  岗位：社工\n培训日期：2025年4月10日\n培训学时：6学时\n";

        Verdict v = classifier.classify(Extraction.ofText("培训记录.docx", profileLike),
                new SubjectRoster(List.of(staff("S-002", "何俊"))));

        assertThat(v).isInstanceOf(Verdict.Review.class);
        assertThat(((Verdict.Review) v).reasons()).anySatisfy(r -> assertThat(r.in(Language.EN))
                .startsWith("which Staff member").contains("邓佳怡", "swa:staffId"));
    }

    @Test
    void should_not_take_a_masked_client_name_for_a_longer_one() {
        SubjectRoster roster = new SubjectRoster(List.of(
                new SubjectRoster.Entry(SubjectKind.CASE, "C-2025-019", "赵某", Optional.empty(), Optional.empty())));
        String record = "个案服务记录表\n服务对象：赵某某  服务时间：2025年8月12日\n服务内容：电话跟进\n";

        Verdict v = classifier.classify(Extraction.ofText("个案服务记录表.docx", record), roster);

        assertThat(v).isInstanceOf(Verdict.Review.class);
    }

    @Test
    void should_read_the_name_a_register_document_gives_and_keep_it_in_the_title() {
        String profile = "员工信息登记表\n员工编号：S-007    岗位：一线社工\n姓名：杜雨桐    性别：女\n入职日期：2025年6月16日\n填表日期：2025年6月16日\n";

        Verdict v = classifier.classify(Extraction.ofText("员工登记表.docx", profile));

        assertThat(v).isInstanceOf(Verdict.File.class);
        FilingDecision d = ((Verdict.File) v).decision();
        assertThat(d.subject()).contains("S-007");
        assertThat(d.subjectName()).contains("杜雨桐");
        assertThat(d.title()).endsWith("-S-007-杜雨桐");
    }

    @Test
    void should_keep_the_client_name_out_of_the_title_when_a_case_intake_is_filed() {
        String intake = "个案接案登记表\n个案编号：C-2025-019\n服务对象：赵某某  性别：女\n接案日期：2025年3月12日\n接案社工：何俊\n";

        Verdict v = classifier.classify(Extraction.ofText("接案登记表-C-2025-019.docx", intake));

        // Whatever the filer decides, a client's name never goes into a 题名 (保密原则): titles are listed to evaluators.
        if (v instanceof Verdict.File file) {
            assertThat(file.decision().subject()).contains("C-2025-019");
            assertThat(file.decision().title()).doesNotContain("赵某某").endsWith("C-2025-019");
        } else {
            assertThat(v).isInstanceOf(Verdict.Review.class);
        }
    }

    @Test
    void should_build_the_roster_from_the_register_records_titles_and_dates() {
        ArchiveRecord profile = new ArchiveRecord("人事档案/2025/D30/a.docx", "a.docx", "staff-profile", null, null,
                LocalDate.of(2025, 6, 16), null, null, Map.of("swa:staffId", "S-007", "cm:title", "2025-06-16-员工档案-S-007-杜雨桐",
                "swa:employedFrom", "2025-06-16"));
        ArchiveRecord contract = new ArchiveRecord("b", "b.docx", "labour-contract", null, null, null, null, null,
                Map.of("swa:staffId", "S-002", "cm:title", "2025-02-26-劳动合同-S-002-何俊"));

        SubjectRoster roster = SubjectRoster.of(List.of(profile, contract));

        assertThat(roster.entries()).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo("S-007");
            assertThat(e.name()).isEqualTo("杜雨桐");
            assertThat(e.from()).contains(LocalDate.of(2025, 6, 16));
        });
    }

    @TempDir
    Path dir;

    @Test
    void should_file_a_contract_queued_before_its_staff_profile_once_the_same_run_files_the_profile() throws IOException {
        FilingFixture f = new FilingFixture(dir);
        // The contract comes first in the inbox: on its first reading the register does not know 杜雨桐 yet.
        Files.writeString(f.inbox.resolve("a-劳动合同-杜雨桐.txt"), CONTRACT.replace("何俊", "杜雨桐"));
        Files.writeString(f.inbox.resolve("b-员工登记表.txt"),
                "员工信息登记表\n员工编号：S-007\n姓名：杜雨桐    性别：女\n入职日期：2025年6月16日\n填表日期：2025年6月16日\n");
        InboxFiling run = new InboxFiling(f.filer(TikaExtractor.DEFAULT_MAX_BYTES),
                new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, FilingFixture.CLOCK.getZone()), classifier,
                FilingFixture.CATALOGUE, "JN01", FilingFixture.CLOCK, 1, () -> SubjectRoster.of(f.store().scan()
                        .filter(i -> i instanceof ScanItem.Filed).map(i -> ((ScanItem.Filed) i).record()).toList()));

        InboxFiling.Summary s = run.run(e -> { });

        assertThat(s.filed()).isEqualTo(2);
        assertThat(s.queued()).isZero();
        assertThat(s.events()).filteredOn(e -> e instanceof InboxFiling.Event.Filed)
                .extracting(e -> ((InboxFiling.Event.Filed) e).decision().subject().orElse(""))
                .containsExactlyInAnyOrder("S-007", "S-007");
        // A later run reads the register from the store: the name is on the filed profile's 题名.
        assertThat(SubjectRoster.of(f.store().scan().filter(i -> i instanceof ScanItem.Filed)
                .map(i -> ((ScanItem.Filed) i).record()).toList()).named(SubjectKind.STAFF))
                .extracting(SubjectRoster.Entry::name).containsExactly("杜雨桐");
    }
}
