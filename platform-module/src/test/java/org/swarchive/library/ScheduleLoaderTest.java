package org.swarchive.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Retention;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.archive.disposition.ScheduleRule;
import org.swarchive.i18n.Language;

class ScheduleLoaderTest {

    private static final DocTypeCatalogue CATALOGUE = new CatalogueLoader().shipped();
    private final ScheduleLoader loader = new ScheduleLoader(CATALOGUE);

    private RetentionSchedule read(String yaml) {
        return loader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "schedule.yaml");
    }

    @Test
    void should_refuse_before_parsing_when_a_schedule_file_is_over_the_size_limit(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // Six million characters of valid YAML: once 21 s per page view, now refused unread.
        String huge = "schedule: big\nrules:\n" + "  - {docType: policy, retention: Y, note: \"" + "备".repeat(2_000_000) + "\"}\n";
        java.nio.file.Path file = dir.resolve("retention-schedule.yaml");
        java.nio.file.Files.writeString(file, huge);

        assertThatThrownBy(() -> loader.load(file)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.render(Language.EN)).isEqualTo(file + ":1: the file is too large: over 1024 KiB, not read"
                            + " (data files may be at most 1 MiB)");
                }));
        assertThatThrownBy(() -> read(huge)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.render(Language.ZH))
                        .startsWith("schedule.yaml:1: 文件太大")));
    }

    @Test
    void should_refuse_with_the_line_when_a_schedule_uses_an_alias_of_itself() {
        String yaml = """
                schedule: loop
                rules: &r
                  - {docType: policy, retention: Y}
                  - *r
                """;

        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems()).extracting(LibraryProblem::line, p -> p.reason().in(Language.EN)).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2,
                                "recursive alias: this list or mapping contains itself through an alias, so it cannot be read")));
    }

    @Test
    void should_refuse_when_aliases_multiply_or_nesting_is_deep() {
        StringBuilder laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String prev = String.valueOf((char) (c - 1));
            laughs.append(c).append(": &").append(c).append(" [").append(("*" + prev + ", ").repeat(8)).append('*').append(prev).append("]\n");
        }
        assertThatThrownBy(() -> read(laughs.toString())).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason().in(Language.EN)).contains("aliases")));

        String deep = "schedule: deep\nrules: " + "[".repeat(200) + "]".repeat(200) + "\n";
        assertThatThrownBy(() -> read(deep)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason().in(Language.EN)).containsIgnoringCase("nesting")));
    }

    @Test
    void should_refuse_with_file_line_and_reason_when_a_rule_shortens_a_legal_minimum() {
        String yaml = """
                schedule: jn01
                terms: {short: D5}
                rules:
                  - {docType: sign-in-sheet, retention: short}
                  - {docType: voucher, retention: short}
                  - {docType: policy, retention: D30}
                """;

        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e -> {
            assertThat(e.problems()).extracting(LibraryProblem::file, LibraryProblem::line).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("schedule.yaml", 5), org.assertj.core.groups.Tuple.tuple("schedule.yaml", 6));
            assertThat(e.problems().get(0).reason().in(Language.ZH)).contains("voucher").contains("定期30年").contains("会计档案管理办法");
            assertThat(e.problems().get(1).reason().in(Language.EN)).contains("policy").contains("legal minimum Y");
        });
    }

    @Test
    void should_lay_station_rules_over_the_national_default_when_the_shipped_example_is_loaded() throws Exception {
        RetentionSchedule schedule;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("schedules/station-example.yaml")) {
            schedule = loader.read(in, "station-example.yaml");
        }

        assertThat(schedule.name()).isEqualTo("station-example");
        assertThat(schedule.rule("sign-in-sheet")).map(ScheduleRule::retention).contains(new Retention.Fixed(5));
        assertThat(schedule.rule("bank-statement")).hasValueSatisfying(r -> {
            assertThat(r.keepMetadata()).isTrue();
            assertThat(r.source().in(Language.ZH)).contains("station-example.yaml:");
        });
        assertThat(schedule.rule("work-log")).map(ScheduleRule::retention).contains(new Retention.Fixed(10));
    }

    @Test
    void should_name_every_mistake_with_its_line_when_the_file_has_several() {
        String yaml = """
                schedule: jn01
                terms: {short: X5}
                rules:
                  - {docType: no-such-type, retention: D5}
                  - {docType: work-log, retention: forever}
                  - {docType: work-log, retention: D30, keepMetadata: maybe}
                  - {docType: publicity, retention: D20}
                  - {docType: publicity, retention: D30}
                """;

        assertThatThrownBy(() -> read(yaml)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems()).extracting(LibraryProblem::line).containsExactly(2, 4, 5, 6, 8));
    }
}
