package org.swarchive.store.alfresco;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@code swa access apply}: the plan on the category folders, and sensitive records in their restricted folders. */
class AccessApplyTest extends AccessFixtureTest {

    private static final Instant NOW = Instant.parse("2026-03-03T04:00:00Z");
    private static final String SOCIAL = "GROUP_swa-jn01-social-worker";



    private AccessFixture.Run apply(String... extra) {
        String[] args = new String[4 + extra.length];
        System.arraycopy(new String[] {"access", "apply", "--store", fx.store(AccessFixture.JN01)}, 0, args, 0, 4);
        System.arraycopy(extra, 0, args, 4, extra.length);
        AccessFixture.Run r = fx.swa(NOW, args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r;
    }

    private String folderId(String category) {
        return fx.categoryFolder(AccessFixture.JN01, category).get("id").asText();
    }

    private ObjectNode sensitiveFolder(String category) {
        return fx.child(folderId(category), RecordNodes.SENSITIVE);
    }

    @Test
    void should_make_a_category_hold_exactly_the_plan_for_its_roles_and_keep_every_other_ace_when_the_plan_changes() throws Exception {
        Path plan = Files.writeString(tmp.resolve("plan.yaml"), """
                plan: audit-season
                roles:
                  station-head:    {documents: Consumer, service: Consumer, finance: Consumer, assets: Consumer, personnel: Consumer}
                  archivist:       {documents: Coordinator, service: Coordinator, finance: Coordinator, assets: Coordinator, personnel: Coordinator}
                  social-worker:   {documents: Consumer, service: Contributor, finance: Consumer}
                  finance-officer: {finance: Contributor, assets: Consumer}
                  evaluator:       {}
                """);
        AccessFixture.Run wider = apply("--permission-plan", plan.toString());
        assertThat(wider.out()).contains("财务档案：+ " + SOCIAL + " Consumer").contains("已写入并回读确认");
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, fx.id("voucher"))).isTrue();
        ((ArrayNode) fx.now(folderId("财务档案")).get("permissions").get("locallySet")).addObject()
                .put("authorityId", "GROUP_district-auditors").put("name", "Consumer").put("accessStatus", "ALLOWED");

        AccessFixture.Run back = apply("--lang", "en");
        assertThat(back.out()).contains("财务档案: − " + SOCIAL + " Consumer");
        assertThat(fx.aces(folderId("财务档案"))).contains("GROUP_district-auditors=Consumer", "GROUP_swa-jn01-finance-officer=Contributor")
                .doesNotContain(SOCIAL + "=Consumer");
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, fx.id("voucher"))).isFalse();
    }

    @Test
    void should_keep_social_workers_out_of_personnel_and_finance_records_when_the_shipped_plan_is_in_place() {
        apply();
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, fx.id("staff"))).as("personnel").isFalse();
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, fx.id("voucher"))).as("finance").isFalse();
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, fx.id("policy"))).as("documents").isTrue();
        assertThat(fx.mayRead(AccessFixture.FINANCE_OFFICER, fx.id("voucher"))).isTrue();
        assertThat(fx.mayRead(AccessFixture.FINANCE_OFFICER, fx.id("staff"))).isFalse();
    }

    @Test
    void should_move_sensitive_records_into_a_folder_only_the_allowed_roles_read_keeping_node_and_archive_code() {
        ObjectNode restricted = sensitiveFolder("服务档案");
        assertThat(restricted.get("permissions").get("isInheritanceEnabled").asBoolean()).as("made by provisioning").isFalse();
        assertThat(fx.aces(restricted.get("id").asText())).contains("GROUP_swa-jn01-station-head=Consumer", "GROUP_swa-jn01-archivist=Coordinator",
                SOCIAL + "=Contributor", "GROUP_site_swa-jn01_SiteManager=SiteManager")
                .noneMatch(a -> a.contains("finance-officer") || a.contains("evaluator") || a.contains("SiteConsumer"));
        assertThat(fx.aces(sensitiveFolder("财务档案").get("id").asText())).noneMatch(a -> a.contains("finance-officer"));
        // A record already in the restricted folder that is no longer sensitive goes back out.
        ObjectNode cleared = fx.record("服务档案", "敏感档案/2024", "已脱敏名册.docx", "swa:serviceRecord", java.util.Map.of(
                "swa:docType", "volunteer-register", "swa:confidentiality", "internal", "swa:archiveCode", "JN01-FW·2024-D30-0002"));

        AccessFixture.Run r = apply();

        assertThat(r.out()).contains("移入敏感档案：服务档案/2025/定期30年/需求调研报告.docx → 服务档案/敏感档案/2025/定期30年/需求调研报告.docx")
                .contains("已非敏感，移回：服务档案/敏感档案/2024/已脱敏名册.docx → 服务档案/2024/已脱敏名册.docx");
        ObjectNode moved = fx.now(fx.id("needs"));
        assertThat(moved.get("path").get("name").asText()).endsWith("/JN01/服务档案/敏感档案/2025/定期30年");
        assertThat(moved.get("properties").get("swa:archiveCode").asText()).isEqualTo("JN01-FW·2025-D30-0001");
        assertThat(fx.now(cleared.get("id").asText()).get("path").get("name").asText()).endsWith("/JN01/服务档案/2024");
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, fx.id("needs"))).isTrue();
        assertThat(fx.mayRead(AccessFixture.FINANCE_OFFICER, fx.id("needs"))).isFalse();
        assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.id("needs"))).isFalse();
    }

    @Test
    void should_only_say_what_it_would_do_on_a_dry_run_and_send_no_write_when_everything_is_in_place() {
        AccessFixture.Run dry = apply("--dry-run", "--lang", "en");
        assertThat(dry.out()).contains("into sensitive: 服务档案/2025/定期30年/需求调研报告.docx").contains("(nothing written)");
        assertThat(fx.now(fx.id("needs")).get("path").get("name").asText()).endsWith("/服务档案/2025/定期30年");
        apply();
        fx.alfresco.server().resetRequests();
        AccessFixture.Run again = apply();
        assertThat(again.out()).contains("已就绪，无需更改。");
        assertThat(fx.alfresco.server().findAll(anyRequestedFor(anyUrl()))).isNotEmpty().allMatch(q -> q.getMethod().getName().equals("GET")
                || q.getUrl().startsWith(AlfrescoStub.SEARCH), "only reads");
    }

    @Test
    void should_take_back_evaluators_access_to_a_record_that_has_become_sensitive_when_it_is_moved() {
        AccessFixture.Run open = fx.swa(NOW, "inspect", "open", "--store", fx.store(AccessFixture.JN01), "--evaluators", AccessFixture.ASSESSORS,
                "--until", "2026-03-20", "--period", "2025", "--as-of", "2026-03-01");
        assertThat(open.exitCode()).as(open.err()).isZero();
        assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.id("policy"))).isTrue();
        ((ObjectNode) fx.now(fx.id("policy")).get("properties")).put("swa:confidentiality", "sensitive");

        AccessFixture.Run r = apply();

        assertThat(r.out()).contains("已收回评估方对新移入敏感档案记录的授权：1 项");
        assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.id("policy"))).isFalse();
        assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.id("voucher"))).as("the rest of the window stays").isTrue();
    }

    @Test
    void should_exit_2_with_a_message_when_the_store_is_a_folder() {
        AccessFixture.Run r = fx.swa(NOW, "access", "apply", "--store", "folder:" + tmp);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("swa access apply").contains("alfresco:URL");
    }
}
