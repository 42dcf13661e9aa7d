package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.Category;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.FilingRule;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Period;
import org.swarchive.archive.Retention;
import org.swarchive.i18n.Language;
import org.swarchive.library.CatalogueLoader;

class ClassifierTest {

    private static final DocTypeCatalogue CATALOGUE = new CatalogueLoader().shipped();
    private final Classifier classifier = new Classifier(CATALOGUE);

    private static Extraction doc(String name, String text) {
        return Extraction.ofText(name, text);
    }

    private FilingDecision filed(Extraction doc) {
        Verdict v = classifier.classify(doc);
        assertThat(v).as("verdict for %s", doc.name()).isInstanceOf(Verdict.File.class);
        return ((Verdict.File) v).decision();
    }

    private Verdict.Review queued(Extraction doc) {
        Verdict v = classifier.classify(doc);
        assertThat(v).as("verdict for %s", doc.name()).isInstanceOf(Verdict.Review.class);
        return (Verdict.Review) v;
    }

    @Test
    void should_file_a_monthly_report_when_the_name_says_what_and_when() {
        FilingDecision d = filed(doc("2025-03月度工作总结.docx", "本月主要工作如下"));
        assertThat(d.docType().id()).isEqualTo("monthly-summary");
        assertThat(d.period()).contains(Period.month(2025, 3));
        assertThat(d.category()).isEqualTo(Category.DOCUMENTS);
        assertThat(d.retention().code()).isEqualTo("D10");
        assertThat(d.targetFolder()).isEqualTo("文书档案/2025/定期10年");
        assertThat(d.series("JN01").code(7).toString()).isEqualTo("JN01-WS·2025-D10-0007");
        assertThat(d.confidence()).isGreaterThanOrEqualTo(Classifier.DEFAULT_THRESHOLD);
    }

    @Test
    void should_read_type_and_period_from_the_heading_when_the_name_says_nothing() {
        FilingDecision d = filed(doc("新建 Microsoft Word 文档.docx", "金牛区示范站2025年5月会议记录\n参会人员：全体社工\n"));
        assertThat(d.docType().id()).isEqualTo("meeting-minutes");
        assertThat(d.period()).contains(Period.month(2025, 5));
    }

    @Test
    void should_borrow_the_year_when_the_name_gives_only_the_month() {
        FilingDecision d = filed(doc("3月总结(终稿)(2).docx", "三月份工作总结\n所属期间：2025年3月\n"));
        assertThat(d.docType().id()).isEqualTo("monthly-summary");
        assertThat(d.period()).contains(Period.month(2025, 3));
    }

    @Test
    void should_understand_english_wording_when_the_document_is_in_english() {
        FilingDecision d = filed(doc("Monthly report March 2025.docx", "Monthly report for March 2025"));
        assertThat(d.docType().id()).isEqualTo("monthly-summary");
        assertThat(d.period()).contains(Period.month(2025, 3));
    }

    @Test
    void should_prefer_the_more_specific_wording_when_two_types_match() {
        FilingDecision d = filed(doc("2025年第三季度财务报告.xlsx", "2025年第三季度财务报告"));
        assertThat(d.docType().id()).isEqualTo("financial-report-monthly");
        assertThat(d.period()).contains(Period.quarter(2025, 3));
        FilingDecision annual = filed(doc("2025年度财务报告.pdf", "2025年度财务报告"));
        assertThat(annual.docType().id()).isEqualTo("financial-report-annual");
    }

    @Test
    void should_queue_when_two_types_match_equally() {
        Verdict.Review r = queued(doc("培训记录及签到表.docx", "2025年3月培训记录及签到表"));
        assertThat(r.reasons()).anySatisfy(why -> assertThat(why.in(Language.ZH)).contains("也可能是"));
        assertThat(r.candidates()).extracting(c -> c.docType().id()).contains("training-record", "sign-in-sheet");
    }

    @Test
    void should_queue_with_no_candidates_when_nothing_matches() {
        Verdict.Review r = queued(doc("新建文本文档.txt", "待整理\n这些材料还没有看过"));
        assertThat(r.candidates()).isEmpty();
        assertThat(r.proposal()).isEmpty();
    }

    @Test
    void should_queue_a_scan_when_it_has_no_text() {
        Verdict.Review r = queued(doc("扫描件001.pdf", ""));
        assertThat(r.reasons()).singleElement().satisfies(why -> assertThat(why.in(Language.ZH)).contains("没有可读的文字"));
    }

    @Test
    void should_queue_when_a_periodic_document_names_no_period() {
        Verdict.Review r = queued(doc("月度工作总结.docx", "本月工作总结"));
        assertThat(r.reasons()).anySatisfy(why -> assertThat(why.in(Language.ZH)).contains("未能确定所属期间"));
        assertThat(r.proposal()).isEmpty();
    }

    @Test
    void should_queue_when_name_and_heading_disagree_on_the_period() {
        Verdict.Review r = queued(doc("2025-03月度工作总结.docx", "2025年4月月度工作总结"));
        assertThat(r.reasons()).anySatisfy(why -> assertThat(why.in(Language.ZH)).contains("期间不一致"));
    }

    @Test
    void should_queue_when_only_the_body_mentions_the_type() {
        Verdict.Review r = queued(doc("材料.docx", "关于近期工作\n各位同事：\n请注意以下事项。\n附：2025年3月月度工作总结已上报"));
        assertThat(r.candidates()).first().satisfies(c -> assertThat(c.strong()).isFalse());
    }

    @Test
    void should_queue_a_staff_document_when_no_staff_id_is_named() {
        Verdict.Review r = queued(doc("劳动合同.pdf", "劳动合同\n签订日期：2025年1月2日"));
        assertThat(r.reasons()).anySatisfy(why -> assertThat(why.in(Language.ZH)).contains("员工编号"));
    }

    @Test
    void should_read_subject_and_register_fields_when_the_form_states_them() {
        FilingDecision d = filed(doc("培训记录-李娜.docx",
                "2025年度培训记录\n员工编号：S02（李娜）\n培训学时：24\n成文日期：2025年6月30日"));
        assertThat(d.docType().id()).isEqualTo("training-record");
        assertThat(d.subject()).contains("S02");
        assertThat(d.fields()).containsEntry("swa:hours", "24");
        assertThat(d.documentDate()).contains(LocalDate.of(2025, 6, 30));
        assertThat(d.period()).contains(Period.year(2025));

        FilingDecision intake = filed(doc("接案登记表.docx",
                "接案登记表\n个案编号：C012\n接案日期：2025年3月3日\n结案日期：2025年9月12日"));
        assertThat(intake.subject()).contains("C012");
        assertThat(intake.fields()).containsEntry("swa:caseOpened", "2025-03-03").containsEntry("swa:caseClosed", "2025-09-12");
        assertThat(intake.year()).isEqualTo(2025);
    }

    @Test
    void should_use_the_file_properties_date_at_lower_confidence_when_the_text_has_none() {
        Extraction e = new Extraction("管理制度.docx", "text/plain", "档案管理制度\n第一条", Optional.empty(), Optional.empty(),
                Optional.of(LocalDate.of(2024, 5, 6)));
        Verdict v = new Classifier(CATALOGUE, 0.7).classify(e);
        assertThat(v).isInstanceOf(Verdict.File.class);
        FilingDecision d = ((Verdict.File) v).decision();
        assertThat(d.documentDate()).contains(LocalDate.of(2024, 5, 6));
        assertThat(d.confidence()).isLessThan(Classifier.STRONG);
        assertThat(classifier.classify(e)).isInstanceOf(Verdict.Review.class);
    }

    @Test
    void should_apply_a_stations_own_rules_when_the_catalogue_adds_a_type() {
        DocType own = new DocType("party-building", LocalizedText.of("党建材料", "Party building"), Category.DOCUMENTS,
                new Retention.Fixed(30), Optional.empty(), new FilingRule(List.of(FilingRule.compile("党建")), List.of(), List.of(),
                java.util.Set.of(Period.Kind.YEAR)));
        Classifier withOwn = new Classifier(CATALOGUE.extendedWith(List.of(own)));
        Verdict v = withOwn.classify(doc("2025年党建工作材料.docx", "2025年度党建工作"));
        assertThat(v).isInstanceOfSatisfying(Verdict.File.class, f -> assertThat(f.decision().docType().id()).isEqualTo("party-building"));
        assertThat(classifier.classify(doc("2025年党建工作材料.docx", "2025年度党建工作"))).isInstanceOf(Verdict.Review.class);
    }

    @Test
    void should_file_a_group_session_record_when_a_shorter_wording_of_another_type_overlaps_its_title() {
        FilingDecision d = filed(doc("亲子小组活动记录表.docx", "亲子小组活动记录表\n活动日期：2025年5月12日\n组员 8 人"));
        assertThat(d.docType().id()).isEqualTo("group-record");
        assertThat(d.period()).contains(Period.quarter(2025, 2));
    }

    @Test
    void should_still_take_the_title_head_when_the_wordings_do_not_overlap() {
        FilingDecision d = filed(doc("社区活动签到表.docx", "社区活动签到表\n活动日期：2025年5月12日\n序号 姓名 签名"));
        assertThat(d.docType().id()).isEqualTo("sign-in-sheet");
    }

    @Test
    void should_file_a_list_over_several_quarters_in_the_year_that_holds_all_its_dates() {
        FilingDecision d = filed(doc("个案跟进记录汇总.xlsx", "个案跟进记录汇总\n个案编号：C-2025-024\n"
                + "2025-09-12\t电话跟进\n2025-10-20\t家访\n2025-12-10\t面谈"));
        assertThat(d.docType().id()).isEqualTo("case-record");
        assertThat(d.period()).contains(Period.year(2025));
        assertThat(d.documentDate()).contains(LocalDate.of(2025, 12, 10));
    }

    @Test
    void should_review_a_list_whose_dates_fall_in_two_years() {
        Verdict.Review r = queued(doc("个案跟进记录汇总.xlsx", "个案跟进记录汇总\n个案编号：C-2025-024\n"
                + "2025-11-12\t电话跟进\n2026-01-20\t家访"));
        assertThat(r.reasons()).extracting(t -> t.in(Language.EN)).anyMatch(t -> t.contains("period"));
    }

    @Test
    void should_place_a_yearless_month_in_the_year_before_its_report_was_issued() {
        FilingDecision d = filed(doc("一月份工作总结.docx", "一月份工作总结\n对照2024年度计划，本月完成以下工作。\n"
                + "报送日期：2025年2月5日"));
        assertThat(d.docType().id()).isEqualTo("monthly-summary");
        assertThat(d.period()).contains(Period.month(2025, 1));
    }

    @Test
    void should_skip_stray_marks_at_the_top_of_an_ocr_text_when_reading_its_heading() {
        String text = "一\n| .\n=\n成都市金牛区西华街道社会工作服务站\n物资领用登记表\n领用日期：2025年5月12日";
        Extraction scan = new Extraction("IMG_0001.jpg", "image/jpeg", text, Optional.empty(), Optional.empty(),
                Optional.empty(), Extraction.Reading.OCR);
        Extraction typed = new Extraction("IMG_0001.jpg", "image/jpeg", text, Optional.empty(), Optional.empty(),
                Optional.empty(), Extraction.Reading.TEXT);

        assertThat(scan.heading()).startsWith("成都市金牛区西华街道社会工作服务站\n物资领用登记表");
        assertThat(typed.heading()).doesNotContain("物资领用登记表");
    }
}
