package org.swarchive.evidence;

import java.time.LocalDate;
import java.util.List;
import org.swarchive.archive.LocalizedText;

/**
 * Missing evidence: which indicator, which doc types, which slot period (null for standing
 * evidence) and subject (null when not per subject), when it was due and how many days ago.
 * For slots not yet due the days are negative: days left.
 */
public record Gap(String indicator, LocalizedText indicatorTitle, List<String> docTypes, String period,
                  String subject, LocalDate due, long overdueDays) {

    public Gap {
        docTypes = List.copyOf(docTypes);
    }

    public String docType() {
        return String.join("|", docTypes);
    }
}
