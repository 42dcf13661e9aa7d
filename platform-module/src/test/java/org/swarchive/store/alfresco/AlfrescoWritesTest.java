package org.swarchive.store.alfresco;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.alfresco.core.model.Node;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.swarchive.retry.Retries;
import org.swarchive.app.SwaCli;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.StoreDocument;
import org.swarchive.store.StoreException;
import picocli.CommandLine;

/** The Alfresco store's writes: what each sends, and that it never takes away what it did not set. */
class AlfrescoWritesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AlfrescoStub alfresco = new AlfrescoStub();
    private final AlfrescoClient client = alfresco.client(AlfrescoCredentials.basic("archivist", "s3cret"));
    private final AlfrescoNodes nodes = new AlfrescoNodes(client);

    @AfterEach
    void stop() {
        client.close();
        alfresco.close();
    }

    private JsonNode body(LoggedRequest r) throws Exception {
        return JSON.readTree(r.getBodyAsString());
    }

    @Test
    void should_send_the_nodes_own_aspects_plus_the_new_one_when_an_aspect_is_added() throws Exception {
        alfresco.updatesAccepted();
        Node node = new Node().id("n1").name("扫描件.pdf").aspectNames(List.of("cm:auditable", "cm:titled", "cm:versionable"));
        nodes.update(node, Map.of("swa:filingNote", "分类不确定"), List.of("swa:pendingFiling"));
        List<LoggedRequest> puts = alfresco.server().findAll(putRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/n1")));
        assertThat(puts).hasSize(1);
        JsonNode sent = body(puts.get(0));
        assertThat(JSON.convertValue(sent.get("aspectNames"), List.class))
                .containsExactly("cm:auditable", "cm:titled", "cm:versionable", "swa:pendingFiling");
        assertThat(sent.get("properties").get("swa:filingNote").asText()).isEqualTo("分类不确定");
    }

    @Test
    void should_leave_the_aspect_list_alone_when_the_node_already_has_the_aspect() throws Exception {
        alfresco.updatesAccepted();
        Node node = new Node().id("n1").name("扫描件.pdf").aspectNames(List.of("cm:auditable", "swa:pendingFiling"));
        nodes.update(node, Map.of("swa:filingNote", "x"), List.of("swa:pendingFiling"));
        JsonNode sent = body(alfresco.server().findAll(putRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/n1"))).get(0));
        assertThat(sent.has("aspectNames")).as("an aspect list sent would replace one changed meanwhile").isFalse();
    }

    @Test
    void should_try_a_deterministic_suffix_when_the_name_is_taken() {
        String children = AlfrescoStub.CORE + "/nodes/parent/children";
        alfresco.server().stubFor(post(urlPathEqualTo(children)).withRequestBody(matchingJsonPath("$.name", equalTo("收件箱")))
                .willReturn(AlfrescoStub.conflict()));
        alfresco.server().stubFor(post(urlPathEqualTo(children)).withRequestBody(matchingJsonPath("$.name", equalTo("收件箱-2")))
                .willReturn(AlfrescoStub.conflict()));
        alfresco.server().stubFor(post(urlPathEqualTo(children)).withRequestBody(matchingJsonPath("$.name", equalTo("收件箱-3")))
                .willReturn(AlfrescoStub.json(201, AlfrescoStub.entry(AlfrescoStub.node("new", "收件箱-3", "cm:folder", true, "/x")))));
        Node created = nodes.create("parent", "JN01", "收件箱", "cm:folder", Map.of(), List.of());
        assertThat(created.getName()).isEqualTo("收件箱-3");
        assertThat(alfresco.server().findAll(postRequestedFor(urlPathEqualTo(children))).stream()
                .map(r -> r.getBodyAsString().replaceAll(".*\"name\":\"([^\"]+)\".*", "$1")))
                .containsExactly("收件箱", "收件箱-2", "收件箱-3");
    }

    @Test
    void should_ask_for_a_rescan_when_the_node_written_to_is_gone() {
        alfresco.server().stubFor(put(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/gone")).willReturn(AlfrescoStub.error(404)));
        Node node = new Node().id("gone").name("培训记录.docx").aspectNames(List.of());
        assertThatThrownBy(() -> nodes.update(node, Map.of("swa:hours", 3), List.of()))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.reason().zh()).contains("培训记录.docx").contains("重新扫描");
                    assertThat(e.reason().en()).contains("re-scan");
                });
    }

    @Test
    void should_link_only_the_records_not_yet_linked_when_secondary_children_exist() {
        alfresco.secondaryChildren("folder", List.of("r1", "r2"));
        int added = nodes.link("folder", "C1.1 佐证", List.of("r1", "r2", "r3"));
        assertThat(added).isEqualTo(1);
        List<LoggedRequest> posts = alfresco.server().findAll(postRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/folder/secondary-children")));
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).getBodyAsString()).contains("\"childId\":\"r3\"").contains("\"assocType\":\"cm:contains\"");
    }

    @Test
    void should_keep_aces_it_did_not_set_when_granting_permissions() throws Exception {
        alfresco.permissions("folder", List.of(new AlfrescoNodes.Ace("GROUP_district-auditors", "Consumer")));
        alfresco.updatesAccepted();
        boolean wrote = nodes.grant("folder", "文书档案", List.of(new AlfrescoNodes.Ace("GROUP_swa-jn01-archivist", "Coordinator")));
        assertThat(wrote).isTrue();
        JsonNode sent = body(alfresco.server().findAll(putRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/folder"))).get(0));
        assertThat(sent.get("permissions").get("locallySet").findValuesAsText("authorityId"))
                .containsExactly("GROUP_district-auditors", "GROUP_swa-jn01-archivist");
    }

    @Test
    void should_copy_what_it_inherited_except_the_site_members_when_a_folder_stops_inheriting() throws Exception {
        alfresco.permissions("folder", List.of(new AlfrescoNodes.Ace("GROUP_district-auditors", "Consumer")),
                List.of(new AlfrescoNodes.Ace("GROUP_site_swa-jn01_SiteManager", "SiteManager"),
                        new AlfrescoNodes.Ace("GROUP_site_swa-jn01_SiteConsumer", "SiteConsumer")));
        alfresco.updatesAccepted();
        boolean wrote = nodes.grantIsolated("folder", "人事档案", List.of(new AlfrescoNodes.Ace("GROUP_swa-jn01-archivist", "Coordinator")),
                authority -> authority.equals("GROUP_site_swa-jn01_SiteConsumer"));
        assertThat(wrote).isTrue();
        JsonNode sent = body(alfresco.server().findAll(putRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/folder"))).get(0))
                .get("permissions");
        assertThat(sent.get("isInheritanceEnabled").asBoolean()).isFalse();
        assertThat(sent.get("locallySet").findValuesAsText("authorityId"))
                .containsExactly("GROUP_district-auditors", "GROUP_site_swa-jn01_SiteManager", "GROUP_swa-jn01-archivist");
    }

    @Test
    void should_send_nothing_when_every_ace_is_already_set() {
        alfresco.permissions("folder", List.of(new AlfrescoNodes.Ace("GROUP_swa-jn01-archivist", "Coordinator")));
        boolean wrote = nodes.grant("folder", "文书档案", List.of(new AlfrescoNodes.Ace("GROUP_swa-jn01-archivist", "Coordinator")));
        assertThat(wrote).isFalse();
        assertThat(alfresco.server().findAll(putRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/folder")))).isEmpty();
    }

    @Test
    void should_write_readiness_and_link_evidence_when_check_runs_with_write_back() throws Exception {
        StoreDocument policy = new StoreDocument("文书档案/2025/制度.docx", "swa:documentRecord",
                Map.of("swa:docType", "policy", "swa:period", "2025", "swa:indicators", "C1.1"));
        alfresco.station().documents(List.of(policy)).evidenceFolders("station-star", List.of("C1.1", "C1"))
                .linkedRecords(List.of(policy)).updatesAccepted().secondaryChildren(AlfrescoStub.evidenceFolderId("C1.1"), List.of())
                .reportAccepted();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(),
                Clock.fixed(LocalDate.of(2026, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                AlfrescoStub.basicEnvironment("s3cret"), new Retries(2, Duration.ofMillis(1), 2)).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute("check", "--store", "alfresco:" + alfresco.baseUrl() + "/sites/" + AlfrescoStub.SITE,
                "--period", "2025", "--format", "json", "--write-back");
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("2 个佐证文件夹").contains("新增 1 个关联")
                .contains("准备度报告 评估佐证/station-star/readiness-station-star-2025.html");
        List<LoggedRequest> leaf = alfresco.server().findAll(putRequestedFor(urlPathEqualTo(
                AlfrescoStub.CORE + "/nodes/" + AlfrescoStub.evidenceFolderId("C1.1"))));
        assertThat(leaf).hasSize(1);
        JsonNode p = body(leaf.get(0)).get("properties");
        assertThat(p.get("swa:checkedAt").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(Integer.parseInt(p.get("swa:gapCount").asText())).isEqualTo(p.get("swa:gaps").size()).isPositive();
        assertThat(p.get("swa:gaps").get(0).asText()).startsWith("policy | ");
        assertThat(Double.parseDouble(p.get("swa:readiness").asText())).isBetween(0.0, 1.0).isLessThan(1.0);
        assertThat(alfresco.server().findAll(postRequestedFor(urlPathEqualTo(AlfrescoStub.CORE + "/nodes/"
                + AlfrescoStub.evidenceFolderId("C1.1") + "/secondary-children"))).get(0).getBodyAsString())
                .contains(AlfrescoStub.nodeId(policy));
    }

    @Test
    void should_refuse_write_back_when_the_store_is_a_folder() {
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), Clock.systemUTC(), Map.of(),
                new Retries(1, Duration.ZERO, 2)).commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        int code = cl.execute("check", "--store", "folder:.", "--write-back");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--write-back");
    }
}
