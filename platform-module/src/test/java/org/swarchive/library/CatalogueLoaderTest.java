package org.swarchive.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.Category;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Retention;
import org.swarchive.archive.SubjectKind;
import org.swarchive.i18n.Language;

class CatalogueLoaderTest {

    private final CatalogueLoader loader = new CatalogueLoader();

    @Test
    void should_ship_every_doc_type_of_the_domain_reference() {
        DocTypeCatalogue c = loader.shipped();
        assertThat(c.size()).isEqualTo(50);
        assertThat(c.find("monthly-summary")).hasValueSatisfying(t -> {
            assertThat(t.label().in(Language.ZH)).isEqualTo("月度工作总结");
            assertThat(t.category()).isEqualTo(Category.DOCUMENTS);
            assertThat(t.retention()).isEqualTo(new Retention.Fixed(10));
        });
        assertThat(c.find("labour-contract")).hasValueSatisfying(t -> {
            assertThat(t.retention()).isEqualTo(new Retention.AfterEvent(2));
            assertThat(t.subject()).contains(SubjectKind.STAFF);
        });
        assertThat(c.find("audit-report").orElseThrow().retention()).isEqualTo(new Retention.Permanent());
        assertThat(c.all()).extracting(t -> t.category()).contains(Category.values());
    }

    @Test
    void should_give_case_types_at_least_confidential_when_the_catalogue_sets_each_types_level() {
        DocTypeCatalogue c = loader.shipped();
        assertThat(c.all()).filteredOn(t -> t.subject().filter(s -> s == SubjectKind.CASE).isPresent())
                .isNotEmpty().allSatisfy(t -> assertThat(t.confidentiality()).as(t.id())
                        .isGreaterThanOrEqualTo(Confidentiality.CONFIDENTIAL));
        assertThat(c.find("client-profile").orElseThrow().confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
        assertThat(c.find("voucher").orElseThrow().confidentiality()).isEqualTo(Confidentiality.INTERNAL);
        assertThat(c.find("staff-profile").orElseThrow().confidentiality()).isEqualTo(Confidentiality.INTERNAL);
    }

    @Test
    void should_keep_a_case_type_confidential_and_refuse_an_unknown_level_when_a_station_file_sets_them(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("own.yaml");
        Files.writeString(file, """
                docTypes:
                  - {id: home-visit, label: {zh-CN: 家访记录, en: Home visit}, category: service, retention: D10, subject: case, confidentiality: public}
                  - {id: notice, label: {zh-CN: 公示, en: Notice}, category: documents, retention: D10, confidentiality: public}
                """);
        DocTypeCatalogue c = loader.withStationFile(file);
        assertThat(c.find("home-visit").orElseThrow().confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
        assertThat(c.find("notice").orElseThrow().confidentiality()).isEqualTo(Confidentiality.PUBLIC);

        Files.writeString(file, """
                docTypes:
                  - {id: notice, label: {zh-CN: 公示, en: Notice}, category: documents, retention: D10,
                     confidentiality: Secret}
                """);
        assertThatThrownBy(() -> loader.withStationFile(file)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems()).extracting(LibraryProblem::line, p -> p.reason().in(Language.EN))
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(3,
                                "unknown confidentiality 'Secret' (public, internal, confidential or sensitive)")));
    }

    @Test
    void should_add_and_override_types_when_a_station_file_is_given(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("站点目录.yaml");
        Files.writeString(file, """
                docTypes:
                  - {id: party-building, label: {zh-CN: 党建工作记录, en: Party-building record}, category: documents, retention: D30}
                  - {id: work-log, label: {zh-CN: 社工日志, en: Social work log}, category: service, retention: D10}
                """);
        DocTypeCatalogue c = loader.withStationFile(file);
        assertThat(c.size()).isEqualTo(51);
        assertThat(c.find("party-building")).isPresent();
        assertThat(c.find("work-log").orElseThrow().category()).isEqualTo(Category.SERVICE);
    }

    @Test
    void should_name_file_line_and_reason_when_a_station_file_is_wrong(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                docTypes:
                  - {id: a, label: {zh-CN: 甲, en: A}, category: documents, retention: D30}
                  - {id: b, label: {zh-CN: 乙, en: B}, category: archive, retention: forever}
                """);
        assertThatThrownBy(() -> loader.withStationFile(file)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems()).extracting(LibraryProblem::line, p -> p.reason().in(Language.EN)).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "unknown category 'archive'"),
                        org.assertj.core.groups.Tuple.tuple(3, "invalid retention 'forever' (Y, D<n>, E<n>)")));
    }

    @Test
    void should_refuse_a_file_that_is_not_utf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.yaml");
        Files.write(file, "docTypes:\n  - {id: a, label: {zh-CN: 月报, en: A}, category: documents, retention: Y}\n"
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThatThrownBy(() -> loader.withStationFile(file)).isInstanceOfSatisfying(InvalidLibraryFileException.class, e ->
                assertThat(e.problems().get(0).reason().in(Language.EN)).contains("not valid UTF-8"));
    }
}
