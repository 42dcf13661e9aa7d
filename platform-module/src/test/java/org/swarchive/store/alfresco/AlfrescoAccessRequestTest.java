package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Access requests in Alfresco: an approval grants the requester read on that one record until its date, and no longer. */
class AlfrescoAccessRequestTest extends AccessFixtureTest {

    private static final Instant ASKED = Instant.parse("2026-03-03T02:00:00Z");
    private static final String STAFF_RECORD = "人事档案/2025/定期30年/员工档案-S01.docx";


    @Test
    void should_let_the_requester_read_that_record_only_until_the_date_when_approved() {
        String second = fx.record("人事档案", "2025/定期30年", "员工档案-S02.docx", "swa:personnelRecord",
                Map.of("swa:docType", "staff-profile", "swa:staffId", "S02")).get("id").asText();
        AccessFixture.Run asked = fx.swa(ASKED, "access", "request", "--store", fx.store(AccessFixture.JN01), "--record", STAFF_RECORD,
                "--purpose", "核对培训记录", "--as", AccessFixture.SOCIAL_WORKER, "--lang", "en");
        assertThat(asked.exitCode()).as(asked.err()).isZero();
        String id = asked.out().substring(asked.out().indexOf(": ") + 2).trim();
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, fx.id("staff"))).as("not before approval").isFalse();

        AccessFixture.Run approved = fx.swa(ASKED.plusSeconds(600), "access", "approve", "--store", fx.store(AccessFixture.JN01), id,
                "--until", "2026-03-05", "--as", "站长王芳", "--lang", "en");
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("Approved until").contains("access request " + id + " access granted (shegong1, 1 nodes)");
        assertThat(fx.aces(fx.id("staff"))).contains("shegong1=Consumer");
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, fx.id("staff"))).isTrue();
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, second)).as("only the record asked for").isFalse();

        // Any later command, in a new process past the date, takes it back.
        AccessFixture.Run later = fx.swa(Instant.parse("2026-03-07T02:00:00Z"), "inspect", "list", "--store", fx.store(AccessFixture.JN01));
        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.out()).contains("查阅申请 " + id + " 已收回授权");
        assertThat(fx.mayRead(AccessFixture.SOCIAL_WORKER, fx.id("staff"))).isFalse();
        assertThat(fx.aces(fx.id("staff"))).noneMatch(a -> a.startsWith("shegong1"));
    }

    @Test
    void should_refuse_a_record_outside_the_station_and_a_sensitive_one_for_an_evaluator() {
        for (String crafted : new String[] {"../../swa-jn02/documentLibrary/JN02/文书档案/管理制度.docx", fx.id("jn02"), "/etc/passwd",
                ".swa/access/register.tsv", "人事档案"}) {
            AccessFixture.Run r = fx.swa(ASKED, "access", "request", "--store", fx.store(AccessFixture.JN01), "--record", crafted,
                    "--purpose", "x", "--as", AccessFixture.SOCIAL_WORKER, "--lang", "en");
            assertThat(r.exitCode()).as(crafted).isEqualTo(2);
            assertThat(r.err()).as(crafted).contains("the station holds no record");
        }
        AccessFixture.Run sensitive = fx.swa(ASKED, "access", "request", "--store", fx.store(AccessFixture.JN01), "--record",
                "服务档案/2025/定期30年/需求调研报告.docx", "--purpose", "评估抽查", "--as", AccessFixture.EVALUATOR, "--role", "evaluator");
        assertThat(sensitive.exitCode()).isEqualTo(2);
        assertThat(sensitive.err()).contains("敏感个人信息，不向评估方提供");
        assertThat(fx.repository.at("Sites/swa-jn01/documentLibrary/.swa/access/requests")).as("nothing filed").isEmpty();
        assertThat(fx.aces(fx.id("needs"))).noneMatch(a -> a.startsWith(AccessFixture.EVALUATOR));
    }
}
