package org.swarchive.dashboard;

import java.util.List;
import org.swarchive.i18n.Text;

/**
 * Share's 立即归档 / File now: files one document waiting in the inbox of a served station now, as
 * a filing run would — or queues it for review when the rules are unsure. The app fills this door
 * for the Alfresco stations it serves; a node in no served station's inbox is {@link NotInInbox}.
 */
@FunctionalInterface
public interface FileNow {

    Outcome file(String nodeId);

    /** What became of the request. */
    sealed interface Outcome permits Filed, Queued, Refused, NotInInbox {
    }

    /** Filed under {@code archiveCode}, now at {@code filedAs} (the path below the station folder). */
    record Filed(String station, String nodeId, String archiveCode, String filedAs) implements Outcome {
    }

    /** Not filed: it waits in the review queue ({@code swa review}) for these reasons. */
    record Queued(String station, String nodeId, String reviewId, List<Text> reasons) implements Outcome {
        public Queued {
            reasons = List.copyOf(reasons);
        }
    }

    /** Not filed, nothing changed: why, and whether it is the document ({@code DUPLICATE}, {@code INVALID}) or the repository. */
    record Refused(String station, String nodeId, Kind kind, Text reason) implements Outcome {
        public enum Kind { DUPLICATE, INVALID, UNAVAILABLE }
    }

    record NotInInbox(String nodeId) implements Outcome {
    }

    /** No station is served from Alfresco: no node is in a served inbox. */
    static FileNow none() {
        return NotInInbox::new;
    }
}
