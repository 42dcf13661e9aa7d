package org.swarchive.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.SubjectKind;
import org.swarchive.evidence.Cadence;
import org.swarchive.evidence.EvidenceRequirement;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.Indicator;
import org.swarchive.evidence.SubjectActivity;
import org.swarchive.i18n.Language;

class FrameworkLoaderTest {

    private final FrameworkLoader loader = new FrameworkLoader(new CatalogueLoader().shipped());
    private final FrameworkLibrary library = new FrameworkLibrary(loader);

    private static final String HEAD = """
            framework: mini
            title: {zh-CN: 小框架, en: Mini}
            total: 10
            grades:
              - {min: 60, label: {zh-CN: 合格, en: Pass}}
              - {min: 0, label: {zh-CN: 不合格, en: Fail}}
            indicators:
            """;

    private Framework read(String yaml) {
        return loader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "mini.yaml");
    }

    private List<LibraryProblem> problems(String yaml) {
        try {
            read(yaml);
        } catch (InvalidLibraryFileException e) {
            return e.problems();
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void should_read_every_evidence_option_when_the_file_is_valid() {
        Framework fw = read(HEAD + """
                  - code: G
                    title: {zh-CN: 日常考核, en: Routine}
                    weight: 10
                    children:
                      - code: G1.1
                        title: {zh-CN: 月报, en: Monthly}
                        weight: 4
                        evidence:
                          - {docType: monthly-summary, cadence: monthly, min: 1, due: P5D}
                      - code: G1.2
                        title: {zh-CN: 培训, en: Training}
                        weight: 6
                        evidence:
                          - docType: training-record
                            per: staff
                            cadence: annual
                            sum: {property: swa:hours, min: 72}
                          - {docType: case-closing, per: case, when: closed}
                          - {docType: [policy, service-contract], validFor: P1Y}
                """);
        assertThat(fw.id()).isEqualTo("mini");
        Indicator g12 = fw.allIndicators().filter(i -> i.code().equals("G1.2")).findFirst().orElseThrow();
        EvidenceRequirement training = g12.evidence().get(0);
        assertThat(training.per()).contains(SubjectKind.STAFF);
        assertThat(training.cadence()).isEqualTo(Cadence.ANNUAL);
        assertThat(training.sum().min()).isEqualByComparingTo("72");
        assertThat(g12.evidence().get(1).when()).isEqualTo(SubjectActivity.CLOSED);
        assertThat(g12.evidence().get(2).docTypes()).containsExactly("policy", "service-contract");
        assertThat(g12.evidence().get(2).validFor()).isEqualTo(java.time.Period.ofYears(1));
        EvidenceRequirement monthly = fw.leaves().findFirst().orElseThrow().evidence().get(0);
        assertThat(monthly.due()).isEqualTo(java.time.Period.ofDays(5));
    }

    @Test
    void should_name_file_line_and_reason_when_a_doc_type_is_unknown() {
        assertThat(problems(HEAD + """
                  - code: A
                    title: {zh-CN: 甲, en: A}
                    weight: 10
                    evidence:
                      - {docType: monthly-report}
                """)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("mini.yaml");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.reason().in(Language.EN)).isEqualTo("unknown doc type 'monthly-report'");
        });
    }

    @Test
    void should_name_the_line_when_children_weights_do_not_add_up() {
        assertThat(problems(HEAD + """
                  - code: A
                    title: {zh-CN: 甲, en: A}
                    weight: 10
                    children:
                      - {code: A1, title: {zh-CN: 一, en: One}, weight: 4, evidence: [{docType: policy}]}
                      - {code: A2, title: {zh-CN: 二, en: Two}, weight: 5, evidence: [{docType: policy}]}
                """)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.reason().in(Language.EN)).isEqualTo("weights add up to 9, not indicator A weight 10");
            assertThat(p.reason().in(Language.ZH)).contains("分值合计 9");
        });
    }

    @Test
    void should_refuse_when_top_level_weights_do_not_add_up_to_the_total() {
        assertThat(problems(HEAD + """
                  - {code: A, title: {zh-CN: 甲, en: A}, weight: 7, evidence: [{docType: policy}]}
                """)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.reason().in(Language.EN)).isEqualTo("weights add up to 7, not total 10");
        });
    }

    @Test
    void should_name_the_second_occurrence_when_a_code_is_duplicated() {
        assertThat(problems(HEAD + """
                  - {code: A, title: {zh-CN: 甲, en: A}, weight: 5, evidence: [{docType: policy}]}
                  - {code: A, title: {zh-CN: 乙, en: B}, weight: 5, evidence: [{docType: policy}]}
                """)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.reason().in(Language.EN)).isEqualTo("duplicate indicator code 'A'");
        });
    }

    @Test
    void should_name_the_line_when_a_cadence_is_unknown() {
        assertThat(problems(HEAD + """
                  - code: A
                    title: {zh-CN: 甲, en: A}
                    weight: 10
                    evidence:
                      - docType: monthly-summary
                        cadence: fortnightly
                """)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.reason().in(Language.EN)).startsWith("unknown cadence 'fortnightly'");
        });
    }

    @Test
    void should_give_the_line_of_a_yaml_syntax_error() {
        assertThat(problems(HEAD + """
                  - code: A
                    title: {zh-CN: 甲, en: A
                    weight: 10
                """)).singleElement().satisfies(p -> {
            assertThat(p.line()).isBetween(10, 11);
            assertThat(p.reason().in(Language.EN)).startsWith("YAML syntax error");
        });
    }

    @Test
    void should_collect_every_problem_in_one_run() {
        assertThat(problems(HEAD + """
                  - code: A
                    title: {zh-CN: 甲}
                    weight: 10
                    evidence:
                      - {docType: nope, cadence: daily, due: five days, per: team}
                """)).extracting(p -> p.reason().in(Language.EN)).containsExactlyInAnyOrder(
                "indicator A.title has no 'en'",
                "unknown doc type 'nope'",
                "unknown cadence 'daily' (one of: once | annual | quarterly | monthly | weekly)",
                "due must be an ISO-8601 period such as P5D, P1M or P1Y, not 'five days'",
                "unknown per 'team' (one of: staff | case)");
    }

    @Test
    void should_refuse_a_typo_in_a_key_rather_than_ignore_it() {
        assertThat(problems(HEAD + """
                  - {code: A, title: {zh-CN: 甲, en: A}, weight: 10, evidence: [{docType: policy, cadance: monthly}]}
                """)).extracting(p -> p.reason().in(Language.EN)).containsExactly("unknown key 'cadance' in indicator A evidence");
    }

    @Test
    void should_refuse_per_when_the_doc_type_has_no_such_subject() {
        assertThat(problems(HEAD + """
                  - {code: A, title: {zh-CN: 甲, en: A}, weight: 10, evidence: [{docType: policy, per: staff}]}
                """)).extracting(p -> p.reason().in(Language.EN))
                .containsExactly("doc type 'policy' has no staff subject, so it cannot be per staff");
    }

    @Test
    void should_refuse_a_leaf_without_evidence_and_grades_out_of_order() {
        String yaml = """
                framework: mini
                title: {zh-CN: 小, en: Mini}
                total: 10
                grades:
                  - {min: 0, label: {zh-CN: 不合格, en: Fail}}
                  - {min: 60, label: {zh-CN: 合格, en: Pass}}
                indicators:
                  - {code: A, title: {zh-CN: 甲, en: A}, weight: 10}
                """;
        assertThat(problems(yaml)).extracting(LibraryProblem::line, p -> p.reason().in(Language.EN)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6, "grades must be listed highest first"),
                org.assertj.core.groups.Tuple.tuple(8, "indicator A: a leaf must list its evidence"));
    }

    @Test
    void should_load_the_shipped_station_star_with_8_12_31_indicators_and_100_points() {
        Framework fw = library.resolve("station-star");
        assertThat(fw.total()).isEqualByComparingTo("100");
        assertThat(fw.indicators()).hasSize(8).extracting(i -> i.title().in(Language.ZH))
                .containsExactly("建设与管理", "人员配备", "制度建设", "经费保障", "服务规范", "宣传倡导", "日常考核", "督导评估");
        assertThat(fw.indicators().stream().mapToLong(i -> i.children().size()).sum()).isEqualTo(12);
        assertThat(fw.leaves().count()).isEqualTo(31);
        assertThat(fw.leaves()).allSatisfy(l -> assertThat(l.evidence()).isNotEmpty());
        assertThat(fw.allIndicators()).allSatisfy(i -> assertThat(i.title().in(Language.EN)).isNotBlank());
    }

    @Test
    void should_load_the_shipped_project_performance_with_the_ministrys_eight_headings() {
        Framework fw = library.resolve("project-performance");
        assertThat(fw.total()).isEqualByComparingTo("100");
        assertThat(fw.indicators()).extracting(i -> i.title().in(Language.ZH))
                .containsExactly("项目方案", "人力资源", "行政/运营管理", "专业服务", "资金管理", "项目实现程度", "满意度", "社会效益");
    }

    @Test
    void should_say_what_is_shipped_when_a_framework_is_neither_shipped_nor_a_file() {
        assertThatThrownBy(() -> library.resolve("station-stars"))
                .isInstanceOfSatisfying(InvalidLibraryFileException.class, e -> assertThat(e.problems().get(0).reason().in(Language.EN))
                        .isEqualTo("neither a shipped framework (station-star, project-performance) nor a readable file"));
    }
}
