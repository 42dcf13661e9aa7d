package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15: every date form people write, and which date counts for which type. */
class DocumentDatesTest {

    private final PeriodFinder finder = new PeriodFinder();
    private final Classifier classifier = new Classifier(FilingFixture.CATALOGUE);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2025年3月, 2025-03",
            "二〇二五年三月, 2025-03",
            "二〇二五年三月十日, 2025-03-10",
            "2025年3月三十一日, 2025-03-31",
            "２０２５年３月, 2025-03",
            "2025.03, 2025-03",
            "2025/3/31, 2025-03-31",
            "2025.07.08 周例会记录, 2025-07-08",
            "2025年上半年工作考核, 2025",
            "2025年度下半年, 2025",
            "2025年第二季度, 2025-Q2",
            "2025年度, 2025"})
    void should_read_a_period_when_written_any_usual_way(String text, String expected) {
        assertThat(finder.find(text)).first().extracting(m -> m.period().label()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "站务会会议记录20250310, 2025-03-10",
            "银行对账单202506, 2025-06",
            "IMG20250512, 2025-05-12"})
    void should_read_a_compact_date_when_a_name_or_title_gives_it(String title, String expected) {
        assertThat(finder.findInTitle(title, Optional.empty())).first().extracting(m -> m.period().label()).isEqualTo(expected);
    }

    @Test
    void should_not_read_a_compact_number_as_a_date_when_it_is_in_a_body() {
        assertThat(finder.find("合计金额 20250310 元")).isEmpty();
        assertThat(finder.findInTitle("编号 2025031012", Optional.empty())).isEmpty();
    }

    @Test
    void should_place_a_bare_month_and_half_year_in_the_year_from_context() {
        assertThat(finder.find("三月份开展活动", Optional.of(2025))).first().extracting(m -> m.period().label()).isEqualTo("2025-03");
        assertThat(finder.find("上半年考核", Optional.of(2025))).first().extracting(m -> m.period().label()).isEqualTo("2025");
        assertThat(finder.find("第二季度", Optional.of(2025))).first().extracting(m -> m.period().label()).isEqualTo("2025-Q2");
    }

    private FilingDecision filed(String name, String text) {
        Verdict v = classifier.classify(Extraction.ofText(name, text));
        assertThat(v).as(v.toString()).isInstanceOf(Verdict.File.class);
        return ((Verdict.File) v).decision();
    }

    @Test
    void should_file_minutes_in_the_month_of_the_date_in_their_name() {
        FilingDecision d = filed("站务会会议记录20250310.docx", "会议记录\n参会人员：全体社工\n议题：三月工作安排");
        assertThat(d.period().orElseThrow().label()).isEqualTo("2025-03");
        assertThat(d.documentDate()).hasValueSatisfying(x -> assertThat(x).hasToString("2025-03-10"));
    }

    @Test
    void should_file_a_dated_sign_in_sheet_in_the_quarter_of_its_date() {
        FilingDecision d = filed("签到表.docx", "社区居民签到表\n活动：邻里茶话会\n时间：2025年5月12日\n1 张三\n2 李四");
        assertThat(d.period().orElseThrow().label()).isEqualTo("2025-Q2");
    }

    @Test
    void should_date_a_labour_contract_by_its_signing_date_when_its_term_ends_later() {
        FilingDecision d = filed("劳动合同-S02.docx", "劳动合同\n员工编号：S02\n合同期限：自2025年7月1日起至2028年6月30日止。\n"
                + "甲方（盖章）\n乙方签字：王晓燕\n签订日期：2025年6月28日");
        assertThat(d.documentDate()).hasValueSatisfying(x -> assertThat(x).hasToString("2025-06-28"));
        assertThat(d.year()).isEqualTo(2025);
    }

    @Test
    void should_date_a_contract_by_its_earliest_date_when_no_signing_date_is_labelled() {
        FilingDecision d = filed("聘用合同S03.docx", "聘用合同\n员工编号：S03\n2025年3月1日，双方订立本合同。\n期限至2027年2月28日。");
        assertThat(d.documentDate()).hasValueSatisfying(x -> assertThat(x).hasToString("2025-03-01"));
    }

    @Test
    void should_date_a_closing_report_by_its_closing_date_when_the_intake_date_comes_first() {
        FilingDecision d = filed("结案报告C007.docx", "结案报告\n个案编号：C007\n接案时间：2024年11月2日\n服务过程略。\n结案时间：2025年3月1日");
        assertThat(d.documentDate()).hasValueSatisfying(x -> assertThat(x).hasToString("2025-03-01"));
    }

    @Test
    void should_date_a_register_by_its_last_entry_when_it_starts_years_earlier() {
        FilingDecision d = filed("资产登记台账.xlsx", "资产登记台账\n编号\t名称\t购置日期\nA1\t电脑\t2019-05-06\nA2\t打印机\t2025-12-02\n");
        assertThat(d.documentDate()).hasValueSatisfying(x -> assertThat(x).hasToString("2025-12-02"));
        assertThat(d.year()).isEqualTo(2025);
    }

    @Test
    void should_file_an_audit_report_under_the_year_it_audits_when_it_is_issued_the_next_year() {
        FilingDecision d = filed("2024年度审计报告.pdf", "2024年度审计报告\n我们审计了贵中心2024年12月31日的资产负债表。\n"
                + "会计师事务所\n2025年3月18日");
        assertThat(d.documentDate()).hasValueSatisfying(x -> assertThat(x).hasToString("2025-03-18"));
        assertThat(d.period().orElseThrow().label()).isEqualTo("2024");
    }
}
