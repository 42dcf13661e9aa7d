package org.swarchive.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarchive.i18n.Language;

/** Paper that is not the station's record — forwarded, advertised, model texts, notes, blank forms — is never filed (issue 15). */
class NotARecordTest {

    private final Classifier classifier = new Classifier(FilingFixture.CATALOGUE);

    private static final String MINUTES = "会议记录\n会议时间：2025年9月12日上午9:30\n参会人员：全体社工\n会议内容：三季度工作推进\n";

    @ParameterizedTest
    @ValueSource(strings = {"会议记录（转发街道）.docx", "转发：会议记录怎么写.docx", "【转】会议记录.docx", "会议记录范文.docx",
            "会议记录-复习笔记.docx", "会议记录（培训讲义）.docx"})
    void should_not_file_a_document_whose_name_marks_it_as_not_the_stations_own(String name) {
        Verdict v = classifier.classify(Extraction.ofText(name, MINUTES));

        assertThat(v).isInstanceOf(Verdict.Review.class);
        assertThat(((Verdict.Review) v).reasons()).anySatisfy(r -> assertThat(r.in(Language.EN)).startsWith("not the station's own record"));
    }

    @Test
    void should_still_file_the_same_minutes_under_an_ordinary_name() {
        assertThat(classifier.classify(Extraction.ofText("周例会会议记录.docx", MINUTES))).isInstanceOf(Verdict.File.class);
    }

    @Test
    void should_not_take_a_laptop_for_notes() {
        assertThat(Classifier.notARecord(Extraction.ofText("卡片-笔记本电脑.docx", "固定资产卡片\n购置日期：2024年3月1日\n"))).isFalse();
    }

    @Test
    void should_not_file_an_advertisement_named_like_a_statement() {
        Verdict v = classifier.classify(Extraction.ofText("6月对账单(1).pdf",
                "某银行 对公客户专享\n信用贷款 额度最高100万元\n2025年6月\n本宣传资料不构成要约，具体以合同约定为准\n"));

        assertThat(v).isInstanceOf(Verdict.Review.class);
    }

    @Test
    void should_not_file_a_form_nobody_filled_in() {
        String blank = "个案接案登记表\n个案编号：________  接案日期：____年__月__日\n服务对象：________ 性别：__\n求助问题：\n初步评估：\n";

        assertThat(Classifier.blankForm(blank)).isTrue();
        assertThat(classifier.classify(Extraction.ofText("个案接案登记表.docx", blank))).isInstanceOf(Verdict.Review.class);
    }

    @Test
    void should_not_take_a_filled_form_with_a_few_empty_fields_for_a_blank_one() {
        String filled = "个案接案登记表\n个案编号：C-2025-019  接案日期：2025年8月5日\n服务对象：赵某  备注：\n其他：\n联系方式：\n签字：____\n";

        assertThat(Classifier.blankForm(filled)).isFalse();
    }
}
