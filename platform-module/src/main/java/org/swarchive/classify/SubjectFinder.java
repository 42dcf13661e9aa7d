package org.swarchive.classify;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.swarchive.archive.SubjectKind;

/**
 * Finds the staff or case identifiers a document names: labelled ({@code 员工编号：S01},
 * {@code 个案编号 C007}, {@code Case ID: C007}) anywhere in the text, or bare in the name, title and
 * heading ({@code 培训记录-S01王芳}), or bare in the body when it is the only one there (a form about
 * one person); two bare ids in a body are too easily someone else's. Hyphenated ids ({@code S-001},
 * {@code C-2025-003}) as stations write them.
 */
public final class SubjectFinder {

    private static final String ID = "([A-Za-z]{0,3}\\d{2,6}|[A-Za-z][A-Za-z0-9._-]{1,30}\\d)";

    private static final Map<SubjectKind, Pattern> LABELLED = Map.of(
            SubjectKind.STAFF, Pattern.compile("(?i)(?:员工编号|员工号|工号|人员编号|staff\\s*(?:id|no\\.?|number))\\s*[:：#]?\\s*" + ID),
            SubjectKind.CASE, Pattern.compile("(?i)(?:个案编号|个案号|案号|案例编号|case\\s*(?:id|no\\.?|number))\\s*[:：#]?\\s*" + ID));

    private static final Map<SubjectKind, Pattern> BARE = Map.of(
            SubjectKind.STAFF, Pattern.compile("(?<![A-Za-z0-9-])(S-?\\d{2,4})(?![A-Za-z0-9])"),
            SubjectKind.CASE, Pattern.compile("(?<![A-Za-z0-9-])(C-?(?:(?:19|20)\\d{2}-)?\\d{3,5})(?![A-Za-z0-9])"));

    /** The distinct ids of this kind the document names, labelled ones first. */
    public Set<String> find(SubjectKind kind, Extraction doc) {
        Set<String> ids = new LinkedHashSet<>();
        collect(LABELLED.get(kind), doc.text(), ids);
        collect(LABELLED.get(kind), doc.stem() + "\n" + doc.title().orElse(""), ids);
        if (ids.isEmpty()) {
            collect(BARE.get(kind), doc.stem() + "\n" + doc.title().orElse("") + "\n" + doc.heading(), ids);
        }
        if (ids.isEmpty()) {
            // A bare id in the body counts only when it is the only one: a form about one person or case.
            Set<String> inBody = new LinkedHashSet<>();
            collect(BARE.get(kind), doc.text(), inBody);
            if (inBody.size() == 1) {
                ids.addAll(inBody);
            }
        }
        return ids;
    }

    private static void collect(Pattern p, String text, Set<String> into) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            into.add(m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
    }
}
