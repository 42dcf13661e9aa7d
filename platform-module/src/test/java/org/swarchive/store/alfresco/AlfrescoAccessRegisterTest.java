package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The access register (查阅登记) of a station in Alfresco: the reads the repository's audit trail
 * logged, each under the window or request that allowed it, merged with the service's own lines.
 */
class AlfrescoAccessRegisterTest extends AccessFixtureTest {

    private static final Instant OPENED = Instant.parse("2026-03-03T01:00:00Z");



    private void read(String user, String nodeId, Instant at) {
        fx.access.at(at);
        try (AlfrescoClient c = fx.clientAs(user)) {
            assertThat(c.download(AlfrescoClient.Action.read(nodeId), nodeId)).as(user + " reads").isPresent();
        }
    }

    private AccessFixture.Run register(String... extra) {
        String[] base = {"access", "register", "--store", fx.store(AccessFixture.JN01), "--from", "2026-03-01", "--to", "2026-03-31",
                "--format", "html", "--out", tmp.resolve("register.html").toString()};
        String[] args = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return fx.swa(OPENED.plusSeconds(86_400), args);
    }

    @Test
    void should_register_each_read_in_the_repository_under_the_window_or_request_that_allowed_it() throws Exception {
        AccessFixture.Run open = fx.swa(OPENED, "inspect", "open", "--store", fx.store(AccessFixture.JN01), "--evaluators",
                AccessFixture.ASSESSORS, "--until", "2026-03-10", "--period", "2025", "--as-of", "2026-03-01", "--as", "站长王芳", "--lang", "en");
        assertThat(open.exitCode()).as(open.err()).isZero();
        String window = AccessFixture.windowId(open);
        AccessFixture.Run asked = fx.swa(OPENED, "access", "request", "--store", fx.store(AccessFixture.JN01), "--record",
                "人事档案/2025/定期30年/员工档案-S01.docx", "--purpose", "核对培训记录", "--as", AccessFixture.SOCIAL_WORKER, "--lang", "en");
        String request = asked.out().substring(asked.out().indexOf(": ") + 2).trim();
        assertThat(fx.swa(OPENED, "access", "approve", "--store", fx.store(AccessFixture.JN01), request, "--until", "2026-03-05",
                "--as", "站长王芳").exitCode()).isZero();
        // Another station's record, read by someone allowed there: not this station's register.
        ((ArrayNode) fx.now(fx.id("jn02")).get("permissions").get("locallySet")).addObject().put("authorityId", "qita")
                .put("name", "Consumer").put("accessStatus", "ALLOWED");

        read(AccessFixture.EVALUATOR, fx.id("policy"), Instant.parse("2026-03-03T02:00:00Z"));
        read(AccessFixture.SOCIAL_WORKER, fx.id("staff"), Instant.parse("2026-03-03T03:00:00Z"));
        read(AccessFixture.SOCIAL_WORKER, fx.id("monthly"), Instant.parse("2026-03-03T04:00:00Z"));
        read(AccessFake.SERVICE, fx.id("voucher"), Instant.parse("2026-03-03T05:00:00Z"));
        read("qita", fx.id("jn02"), Instant.parse("2026-03-03T06:00:00Z"));
        // A record read, then gone from the repository: the register still names it.
        try (AlfrescoClient service = fx.clientAs(AccessFake.SERVICE)) {
            service.delete(AlfrescoClient.Action.write("monthly"), fx.id("monthly"), true);
        }
        AccessFixture.Run pack = fx.swa(OPENED.plusSeconds(7_200), "inspect", "package", "--store", fx.store(AccessFixture.JN01),
                "--period", "2025", "--as-of", "2026-03-01", "--out", tmp.resolve("p.zip").toString(), "--as", "评估员甲", "--unit", "某评估机构");
        assertThat(pack.exitCode()).as(pack.err()).isZero();

        AccessFixture.Run r = register();

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("其中 Alfresco 审计记录 3 条");
        String html = Files.readString(tmp.resolve("register.html"));
        assertThat(row(html, "评估窗口 " + window)).contains(AccessFixture.EVALUATOR, "评估组 jn01-assessors", "JN01-WS·2025-Y-0001",
                "管理制度汇编", "站长王芳", "在线查阅");
        assertThat(row(html, "核对培训记录")).contains(AccessFixture.SOCIAL_WORKER, "员工档案-S01", "站长王芳", "2026-03-06 00:00");
        assertThat(row(html, "2025-03月度工作总结.docx（已不在库中")).contains(AccessFixture.SOCIAL_WORKER);
        assertThat(html).contains("评估员甲", "某评估机构", "下载", "评估资料包").doesNotContain("管理制度.docx")
                .doesNotContain(">" + AccessFake.SERVICE + "<");
    }

    /** The table row of the register that holds this text. */
    private static String row(String html, String text) {
        int at = html.indexOf(text);
        assertThat(at).as(text).isPositive();
        return html.substring(html.lastIndexOf("<tr>", at), html.indexOf("</tr>", at));
    }

    @Test
    void should_explain_what_the_repository_lacks_and_still_export_the_local_register_when_asked() throws Exception {
        fx.access.withoutAudit();
        AccessFixture.Run r = register("--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no audit application swa-access").contains("audit.swa-access.enabled=true");
        assertThat(register("--local-only").exitCode()).isZero();
        assertThat(Files.readString(tmp.resolve("register.html"))).contains("<th scope=\"col\">查阅人</th>");
    }

    @Test
    void should_name_the_missing_permission_when_the_account_may_not_read_the_audit_trail() {
        AccessFixture.Run r = fx.swa(java.util.Map.of(AlfrescoCredentials.USER, AccessFixture.SOCIAL_WORKER, AlfrescoCredentials.PASSWORD, "pw"),
                OPENED, "access", "register", "--store", fx.store(AccessFixture.JN01), "--from", "2026-03-01", "--to", "2026-03-31",
                "--out", tmp.resolve("r.xlsx").toString(), "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("shegong1 lacks the 'Admin' permission").doesNotContain("Exception");
    }

    @Test
    void should_refuse_to_pass_a_disabled_audit_application_for_an_empty_register() {
        fx.access.auditDisabled();
        AccessFixture.Run r = register();
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("审计应用 swa-access 已停用");
    }
}
