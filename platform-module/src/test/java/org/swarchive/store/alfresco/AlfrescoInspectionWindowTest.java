package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Inspection windows in Alfresco, end to end through the CLI: opening grants the evaluator group
 * read on the evidence tree and on each evidence record (never a sensitive one), and since the
 * repository's permissions never expire, the grant is taken back by whichever process runs after
 * the end — here a new CLI run, as after a restart of the service.
 */
class AlfrescoInspectionWindowTest extends AccessFixtureTest {

    private static final Instant DURING = Instant.parse("2026-03-03T04:00:00Z");
    private static final Instant AFTER = Instant.parse("2026-03-08T04:00:00Z");
    private static final String GROUP = AlfrescoPermissions.group(AccessFixture.ASSESSORS);


    private String open(Instant at, String from, String until) {
        AccessFixture.Run r = fx.swa(at, "inspect", "open", "--store", fx.store(AccessFixture.JN01), "--evaluators", AccessFixture.ASSESSORS,
                "--from", from, "--until", until, "--period", "2025", "--as-of", "2026-03-01", "--as", "站长王芳", "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return AccessFixture.windowId(r);
    }

    @Test
    void should_grant_the_evidence_but_nothing_sensitive_and_take_it_back_after_a_restart_when_the_window_has_ended() {
        // Someone gave the group read on one record before: the window must leave that ACE alone.
        ((ArrayNode) fx.now(fx.id("monthly")).get("permissions").get("locallySet")).addObject().put("authorityId", GROUP)
                .put("name", "Consumer").put("accessStatus", "ALLOWED");

        String id = open(DURING, "2026-03-02", "2026-03-06");

        String tree = fx.evidenceTree(AccessFixture.JN01).get("id").asText();
        assertThat(fx.aces(tree)).contains(GROUP + "=Consumer");
        for (String evidence : new String[] {"policy", "monthly", "staff", "voucher", "linked"}) {
            assertThat(fx.aces(fx.id(evidence))).as(evidence).contains(GROUP + "=Consumer");
            assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.id(evidence))).as(evidence).isTrue();
        }
        assertThat(fx.aces(fx.id("needs"))).as("sensitive").doesNotContain(GROUP + "=Consumer");
        assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.id("needs"))).isFalse();
        assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.id("other"))).as("not evidence").isFalse();
        assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.categoryFolder(AccessFixture.JN01, "文书档案").get("id").asText())).isFalse();
        assertThat(fx.holding(GROUP)).as("nothing of the other station").doesNotContain("管理制度.docx");
        // The grant is recorded with the window, in the station's notes.
        String note = new String(fx.repository.content(fx.repository.at("Sites/swa-jn01/documentLibrary/.swa/inspections/grants/" + id
                + ".properties").orElseThrow().get("id").asText()).orElseThrow(), java.nio.charset.StandardCharsets.UTF_8);
        java.util.Properties grant = new java.util.Properties();
        try {
            grant.load(new java.io.StringReader(note));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(grant.getProperty("state")).isEqualTo("GRANTED");
        assertThat(grant.getProperty("added")).contains(fx.id("policy")).doesNotContain(fx.id("monthly"));
        assertThat(grant.getProperty("candidates")).contains(fx.id("monthly")).doesNotContain(fx.id("needs"));

        // A new process, after the end: the sweep every swa inspect command runs takes the grant back.
        AccessFixture.Run later = fx.swa(AFTER, "inspect", "list", "--store", fx.store(AccessFixture.JN01), "--lang", "en");
        assertThat(later.exitCode()).as(later.err()).isZero();
        assertThat(later.out()).contains("inspection window " + id + " access taken back (" + GROUP + ", 5 nodes)")
                .contains(id + "  ended").contains("access taken back");
        assertThat(fx.holding(GROUP)).containsExactly("2025-03月度工作总结.docx");
        for (String evidence : new String[] {"policy", "staff", "voucher", "linked"}) {
            assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.id(evidence))).as(evidence).isFalse();
        }
        assertThat(fx.aces(tree)).doesNotContain(GROUP + "=Consumer");
    }

    @Test
    void should_take_the_access_back_at_once_when_the_window_is_closed_early() {
        String id = open(DURING, "2026-03-02", "2026-03-20");
        assertThat(fx.holding(GROUP)).hasSize(6);
        AccessFixture.Run closed = fx.swa(DURING.plusSeconds(3600), "inspect", "close", "--store", fx.store(AccessFixture.JN01), id);
        assertThat(closed.exitCode()).as(closed.err()).isZero();
        assertThat(closed.out()).contains("已结束：" + id).contains("已收回授权");
        assertThat(fx.holding(GROUP)).isEmpty();
    }

    @Test
    void should_grant_only_when_a_planned_window_starts_and_give_evaluators_of_another_station_nothing() {
        open(DURING, "2026-03-05", "2026-03-06");
        assertThat(fx.holding(GROUP)).as("not started").isEmpty();
        AccessFixture.Run other = fx.swa(DURING, "inspect", "open", "--store", fx.store(AccessFixture.JN02), "--evaluators",
                AccessFixture.JN02_ASSESSORS, "--until", "2026-03-06", "--period", "2025");
        assertThat(other.exitCode()).as(other.err()).isZero();

        AccessFixture.Run started = fx.swa(Instant.parse("2026-03-05T12:00:00Z"), "inspect", "list", "--store", fx.store(AccessFixture.JN01));
        assertThat(started.exitCode()).as(started.err()).isZero();
        assertThat(started.out()).contains("已授权");
        assertThat(fx.holding(GROUP)).hasSize(6);
        // The other station's evaluators hold nothing here, and nobody of this station there.
        for (String r : fx.records.keySet()) {
            if (!r.equals("jn02")) {
                assertThat(fx.mayRead("pinggu2", fx.id(r))).as(r).isFalse();
            }
        }
        assertThat(fx.aces(fx.id("jn02"))).noneMatch(a -> a.startsWith(GROUP));
        assertThat(fx.mayRead(AccessFixture.EVALUATOR, fx.id("jn02"))).isFalse();
        assertThat(fx.mayRead("pinggu2", fx.evidenceTree(AccessFixture.JN02).get("id").asText())).isTrue();
    }
}
