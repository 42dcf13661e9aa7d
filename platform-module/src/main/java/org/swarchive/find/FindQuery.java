package org.swarchive.find;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What an archivist looks for: words matched in the title and the full text ({@code "quoted phrase"}
 * for words side by side; Chinese is cut into words), and fields matched exactly. A null field
 * matches everything.
 *
 * @param codePrefix the start of the 档号 (e.g. {@code WS·2025}); the fund code, series or year
 * @param from       documents dated on or after (swa:documentDate)
 * @param to         documents dated on or before
 */
public record FindQuery(String words, String docType, String category, String period, String staffId, String caseId,
                        String codePrefix, LocalDate from, LocalDate to, String confidentiality, int limit) {

    public static final int DEFAULT_LIMIT = 20;

    public FindQuery {
        words = blankToNull(words);
        docType = blankToNull(docType);
        category = blankToNull(category);
        period = blankToNull(period);
        staffId = blankToNull(staffId);
        caseId = blankToNull(caseId);
        codePrefix = blankToNull(codePrefix);
        confidentiality = blankToNull(confidentiality);
        if (limit <= 0) {
            limit = DEFAULT_LIMIT;
        }
    }

    /** Only words (the dashboard's search box). */
    public static FindQuery words(String words) {
        return new FindQuery(words, null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public Optional<String> wordsAsked() {
        return Optional.ofNullable(words);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
