package org.swarchive.alert;

import java.time.LocalDate;
import java.util.List;
import org.swarchive.archive.LocalizedText;
import org.swarchive.evidence.Gap;

/**
 * A gap as alerts remember it: enough to recognise it again ({@link #key()}) and to name it in a
 * digest after it has been closed and is gone from the check.
 */
public record GapNote(String key, String indicator, String indicatorZh, String indicatorEn, List<String> docTypes,
                      String period, String subject, LocalDate due) {

    public GapNote {
        docTypes = List.copyOf(docTypes);
    }

    public static GapNote of(Gap g) {
        return new GapNote(keyOf(g), g.indicator(), g.indicatorTitle().zh(), g.indicatorTitle().en(), g.docTypes(),
                g.period(), g.subject(), g.due());
    }

    /** The indicator's title, in both languages as its framework gives it. */
    public LocalizedText indicatorTitle() {
        return new LocalizedText(indicatorZh, indicatorEn);
    }

    /** The same slot of the same indicator for the same subject is the same gap, however often it is checked. */
    public static String keyOf(Gap g) {
        return String.join("|", g.indicator(), g.docType(), g.period() == null ? "" : g.period(),
                g.subject() == null ? "" : g.subject());
    }
}
