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
 * @param level   where it matched: 2 the file name, the title or the first line; 1 the next heading
 *                lines; 0 the body. A higher level outweighs a lower one.
 * @param end     where the match ends in its line (for a title's head noun: 社区活动签到表 is a 签到表)
 */
public record Candidate(DocType docType, boolean strong, String matched, double score, List<Text> reasons, int level,
                        int end, String line) {

    public Candidate {
        reasons = List.copyOf(reasons);
    }

    public Candidate(DocType docType, boolean strong, String matched, double score, List<Text> reasons) {
        this(docType, strong, matched, score, reasons, strong ? 2 : 0, -1, "");
    }

    private static final java.util.regex.Pattern JOINED = java.util.regex.Pattern.compile("及|和|与|暨|、|以及|&|\\+");

    private static final java.util.regex.Pattern CONTAINS = java.util.regex.Pattern.compile("含|附|包括");

    /**
     * True when both name a type in the same line and this one is the title's head: it comes last, with
     * no 及/和 between (社区活动签到表, 督导费报销单), or the two wordings overlap and this one is the
     * longer (小组活动记录 in 小组活动记录表 says more than 活动记录表).
     */
    public boolean heads(Candidate other) {
        if (line.isEmpty() || !line.equals(other.line) || end < 0 || other.end < 0) {
            return false;
        }
        int start = end - matched.length();
        int otherStart = other.end - other.matched.length();
        if (start < other.end && otherStart < end) {
            return matched.length() > other.matched.length();
        }
        if (end <= other.end) {
            // 5月份工作总结-含年度计划进度: what follows 含 or 附 is a part of the document, not what it is.
            return CONTAINS.matcher(line.substring(Math.max(0, end), Math.max(end, otherStart))).find();
        }
        String between = line.substring(Math.max(0, other.end), Math.max(other.end, start));
        return !JOINED.matcher(between).find() && !CONTAINS.matcher(between).find();
    }

    /** True when this candidate's match says more than the other's (财务月报 against 月报), so the other yields. */
    public boolean subsumes(Candidate other) {
        return matched.length() > other.matched.length()
                && matched.toLowerCase(java.util.Locale.ROOT).contains(other.matched.toLowerCase(java.util.Locale.ROOT));
    }
}
