package org.swarchive.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.swarchive.archive.SensitiveMarkers.Document;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Text;

class SensitiveMarkersTest {

    private static final LocalDate ON = LocalDate.of(2025, 3, 3);
    /** Valid check characters (GB 11643-1999): an adult born 1980-03-15 and a child born 2016-07-02. */
    private static final String ADULT_ID = "110105198003150039";
    private static final String CHILD_ID = "44030420160702002X";

    private static List<Text> find(SensitiveMarkers.Marker marker, String text) {
        return marker.find(new Document(text, ON));
    }

    @Test
    void should_accept_an_id_number_when_its_check_character_is_right() {
        assertThat(SensitiveMarkers.validIdNumber(ADULT_ID)).isTrue();
        assertThat(SensitiveMarkers.validIdNumber(CHILD_ID)).isTrue();
        assertThat(SensitiveMarkers.validIdNumber(CHILD_ID.toLowerCase())).isTrue();
        assertThat(SensitiveMarkers.validIdNumber("110105198003150038")).as("wrong check digit").isFalse();
        assertThat(SensitiveMarkers.validIdNumber("110105198002300031")).as("no 30 February").isFalse();
        assertThat(SensitiveMarkers.validIdNumber("11010519800315003")).as("17 digits").isFalse();
    }

    @Test
    void should_mark_an_id_card_number_without_quoting_it_when_the_text_holds_one() {
        List<Text> found = find(SensitiveMarkers.ID_CARD, "身份证号：" + ADULT_ID + "，电话 13800000000");

        assertThat(found).hasSize(1);
        assertThat(found.get(0).in(Language.ZH)).contains("身份证").doesNotContain(ADULT_ID);
        assertThat(found.get(0).in(Language.EN)).contains("ID-card");
    }

    @Test
    void should_not_mark_a_number_when_it_is_no_id_number() {
        assertThat(find(SensitiveMarkers.ID_CARD, "账号 110105198003150038 金额 1000")).isEmpty();
        assertThat(find(SensitiveMarkers.ID_CARD, "流水号 9" + ADULT_ID)).as("part of a longer number").isEmpty();
        assertThat(find(SensitiveMarkers.ID_CARD, "档号 JN01-WS·2025-D10-0001")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"出生日期：2016年7月2日", "出生年月 2016-07", "生日：2016.7.2", "Date of birth: 2016-07-02",
            "年龄：8岁", "8岁儿童", "身份证号 " + CHILD_ID})
    void should_mark_a_child_when_the_text_shows_someone_under_fourteen_on_the_document_date(String text) {
        assertThat(find(SensitiveMarkers.CHILD, text)).as(text).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"出生日期：1980年3月15日", "年龄：14岁", "年龄 67", "身份证号 " + ADULT_ID, "2016年7月2日开展活动"})
    void should_not_mark_a_child_when_the_person_is_fourteen_or_older_or_no_birth_is_stated(String text) {
        assertThat(find(SensitiveMarkers.CHILD, text)).as(text).isEmpty();
    }

    @Test
    void should_count_the_age_on_the_document_date_when_the_birthday_is_near() {
        var text = "出生日期：2011年3月4日";
        assertThat(SensitiveMarkers.CHILD.find(new Document(text, LocalDate.of(2025, 3, 3)))).as("13 the day before").hasSize(1);
        assertThat(SensitiveMarkers.CHILD.find(new Document(text, LocalDate.of(2025, 3, 4)))).as("14 on the day").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"医院诊断为轻度抑郁", "既往病史：高血压", "持有残疾证", "精神障碍", "遵医嘱用药", "diagnosed with diabetes"})
    void should_mark_health_when_the_text_speaks_of_diagnosis_illness_or_disability(String text) {
        List<Text> found = find(SensitiveMarkers.HEALTH_WORDS, text);
        assertThat(found).as(text).hasSize(1);
    }

    @Test
    void should_not_mark_health_when_a_meeting_passes_on_the_spirit_of_a_document() {
        assertThat(find(SensitiveMarkers.HEALTH_WORDS, "传达学习上级会议精神，部署下季度工作")).isEmpty();
    }

    @Test
    void should_give_every_reason_when_the_markers_are_composed() {
        String text = "身份证号：" + CHILD_ID + "\n诊断：自闭症\n宗教信仰：无";

        List<Text> found = SensitiveMarkers.PIPL_28.find(new Document(text, ON));

        assertThat(found).extracting(t -> t.in(Language.ZH))
                .anySatisfy(s -> assertThat(s).contains("身份证"))
                .anySatisfy(s -> assertThat(s).contains("14"))
                .anySatisfy(s -> assertThat(s).contains("诊断"))
                .anySatisfy(s -> assertThat(s).contains("宗教"));
        assertThat(SensitiveMarkers.PIPL_28.find(new Document("2025年3月月度工作总结：开展社区活动 4 场。", ON))).isEmpty();
    }

    @Test
    void should_read_a_level_outside_the_list_as_sensitive_when_a_store_holds_one() {
        assertThat(Confidentiality.read("Sensitive")).contains(Confidentiality.SENSITIVE);
        assertThat(Confidentiality.read("secret")).contains(Confidentiality.SENSITIVE);
        assertThat(Confidentiality.read(" internal ")).contains(Confidentiality.INTERNAL);
        assertThat(Confidentiality.read(null)).isEmpty();
        assertThat(Confidentiality.INTERNAL.atLeast(Confidentiality.SENSITIVE)).isEqualTo(Confidentiality.SENSITIVE);
        assertThat(Confidentiality.SENSITIVE.atLeast(Confidentiality.PUBLIC)).isEqualTo(Confidentiality.SENSITIVE);
    }
}
