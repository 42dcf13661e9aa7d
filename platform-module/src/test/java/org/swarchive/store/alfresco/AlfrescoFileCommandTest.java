package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.classify.FilingFixture;
import org.swarchive.demo.DemoDocuments;

/** {@code swa file}, {@code swa review} and {@code swa review accept} on a station in Alfresco, end to end. */
class AlfrescoFileCommandTest {

    @TempDir
    Path tmp;
    AlfrescoFiling f;
    String store;

    @BeforeEach
    void station() {
        f = new AlfrescoFiling(tmp);
        store = "alfresco:" + f.alfresco.baseUrl() + "/sites/" + AlfrescoStub.SITE;
    }

    @AfterEach
    void stop() {
        f.close();
    }

    private String[] swa(String... args) {
        return AlfrescoCli.run(FilingFixture.CLOCK, AlfrescoStub.basicEnvironment("s3cret"), args);
    }

    @Test
    void should_file_list_and_accept_when_the_station_is_in_alfresco() {
        f.dropMonthly("三月.docx", 2025, 3);
        f.drop("新建 Microsoft Word 文档.docx", f.document(DemoDocuments.Format.DOCX, new DemoDocuments.Content("说明",
                List.of("请大家按时到岗。"), Optional.empty(), Optional.empty())));

        String[] file = swa("file", "--store", store);
        assertThat(file[0]).as(file[2]).isEqualTo("0");
        assertThat(file[1]).contains("正在归档收件箱 收件箱：" + store)
                .contains("已归档  收件箱/三月.docx → 文书档案/2025/定期10年/2025-03-月度工作总结.docx  JN01-WS·2025-D10-0001")
                .contains("待审    收件箱/新建 Microsoft Word 文档.docx").contains("已归档 1 份，待审 1 份，失败 0 份");

        String[] review = swa("review", "--store", store, "--lang", "en");
        assertThat(review[0]).as(review[2]).isEqualTo("0");
        assertThat(review[1]).contains("1 documents await review", "新建 Microsoft Word 文档.docx", "why: ");
        String id = review[1].replaceAll("(?s).*\\[([0-9a-f]{8})].*", "$1");

        String[] missing = swa("review", "accept", id, "--store", store, "--doc-type", "monthly-summary");
        assertThat(missing[0]).isEqualTo("2");
        assertThat(missing[2]).contains("--period");

        String[] accept = swa("review", "accept", id, "--store", store, "--doc-type", "policy", "--date", "2025-09-01");
        assertThat(accept[0]).as(accept[2]).isEqualTo("0");
        assertThat(accept[1]).contains("JN01-WS·2025-Y-0001");
        assertThat(f.repository.at(AlfrescoFiling.STATION + "/文书档案/2025/永久/2025-09-01-管理制度.docx")).isPresent();
        assertThat(swa("review", "--store", store)[1]).contains("待审队列为空");
        assertThat(swa("file", "--store", store)[1]).contains("已归档 0 份，待审 0 份，失败 0 份");
    }

    @Test
    void should_remember_a_new_fonds_on_the_station_folder_when_given_one() {
        f.dropMonthly("三月.docx", 2025, 3);
        String[] file = swa("file", "--store", store, "--fonds", "JN02");
        assertThat(file[0]).as(file[2]).isEqualTo("0");
        assertThat(file[1]).contains("JN02-WS·2025-D10-0001");
        assertThat(f.repository.at(AlfrescoFiling.STATION).orElseThrow().get("properties").get("swa:fondsCode").asText()).isEqualTo("JN02");
    }

    @Test
    void should_exit_2_with_a_readable_message_and_no_stack_trace_when_the_repository_fails() {
        f.dropMonthly("三月.docx", 2025, 3);
        f.repository.route((method, path, query, r, repo) -> FakeRepository.ok(503, FakeRepository.errorBody(503)));
        String[] file = swa("file", "--store", store, "--lang", "en");
        assertThat(file[0]).isEqualTo("2");
        assertThat(file[2]).contains("swa: Alfresco (" + f.alfresco.baseUrl() + ") could not handle", "HTTP 503", "after 2 attempts")
                .doesNotContain("Exception", "\tat ", "s3cret");
    }

    @Test
    void should_name_the_inbox_option_when_the_station_has_no_such_folder() {
        String[] file = swa("file", "--store", store, "--inbox", "收件夹");
        assertThat(file[0]).isEqualTo("2");
        assertThat(file[2]).contains("收件夹", "--inbox");
        assertThat(swa("file", "--store", store, "--inbox", "../别处")[2]).contains("--inbox");
    }
}
