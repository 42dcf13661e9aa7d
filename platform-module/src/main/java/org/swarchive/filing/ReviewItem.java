package org.swarchive.filing;

import java.util.List;
import java.util.Map;
import org.swarchive.archive.LocalizedText;

/**
 * A document waiting for an archivist's decision, and what the filer knew about it.
 *
 * @param id         a short stable id for {@code swa review accept ID}
 * @param inboxId    where the document waits
 * @param reasons    why it was not filed
 * @param candidates doc type ids it might be, most likely first
 * @param proposal   the metadata the rules would file it with, as far as they got (may be empty)
 */
public record ReviewItem(String id, String inboxId, String queuedAt, List<LocalizedText> reasons, List<String> candidates,
                         Map<String, String> proposal) {

    public ReviewItem {
        reasons = List.copyOf(reasons);
        candidates = List.copyOf(candidates);
        proposal = Map.copyOf(proposal);
    }
}
