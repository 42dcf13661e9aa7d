package org.swarchive.store.alfresco;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Evaluation day in Alfresco, through the CLI: two evaluators score, the entries and submissions
 * are kept in the site's notes ({@code .swa/inspections/worksheets}), refused inputs exit 2, and
 * the final score sheet is filed as an evaluation-report record with the next 档号 of its series.
 */
class AlfrescoScoringTest extends AccessFixtureTest {

    private static final Instant DURING = Instant.parse("2026-03-03T04:00:00Z");

    private AccessFixture.Run swa(Instant at, String... args) {
        String[] all = new String[args.length + 4];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--store";
        all[args.length + 1] = fx.store(AccessFixture.JN01);
        all[args.length + 2] = "--lang";
        all[args.length + 3] = "en";
        return fx.swa(at, all);
    }

    @Test
    void should_keep_two_evaluators_entries_in_the_site_and_file_the_sheet_with_an_archive_code_when_both_submit() {
        AccessFixture.Run open = swa(DURING, "inspect", "open", "--evaluators", AccessFixture.ASSESSORS, "--from", "2026-03-02",
                "--until", "2026-03-06", "--period", "2025", "--as-of", "2026-03-01", "--evaluator", "pinggu1", "--evaluator", "pinggu3");
        assertThat(open.exitCode()).as(open.err()).isZero();
        String id = AccessFixture.windowId(open);

        AccessFixture.Run before = swa(DURING, "inspect", "scoresheet", id, "--period", "2025", "--as-of", "2026-03-01");
        assertThat(before.exitCode()).as(before.err()).isZero();
        java.math.BigDecimal computed = json(before.out()).get("computedTotal").decimalValue();
        java.math.BigDecimal a11 = row(json(before.out()), "A1.1").get("computedPoints").decimalValue();
        java.math.BigDecimal a12 = row(json(before.out()), "A1.2").get("computedPoints").decimalValue();

        assertThat(swa(DURING, "inspect", "verdict", id, "A1.1", "--verdict", "met", "--points", "3", "--as", "pinggu1", "--period", "2025")
                .exitCode()).isZero();
        assertThat(swa(DURING, "inspect", "verdict", id, "A1.2", "--verdict", "not-met", "--points", "0.5", "--comment", "未见资产台账",
                "--as", "pinggu3", "--period", "2025").exitCode()).isZero();
        AccessFixture.Run branch = swa(DURING, "inspect", "verdict", id, "A", "--verdict", "met", "--as", "pinggu1");
        assertThat(branch.exitCode()).isEqualTo(2);
        assertThat(branch.err()).contains("not a leaf");
        AccessFixture.Run stranger = swa(DURING, "inspect", "verdict", id, "A1.1", "--verdict", "met", "--as", "someone");
        assertThat(stranger.exitCode()).isEqualTo(2);
        AccessFixture.Run late = swa(Instant.parse("2026-03-09T00:00:00Z"), "inspect", "verdict", id, "A1.1", "--verdict", "met",
                "--as", "pinggu1");
        assertThat(late.exitCode()).isEqualTo(2);
        assertThat(late.err()).contains("is not open");

        // By hand: the computed total with A1.1 and A1.2 replaced by the points given (3 and 0.5).
        java.math.BigDecimal expected = computed.subtract(a11).subtract(a12).add(new java.math.BigDecimal("3.5"));
        JsonNode sheet = json(swa(DURING, "inspect", "scoresheet", id, "--period", "2025", "--as-of", "2026-03-01").out());
        assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo(expected);
        assertThat(row(sheet, "A1.2").get("by").asText()).isEqualTo("pinggu3");
        assertThat(row(sheet, "A1.2").get("comment").asText()).isEqualTo("未见资产台账");
        // The entries live in the site's notes, where any replica reads them.
        assertThat(fx.repository.at("Sites/swa-jn01/documentLibrary/.swa/inspections/worksheets/" + id)).isPresent();

        assertThat(swa(DURING, "inspect", "submit", id, "--as", "pinggu1", "--period", "2025").out()).contains("Still to submit: pinggu3");
        AccessFixture.Run last = swa(DURING, "inspect", "submit", id, "--as", "pinggu3", "--period", "2025", "--as-of", "2026-03-01");
        assertThat(last.exitCode()).as(last.err()).isZero();
        // The station's documents series of 2026 kept 30 years had no record yet: the sheet is its first.
        assertThat(last.out()).contains("Score sheet filed: total " + expected.setScale(2).toPlainString()).contains("JN01-WS·2026-D30-0001");
        JsonNode year = fx.child(fx.categoryFolder(AccessFixture.JN01, "文书档案").get("id").asText(), "2026");
        JsonNode kept = fx.child(year.get("id").asText(), "定期30年");
        JsonNode record = fx.repository.children(kept.get("id").asText()).get(0);
        assertThat(record.get("properties").get("swa:docType").asText()).isEqualTo("evaluation-report");
        assertThat(record.get("properties").get("swa:archiveCode").asText()).isEqualTo("JN01-WS·2026-D30-0001");
        AccessFixture.Run twice = swa(DURING, "inspect", "submit", id, "--as", "pinggu3");
        assertThat(twice.exitCode()).isEqualTo(2);
    }

    private static JsonNode json(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }

    private static JsonNode row(JsonNode sheet, String code) {
        for (JsonNode i : sheet.get("indicators")) {
            if (i.get("code").asText().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no row " + code);
    }
}
