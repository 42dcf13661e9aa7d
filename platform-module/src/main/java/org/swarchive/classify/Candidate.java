package org.swarchive.classify;

import java.util.List;
import org.swarchive.archive.DocType;
import org.swarchive.i18n.Text;

/**
 * A doc type the document might be, how strongly it says so, and why.
 *
 * @param strong  a name pattern matched in the file name, the title or the heading
 * @param matched the text that matched, e.g. {@code 月度工作总结}
 * @param score   0–1, compared between candidates
 */
public record Candidate(DocType docType, boolean strong, String matched, double score, List<Text> reasons) {

    public Candidate {
        reasons = List.copyOf(reasons);
    }

    /** True when this candidate's match says more than the other's (财务月报 against 月报), so the other yields. */
    public boolean subsumes(Candidate other) {
        return matched.length() > other.matched.length()
                && matched.toLowerCase(java.util.Locale.ROOT).contains(other.matched.toLowerCase(java.util.Locale.ROOT));
    }
}
