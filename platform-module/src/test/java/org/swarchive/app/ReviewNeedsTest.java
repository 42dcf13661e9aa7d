package org.swarchive.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.swarchive.classify.FilingFixture;
import org.swarchive.filing.ReviewItem;
import org.swarchive.i18n.Language;

/** Issue 15: swa review says, per queued document, the fact that would let it be filed. */
class ReviewNeedsTest {

    private static ReviewItem item(Map<String, String> proposal) {
        return new ReviewItem("r1", "收件箱/x.docx", "2026-03-01T10:00", List.of(), List.of(), proposal);
    }

    @Test
    void should_ask_for_the_doc_type_when_the_rules_proposed_none() {
        assertThat(ReviewCommand.needs(item(Map.of()), FilingFixture.CATALOGUE).in(Language.EN)).contains("--doc-type");
        assertThat(ReviewCommand.needs(item(Map.of()), FilingFixture.CATALOGUE).in(Language.ZH)).contains("文档类型");
    }

    @Test
    void should_ask_for_the_period_when_a_periodic_type_has_none() {
        String needs = ReviewCommand.needs(item(Map.of("swa:docType", "sign-in-sheet")), FilingFixture.CATALOGUE).in(Language.EN);
        assertThat(needs).contains("--period").doesNotContain("--doc-type", "--subject");
    }

    @Test
    void should_ask_for_the_subject_when_a_per_person_type_names_nobody() {
        String needs = ReviewCommand.needs(item(Map.of("swa:docType", "labour-contract", "swa:documentDate", "2025-06-28")),
                FilingFixture.CATALOGUE).in(Language.EN);
        assertThat(needs).contains("--subject").doesNotContain("--date", "--period");
    }

    @Test
    void should_say_nothing_is_missing_when_the_proposal_is_complete() {
        String needs = ReviewCommand.needs(item(Map.of("swa:docType", "monthly-summary", "swa:period", "2025-03")),
                FilingFixture.CATALOGUE).in(Language.EN);
        assertThat(needs).contains("nothing is missing");
    }
}
