package org.swarchive.archive.disposition;

import java.time.ZoneId;
import org.swarchive.access.InspectionWindow;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;


/** Why a record may not be destroyed now, whatever its retention says (docs/domain.md §6). */
public sealed interface Hold permits Hold.Flagged, Hold.OpenCase, Hold.Inspection {

    Text reason();

    /** {@code swa:hold} set on the record, with {@code swa:holdReason}: an audit, an unsettled debt. */
    record Flagged(String why) implements Hold {
        @Override
        public Text reason() {
            if (why == null || why.isBlank()) {
                return Message.of("archive-disposition.hold.flagged-no-reason");
            }
            return Message.of("archive-disposition.hold.flagged", why);
        }
    }

    /** The record belongs to a case whose intake has no {@code swa:caseClosed}. */
    record OpenCase(String caseId) implements Hold {
        @Override
        public Text reason() {
            return Message.of("archive-disposition.hold.open-case", caseId);
        }
    }

    /** An open inspection window covers the record. */
    record Inspection(String window, Text description) implements Hold {

        /** The hold an inspection window makes while it is open: named by its group and id, open until its end day. */
        public static Inspection of(InspectionWindow w, ZoneId zone) {
            return new Inspection(w.evaluatorGroup() + " " + w.id(), w.openUntil(zone));
        }

        @Override
        public Text reason() {
            return Message.of("archive-disposition.hold.inspection", window, description);
        }
    }
}
