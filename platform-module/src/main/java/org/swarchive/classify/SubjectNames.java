package org.swarchive.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarchive.archive.SubjectKind;
import org.swarchive.archive.SubjectRoster;

/**
 * Finds who a document is about by the names people write (罗晓梅, 钟婆婆's 钟秀英), through the
 * station's registers ({@link SubjectRoster}), and reads the name a register document itself gives
 * (姓名：杜雨桐 on a staff profile, 服务对象：赵某 on a case intake) so the register knows it next time.
 *
 * <p>Where a name counts, strongest first: the file name, title and heading; then after a label that
 * says whose document it is (姓名, 乙方, 学员, 服务对象…); then the body when it names one registered
 * person only. Two people where one was expected is a question for the archivist, never a guess.
 */
public final class SubjectNames {

    /** Labels after which a name is the document's subject: the form's 姓名, a contract's 乙方, a client. */
    private static final Map<SubjectKind, Pattern> SUBJECT_LABEL = Map.of(
            SubjectKind.STAFF, Pattern.compile("(?:姓\\s*名|员工姓名|职工姓名|乙方|受聘人|受聘方|劳动者|学员|参训人员?|受训人|持证人|"
                    + "被考核人|考核对象|被考评人|离职人员?|交接人|移交人|申请人|本人)\\s*(?:（[^）]{0,6}）)?\\s*[:：\\s]\\s*$"),
            SubjectKind.CASE, Pattern.compile("(?:服务对象(?:姓名)?|案主(?:姓名)?|求助者|求助人|当事人|受助人|个案对象|姓\\s*名)"
                    + "\\s*(?:（[^）]{0,6}）)?\\s*[:：\\s]\\s*$"));

    /** How far before a name its label may stand (a colon, spaces, a bracket). */
    private static final int LABEL_REACH = 12;

    /** A name after its label, on a register document: lazily, up to where the next field starts. */
    private static final Map<SubjectKind, Pattern> REGISTER_NAME = Map.of(
            SubjectKind.STAFF, Pattern.compile("(?:姓\\s*名|员工姓名|职工姓名)\\s*[:：\\t ]\\s*([\\p{IsHan}·]{2,4}?)(?=[^\\p{IsHan}·]|性别|$)"),
            SubjectKind.CASE, Pattern.compile("(?:服务对象(?:姓名)?|案主(?:姓名)?|求助者|受助人|姓\\s*名)\\s*[:：\\t ]\\s*"
                    + "([\\p{IsHan}·]{2,4}?)(?=[^\\p{IsHan}·]|性别|$)"));

    /** A name in the file name's brackets: 员工档案（彭浩）. */
    private static final Pattern NAME_IN_BRACKETS = Pattern.compile("[（(]([\\p{IsHan}·]{2,4})[）)]");

    /** Words that fill a name's place on a form but are no name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:男|女|本人|签字|签名|填写|无|不详|性别|年龄|见上|家属|" +
            "员工|社工|站长|示例|样例|张三|李四|王五)");

    /** Who the document is about: the ids it resolves to, and the names read that no register knows. */
    public record Found(Map<String, String> ids, List<String> unknownNames, boolean fromBody) {
        public Found {
            ids = Map.copyOf(ids);
            unknownNames = List.copyOf(unknownNames);
        }
    }

    /** The name a register document gives its subject (姓名, 服务对象), else the one in its file name's brackets. */
    public Optional<String> registerName(SubjectKind kind, Extraction doc) {
        Matcher m = REGISTER_NAME.get(kind).matcher(doc.text());
        while (m.find()) {
            String n = m.group(1);
            if (!NOT_A_NAME.matcher(n).find()) {
                return Optional.of(n);
            }
        }
        Matcher b = NAME_IN_BRACKETS.matcher(doc.stem());
        if (b.find() && !NOT_A_NAME.matcher(b.group(1)).find() && !b.group(1).matches(".*(?:版|稿|表|件|年|月|社区|街道).*")) {
            return Optional.of(b.group(1));
        }
        return Optional.empty();
    }

    /**
     * The registered subjects of this kind the document names, by the strongest place a name is in;
     * {@code date} (the document's, when known) sets aside people not employed or cases not open then.
     */
    public Found find(SubjectKind kind, Extraction doc, SubjectRoster roster, Optional<LocalDate> date) {
        List<SubjectRoster.Entry> named = roster.named(kind).stream()
                .filter(e -> date.map(e::activeAround).orElse(true)).toList();
        String strong = doc.stem() + "\n" + doc.title().orElse("") + "\n" + doc.heading();
        Map<String, String> inStrong = occurring(named, strong, false);
        if (!inStrong.isEmpty()) {
            return new Found(inStrong, List.of(), false);
        }
        Map<String, String> labelled = occurring(named, doc.text(), true);
        if (!labelled.isEmpty()) {
            return new Found(labelled, List.of(), false);
        }
        Map<String, String> anywhere = occurring(named, doc.text(), false);
        if (anywhere.size() == 1) {
            return new Found(anywhere, List.of(), true);
        }
        if (anywhere.size() > 1) {
            return new Found(anywhere, List.of(), true);
        }
        // No registered name: the name the document gives, so review can say whom to register.
        List<String> unknown = new ArrayList<>();
        registerName(kind, doc).ifPresent(unknown::add);
        return new Found(Map.of(), unknown, false);
    }

    /** Entries whose name occurs in the text (after a subject label, when {@code labelledOnly}): id to name. */
    private static Map<String, String> occurring(List<SubjectRoster.Entry> entries, String text, boolean labelledOnly) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (SubjectRoster.Entry e : entries) {
            int from = 0;
            for (int at = text.indexOf(e.name(), from); at >= 0; at = text.indexOf(e.name(), from)) {
                from = at + e.name().length();
                // 赵某 is not 赵某某: a masked name must end where the mask ends.
                if (e.name().endsWith("某") && from < text.length() && text.charAt(from) == '某') {
                    continue;
                }
                if (!labelledOnly || labelled(e.kind(), text, at)) {
                    ids.put(e.id(), e.name());
                    break;
                }
            }
        }
        return ids;
    }

    private static boolean labelled(SubjectKind kind, String text, int at) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        String before = text.substring(Math.max(lineStart, at - LABEL_REACH), at);
        return SUBJECT_LABEL.get(kind).matcher(before).find();
    }
}
