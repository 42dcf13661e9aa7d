package org.swarchive.store.alfresco;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.swarchive.retry.Retries;
import org.swarchive.app.SwaCli;
import org.swarchive.archive.Category;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.i18n.Language;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import picocli.CommandLine;

/** {@code swa station create} against a repository that remembers what each run wrote. */
class StationProvisionerTest {

    private final FakeRepository repository = new FakeRepository();
    private final AlfrescoStub alfresco = new AlfrescoStub(repository);

    @AfterEach
    void stop() {
        alfresco.close();
    }

    private String[] create(String... extra) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new SwaCli(new CatalogueLoader(), new ReadinessEngine(), Clock.systemUTC(),
                AlfrescoStub.basicEnvironment("s3cret"), new Retries(1, Duration.ZERO, 2)).commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> args = new java.util.ArrayList<>(List.of("station", "create", "--store", "alfresco:" + alfresco.baseUrl(), "JN01", "金牛区示范社工站"));
        args.addAll(List.of(extra));
        int code = cl.execute(args.toArray(String[]::new));
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private ObjectNode station() {
        return repository.children(repository.library("swa-jn01")).stream()
                .filter(n -> n.get("nodeType").asText().equals("swa:station")).findFirst().orElseThrow();
    }

    private ObjectNode child(String parentId, String name) {
        return repository.children(parentId).stream().filter(n -> n.get("name").asText().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> aces(ObjectNode node) {
        return ((ArrayNode) node.get("permissions").get("locallySet")).valueStream()
                .map(a -> a.get("authorityId").asText() + "=" + a.get("name").asText()).toList();
    }

    @Test
    void should_build_the_station_tree_groups_permissions_and_inbox_rule_when_the_station_is_new() {
        String[] r = create();
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1]).contains("/sites/swa-jn01").contains("已写入更改");
        ObjectNode station = station();
        assertThat(station.get("nodeType").asText()).isEqualTo("swa:station");
        assertThat(station.get("properties").get("swa:stationCode").asText()).isEqualTo("JN01");
        assertThat(station.get("properties").get("swa:fondsCode").asText()).isEqualTo("JN01");
        String id = station.get("id").asText();
        assertThat(repository.children(id).stream().map(n -> n.get("name").asText()))
                .containsExactlyInAnyOrder("文书档案", "服务档案", "财务档案", "物资档案", "人事档案", "收件箱", "评估佐证");
        ObjectNode finance = child(id, Category.FINANCE.label().in(Language.ZH));
        assertThat(finance.get("nodeType").asText()).isEqualTo("swa:categoryFolder");
        assertThat(finance.get("properties").get("swa:folderCategory").asText()).isEqualTo("finance");
        assertThat(aces(finance)).contains("GROUP_swa-jn01-finance-officer=Contributor", "GROUP_swa-jn01-archivist=Coordinator",
                        "GROUP_site_swa-jn01_SiteManager=SiteManager")
                .noneMatch(a -> a.startsWith("GROUP_swa-jn01-social-worker") || a.startsWith("GROUP_swa-jn01-evaluator")
                        || a.startsWith("GROUP_site_swa-jn01_SiteConsumer"));
        assertThat(finance.get("permissions").get("isInheritanceEnabled").asBoolean())
                .as("site consumers would otherwise read every category").isFalse();
        assertThat(repository.siteGroups("swa-jn01").stream().map(g -> g.get("id").asText() + "=" + g.get("role").asText()))
                .containsExactlyInAnyOrder("GROUP_swa-jn01-station-head=SiteConsumer", "GROUP_swa-jn01-archivist=SiteConsumer",
                        "GROUP_swa-jn01-social-worker=SiteConsumer", "GROUP_swa-jn01-finance-officer=SiteConsumer");
        int indicators = (int) new FrameworkLibrary(new FrameworkLoader(new CatalogueLoader().shipped())).resolve("station-star")
                .allIndicators().count();
        List<ObjectNode> evidence = repository.children(child(child(id, "评估佐证").get("id").asText(), "station-star").get("id").asText());
        assertThat(evidence).hasSize(indicators).allMatch(n -> n.get("nodeType").asText().equals("swa:evidenceFolder"));
        assertThat(evidence).anyMatch(n -> n.get("properties").get("swa:indicatorCode").asText().equals("C1.1")
                && n.get("name").asText().startsWith("C1.1 "));
        List<ObjectNode> rules = repository.rules(child(id, "收件箱").get("id").asText());
        assertThat(rules).hasSize(1);
        assertThat(rules.get(0).get("triggers").get(0).asText()).isEqualTo("inbound");
        assertThat(rules.get(0).get("actions").get(0).get("params").get("aspect-name").asText()).isEqualTo("swa:pendingFiling");
    }

    @Test
    void should_keep_the_service_notes_from_site_consumers_when_the_station_is_new() {
        assertThat(create()[0]).isEqualTo("0");
        ObjectNode notes = child(repository.library("swa-jn01"), ".swa");
        assertThat(notes.get("permissions").get("isInheritanceEnabled").asBoolean()).isFalse();
        assertThat(aces(notes)).contains("GROUP_site_swa-jn01_SiteManager=SiteManager")
                .noneMatch(a -> a.startsWith("GROUP_site_swa-jn01_SiteConsumer"));
    }

    @Test
    void should_send_no_write_when_the_station_is_created_a_second_time() {
        assertThat(create()[0]).isEqualTo("0");
        alfresco.server().resetRequests();
        String[] again = create();
        assertThat(again[0]).as(again[2]).isEqualTo("0");
        assertThat(again[1]).contains("无需更改");
        assertThat(alfresco.server().findAll(anyRequestedFor(anyUrl())))
                .isNotEmpty()
                .allMatch(req -> req.getMethod().getName().equals("GET"), "only reads");
    }

    @Test
    void should_keep_an_ace_it_did_not_set_and_restore_its_own_when_run_again() {
        assertThat(create()[0]).isEqualTo("0");
        ObjectNode documents = child(station().get("id").asText(), "文书档案");
        ArrayNode local = (ArrayNode) documents.get("permissions").get("locallySet");
        local.removeAll();
        local.addObject().put("authorityId", "GROUP_district-auditors").put("name", "Consumer").put("accessStatus", "ALLOWED");
        String[] again = create();
        assertThat(again[0]).as(again[2]).isEqualTo("0");
        assertThat(again[1]).contains("已写入更改：1");
        assertThat(aces(documents)).startsWith("GROUP_district-auditors=Consumer")
                .contains("GROUP_swa-jn01-archivist=Coordinator", "GROUP_swa-jn01-social-worker=Consumer");
    }
}
