package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.Set;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordReader;
import org.swarchive.check.StationCheck;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.ReadinessEngine;
import org.swarchive.inspect.InspectionPackage;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.library.FrameworkLibrary;
import org.swarchive.library.FrameworkLoader;
import org.swarchive.store.folder.FolderStore;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code swa find} on the demo station: words in the text (Chinese cut into words), fields exact, who asks. */
class FindCommandTest {

    @TempDir
    static Path shared;
    private static Path demo;
    private static final CliHarness SWA = new CliHarness(LocalDate.of(2026, 11, 23));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void makeDemo() {
        demo = new DemoStations().make(shared.resolve("demo"));
    }

    private static JsonNode find(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "find";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--store";
        all[args.length + 2] = "folder:" + demo;
        all[args.length + 3] = "--format";
        all[args.length + 4] = "json";
        CliHarness.Run r = SWA.run(all);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void should_find_records_by_chinese_words_in_their_text_with_the_match_in_the_snippet() {
        JsonNode r = find("会议");
        assertThat(r.get("total").asLong()).isPositive();
        JsonNode first = r.get("results").get(0);
        assertThat(first.get("snippet").asText()).contains("【会议】");
        assertThat(first.get("path").asText()).isNotBlank();
        assertThat(first.get("score").asDouble()).isPositive();
        for (String field : new String[] {"archiveCode", "title", "docType", "period", "subject", "path", "snippet", "score"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
    }

    @Test
    void should_match_only_records_of_the_type_and_code_prefix_when_fields_are_given() {
        JsonNode all = find("--limit", "1000");
        assertThat(all.get("total").asLong()).isGreaterThan(10);
        String type = all.get("results").get(0).get("docType").asText();
        JsonNode typed = find("--type", type, "--limit", "1000");
        assertThat(typed.get("total").asLong()).isPositive().isLessThan(all.get("total").asLong());
        typed.get("results").forEach(h -> assertThat(h.get("docType").asText()).isEqualTo(type));

        String code = null;
        for (JsonNode h : all.get("results")) {
            if (!h.get("archiveCode").isNull()) {
                code = h.get("archiveCode").asText();
                break;
            }
        }
        assertThat(code).isNotNull();
        String prefix = code.substring(0, code.lastIndexOf('-'));
        JsonNode coded = find("--code", prefix, "--limit", "1000");
        assertThat(coded.get("total").asLong()).isPositive();
        coded.get("results").forEach(h -> assertThat(h.get("archiveCode").asText()).startsWith(prefix));
        assertThat(find("--code", "NO-SUCH-FUND").get("total").asLong()).isZero();

        // the category of a record that names only its doc type is its type's
        long service = find("--category", "service").get("total").asLong();
        long documents = find("--category", "documents").get("total").asLong();
        assertThat(service).isPositive();
        assertThat(documents).isPositive();
        assertThat(service + documents).isLessThanOrEqualTo(all.get("total").asLong());
    }

    @Test
    void should_show_an_evaluator_nothing_when_no_inspection_window_is_open() {
        assertThat(find("--limit", "5").get("total").asLong()).isPositive();
        assertThat(find("--as", "evaluator", "--group", "jinniu-assessors").get("total").asLong()).isZero();
    }

    @Test
    void should_let_an_evaluator_find_only_through_a_window_open_to_their_group() {
        CliHarness.Run needsGroup = SWA.run("find", "--store", "folder:" + demo, "--as", "evaluator");
        assertThat(needsGroup.exitCode()).isEqualTo(2);
        assertThat(needsGroup.err()).contains("--group");
        assertThat(find("--as", "evaluator", "--group", "find-assessors").get("total").asLong()).isZero();

        CliHarness.Run open = SWA.run("inspect", "open", "--store", "folder:" + demo, "--evaluators", "find-assessors",
                "--until", "2026-12-31", "--as", "站长");
        assertThat(open.exitCode()).as(open.err()).isZero();
        try {
            JsonNode found = find("--as", "evaluator", "--group", "find-assessors", "--limit", "1000");
            assertThat(found.get("total").asLong()).isPositive();
            assertThat(find("--as", "evaluator", "--group", "someone-else").get("total").asLong()).isZero();
            assertThat(find("--as", "evaluator", "--group", "find-assessors", "--confidentiality", "sensitive").get("total").asLong()).isZero();
        } finally {
            String id = SWA.run("inspect", "list", "--store", "folder:" + demo).out().strip().split("\\s+")[0];
            SWA.run("inspect", "close", id, "--store", "folder:" + demo);
        }
    }

    /*
     * One rule with the dashboard and swa inspect open: an evaluator finds what the check of the
     * framework and period evaluated counts towards an indicator, not every record of the station.
     */
    @Test
    void should_let_an_evaluator_find_only_the_evidence_of_the_check_evaluated() {
        DocTypeCatalogue catalogue = new CatalogueLoader().shipped();
        Framework fw = new FrameworkLibrary(new FrameworkLoader(catalogue)).resolve("station-star");
        Set<String> evidence = InspectionPackage.evidenceIds(new StationCheck(new ReadinessEngine())
                .run(new FolderStore(demo, new RecordReader(catalogue)), fw, Period.year(2025), LocalDate.of(2026, 11, 23)));
        assertThat(evidence).isNotEmpty();
        CliHarness.Run open = SWA.run("inspect", "open", "--store", "folder:" + demo, "--evaluators", "evidence-assessors",
                "--period", "2025", "--until", "2026-12-31", "--as", "站长");
        assertThat(open.exitCode()).as(open.err()).isZero();
        try {
            JsonNode found = find("--as", "evaluator", "--group", "evidence-assessors", "--evaluation-period", "2025", "--limit", "10000");
            long notSensitive = find("--limit", "1").get("total").asLong()
                    - find("--confidentiality", "sensitive", "--limit", "1").get("total").asLong();
            assertThat(found.get("total").asLong()).isPositive().isLessThan(notSensitive);
            found.get("results").forEach(hit -> assertThat(evidence).contains(hit.get("path").asText()));
        } finally {
            String line = SWA.run("inspect", "list", "--store", "folder:" + demo).out().lines()
                    .filter(l -> l.contains("evidence-assessors")).findFirst().orElseThrow();
            SWA.run("inspect", "close", line.strip().split("\\s+")[0], "--store", "folder:" + demo);
        }
    }

    @Test
    void should_refuse_an_unknown_role_and_a_reversed_date_range_with_exit_2() {
        CliHarness.Run role = SWA.run("find", "--store", "folder:" + demo, "--as", "visitor");
        assertThat(role.exitCode()).isEqualTo(2);
        assertThat(role.err()).contains("visitor");
        CliHarness.Run dates = SWA.run("find", "--store", "folder:" + demo, "--from", "2025-12-01", "--to", "2025-01-01");
        assertThat(dates.exitCode()).isEqualTo(2);
    }

    @Test
    void should_print_a_table_with_the_count_when_asked_for_a_table() {
        CliHarness.Run r = SWA.run("find", "会议", "--store", "folder:" + demo, "--lang", "en");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Archive code\tTitle").contains("【会议】").contains(" found, ");
    }

    @Test
    void should_list_due_records_as_json_when_retention_due_is_asked_for_json() {
        CliHarness.Run r = SWA.run("retention", "due", "--store", "folder:" + demo, "--as-of", "2060-01-01", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode doc = JSON.readTree(r.out());
        assertThat(doc.get("asOf").asText()).isEqualTo("2060-01-01");
        assertThat(doc.get("series").size()).isPositive();
        JsonNode first = doc.get("series").get(0).get("records").get(0);
        assertThat(first.get("status").asText()).isNotBlank();
        assertThat(first.get("reason").asText()).isNotBlank();
        assertThat(doc.get("counts").size()).isPositive();
    }
}
