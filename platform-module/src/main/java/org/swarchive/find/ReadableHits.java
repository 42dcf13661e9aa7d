package org.swarchive.find;

import java.util.Map;
import java.util.function.Predicate;
import org.swarchive.access.AccessContext;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.Reader;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.Category;
import org.swarchive.archive.Period;

/**
 * Who may see a hit: the one access policy (docs/domain.md §6–§7), asked with the hit as a record
 * of the station (its category and confidentiality) and with whether it is evidence. Evidence is
 * what the check of the evaluated framework and period counts towards an indicator
 * ({@code inspect.InspectionPackage.evidenceIds}), the set the dashboard and an inspection window
 * use too: an evaluator finds only that, only through a window open to their group, and never a
 * sensitive record.
 */
public final class ReadableHits {

    private ReadableHits() {
    }

    /** @param evidence whether a record (by id: the hit's path) is evidence of the check evaluated */
    public static Predicate<FindHit> by(AccessPolicy policy, Reader reader, String station, AccessContext context,
                                        Predicate<String> evidence) {
        return hit -> policy.canRead(reader, asRecord(hit), station, evidence.test(hit.path()), context).allowed();
    }

    /** A hit as the policy judges a record: its id (path), type, category, period and confidentiality. */
    public static ArchiveRecord asRecord(FindHit hit) {
        String name = hit.path() == null ? "" : hit.path().substring(hit.path().lastIndexOf('/') + 1);
        Category category = hit.category() == null ? null : Category.fromId(hit.category()).orElse(null);
        Period period = hit.period() == null ? null : Period.parse(hit.period()).orElse(null);
        return new ArchiveRecord(hit.path(), name, hit.docType(), category, period, null, null,
                AccessPolicy.confidentiality(hit.confidentiality()), Map.of());
    }
}
