package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The classes of miss of issue 15's held-out tune splits, each as a general rule. */
class MissClassesTest {

    private final Classifier classifier = new Classifier(FilingFixture.CATALOGUE);

    private FilingDecision filed(String name, String text) {
        Verdict v = classifier.classify(Extraction.ofText(name, text));
        assertThat(v).as(v.toString()).isInstanceOf(Verdict.File.class);
        return ((Verdict.File) v).decision();
    }

    @Test
    void should_file_a_numbered_session_as_a_group_record_when_the_heading_also_reads_as_an_activity_record() {
        FilingDecision d = filed("乐龄健康小组第3节记录.docx",
                "小组活动记录表\n小组名称：乐龄健康小组\n节次：第3节\n时间：2025年5月20日\n参与组员：8人\n");

        assertThat(d.docType().id()).isEqualTo("group-record");
        assertThat(d.period().orElseThrow().label()).isEqualTo("2025-Q2");
    }

    @Test
    void should_take_the_reported_month_not_the_next_months_plan_of_a_monthly_summary() {
        FilingDecision d = filed("2025年6月份工作总结及7月计划.docx",
                "6月份工作总结及7月计划\n一、6月工作\n开展活动3场。\n二、7月计划\n筹备暑期课堂。\n2025年7月2日\n");

        assertThat(d.docType().id()).isEqualTo("monthly-summary");
        assertThat(d.period().orElseThrow().label()).isEqualTo("2025-06");
    }

    @Test
    void should_not_take_what_a_summary_contains_for_what_it_is() {
        FilingDecision d = filed("2025年5月份工作总结-含年度计划进度.docx",
                "5月份工作总结\n本月完成个案服务12次。\n年度计划进度：完成42%。\n2025年6月3日\n");

        assertThat(d.docType().id()).isEqualTo("monthly-summary");
        assertThat(d.period().orElseThrow().label()).isEqualTo("2025-05");
    }

    @Test
    void should_date_a_register_by_its_last_entry_not_by_the_end_of_a_term_it_states() {
        FilingDecision d = filed("员工档案（彭浩）.docx", """
                员工档案
                员工编号：S-008  姓名：彭浩
                入职日期：2024-09-02
                合同期限：2024-09-02至2026-09-01
                变动记录
                2024-11-01 转正
                2025-03-03 岗位调整
                """);

        assertThat(d.documentDate()).contains(LocalDate.of(2025, 3, 3));
    }

    @Test
    void should_date_a_summary_list_by_its_last_entry() {
        FilingDecision d = filed("2024年采购记录汇总.docx",
                "采购记录汇总\n2024年4月12日 打印纸 20包\n2024年9月3日 投影仪 1台\n2024年12月10日 文件柜 2个\n");

        assertThat(d.documentDate()).contains(LocalDate.of(2024, 12, 10));
    }

    @Test
    void should_take_the_file_names_quarter_over_a_month_inside_it_in_the_heading() {
        FilingDecision d = filed("站内值班日志2025年第三季度.docx",
                "值班日志 2025年9月\n2025年7月3日 值班：唐丽\n2025年9月28日 值班：何俊\n");

        assertThat(d.docType().id()).isEqualTo("work-log");
        assertThat(d.period().orElseThrow().label()).isEqualTo("2025-Q3");
    }

    @Test
    void should_not_read_a_training_on_case_work_as_a_case_record() {
        Verdict v = classifier.classify(Extraction.ofText("个案管理实务培训记录20250218.docx",
                "培训记录\n培训主题：个案管理实务\n培训时间：2025年2月18日\n参训人员：员工编号 S-002\n培训学时：3学时\n"));

        assertThat(v).isInstanceOf(Verdict.File.class);
        assertThat(((Verdict.File) v).decision().docType().id()).isEqualTo("training-record");
    }

    @Test
    void should_read_a_quarterly_bank_statement_as_of_its_quarter() {
        FilingDecision d = filed("对账单2024年第四季度.pdf", "银行对账单\n账户：某社工服务中心\n2024年10月1日至2024年12月31日\n打印日期：2025年1月5日\n");

        assertThat(d.period().orElseThrow().label()).isEqualTo("2024-Q4");
    }
}
