package org.swarchive.archive.disposition;

import java.time.ZoneId;
import org.swarchive.access.InspectionWindow;
import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Text;

/** Why a record may not be destroyed now, whatever its retention says (domain.md §6). */
public sealed interface Hold permits Hold.Flagged, Hold.OpenCase, Hold.Inspection {

    LocalizedText reason();

    /** {@code swa:hold} set on the record, with {@code swa:holdReason}: an audit, an unsettled debt. */
    record Flagged(String why) implements Hold {
        @Override
        public LocalizedText reason() {
            if (why == null || why.isBlank()) {
                return LocalizedText.of("档案已冻结（未注明原因）", "on hold (no reason given)");
            }
            return LocalizedText.of("档案已冻结：" + why, "on hold: " + why);
        }
    }

    /** The record belongs to a case whose intake has no {@code swa:caseClosed}. */
    record OpenCase(String caseId) implements Hold {
        @Override
        public LocalizedText reason() {
            return LocalizedText.of("个案 " + caseId + " 尚未结案", "case " + caseId + " is still open");
        }
    }

    /** An open inspection window covers the record. */
    record Inspection(String window, Text description) implements Hold {

        /** The hold an inspection window makes while it is open: named by its group and id, open until its end day. */
        public static Inspection of(InspectionWindow w, ZoneId zone) {
            return new Inspection(w.evaluatorGroup() + " " + w.id(), w.openUntil(zone));
        }

        @Override
        public LocalizedText reason() {
            return LocalizedText.of("检查/评估进行中（" + window + "）：" + description.in(Language.ZH),
                    "inspection in progress (" + window + "): " + description.in(Language.EN));
        }
    }
}
