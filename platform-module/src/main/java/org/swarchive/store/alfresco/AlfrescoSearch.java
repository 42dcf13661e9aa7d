package org.swarchive.store.alfresco;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.alfresco.search.model.ResultNode;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.RecordProperty;
import org.swarchive.find.FindHit;
import org.swarchive.find.FindQuery;
import org.swarchive.find.FindResult;
import org.swarchive.find.RecordSearch;
import org.swarchive.store.ScanItem;

/**
 * {@code swa find} on a station in Alfresco: one AFTS query through the search API, below the
 * station folder. Words go to {@code TEXT} (Alfresco's full-text field: content, name, title;
 * its own Chinese analysis), fields to exact property matches, the 档号 prefix to a wildcard,
 * dates to a range. Alfresco gives no snippet in this query: a hit's snippet is its title.
 */
final class AlfrescoSearch implements RecordSearch {

    private final AlfrescoStore store;

    AlfrescoSearch(AlfrescoStore store) {
        this.store = store;
    }

    @Override
    public FindResult find(FindQuery q, Predicate<FindHit> mayRead) {
        verifyIndex(store.client(), store.station());
        String stationPath = stationPath();
        List<FindHit> hits = new ArrayList<>();
        long total = 0;
        try (Stream<ResultNode> nodes = AlfrescoStore.search(store.client(), query(store.station().getId(), q))) {
            for (ResultNode node : (Iterable<ResultNode>) nodes::iterator) {
                FindHit hit = hitOf(node, stationPath);
                if (hit == null || !mayRead.test(hit)) {
                    continue;
                }
                total++;
                if (hits.size() < q.limit()) {
                    hits.add(hit);
                }
            }
        }
        return new FindResult(total, hits);
    }

    /**
     * The search index must be there and hold the station: a query only an index answers
     * ({@code ANCESTOR:}, as every find query has) must find the station folder below its own
     * parent. A repository without an index ({@code index.subsystem.name=noindex}) answers such a
     * query with an empty list, and an index still catching up leaves the station out: either way
     * the command stops rather than report "0 hits" (issue 13). One request.
     */
    static void verifyIndex(AlfrescoClient client, org.alfresco.core.model.Node station) {
        try (Stream<ResultNode> hits = AlfrescoStore.search(client, indexProbe(station))) {
            if (hits.noneMatch(n -> station.getId().equals(n.getId()))) {
                String where = station.getPath() == null ? "" : station.getPath().getName();
                throw new org.swarchive.store.StoreException(AlfrescoClient.reason(
                        org.swarchive.i18n.Message.of("alfresco.search-no-index", where, station.getName())), null);
            }
        }
    }

    static String indexProbe(org.alfresco.core.model.Node station) {
        return "ANCESTOR:\"workspace://SpacesStore/" + station.getParentId() + "\" AND TYPE:\"swa:station\"";
    }

    private String stationPath() {
        var station = store.station();
        return station.getPath() == null ? null : station.getPath().getName() + "/" + station.getName();
    }

    /**
     * The AFTS query: the station's documents, and each condition of the query. Words in the text
     * are what only a search index answers, so this one query is a search (ANCESTOR included);
     * scans, series and the poller use the index-free forms (StationTree, ConsistentSearch).
     */
    static String query(String stationId, FindQuery q) {
        StringBuilder afts = new StringBuilder("ANCESTOR:\"workspace://SpacesStore/" + stationId + "\" AND TYPE:\"cm:content\""
                + " AND NOT TYPE:\"cm:thumbnail\" AND NOT TYPE:\"cm:failedThumbnail\""
                + " AND NOT TYPE:\"" + ReadinessReportDocument.TYPE + "\"");
        if (q.words() != null) {
            for (String phrase : phrases(q.words())) {
                afts.append(" AND TEXT:\"").append(escape(phrase)).append('"');
            }
        }
        exact(afts, RecordProperty.DOC_TYPE, q.docType());
        exact(afts, RecordProperty.CATEGORY, q.category());
        exact(afts, RecordProperty.PERIOD, q.period());
        exact(afts, RecordProperty.STAFF_ID, q.staffId());
        exact(afts, RecordProperty.CASE_ID, q.caseId());
        exact(afts, RecordProperty.CONFIDENTIALITY, q.confidentiality());
        if (q.codePrefix() != null) {
            afts.append(" AND ").append(RecordProperty.ARCHIVE_CODE.key()).append(":\"").append(escape(q.codePrefix())).append("*\"");
        }
        if (q.from() != null || q.to() != null) {
            afts.append(" AND ").append(RecordProperty.DOCUMENT_DATE.key()).append(":[\"")
                    .append(q.from() == null ? "MIN" : q.from().toString()).append("\" TO \"")
                    .append(q.to() == null ? "MAX" : q.to().toString()).append("\"]");
        }
        return afts.toString();
    }

    /** The words: a quoted phrase stays whole, other words one by one; all must match. */
    static List<String> phrases(String words) {
        List<String> out = new ArrayList<>();
        String[] parts = words.split("\"", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1) {
                if (!parts[i].isBlank()) {
                    out.add(parts[i].strip());
                }
            } else {
                for (String w : parts[i].trim().split("\\s+")) {
                    if (!w.isBlank()) {
                        out.add(w);
                    }
                }
            }
        }
        return out;
    }

    private static void exact(StringBuilder afts, RecordProperty property, String value) {
        if (value != null) {
            afts.append(" AND =").append(property.key()).append(":\"").append(escape(value)).append('"');
        }
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private FindHit hitOf(ResultNode node, String stationPath) {
        ScanItem item = store.itemOf(node, stationPath);
        Map<String, String> raw = AlfrescoProperties.swaStrings(node.getProperties());
        Object title = node.getProperties() instanceof Map<?, ?> m ? m.get("cm:title") : null;
        String shownTitle = title == null ? node.getName() : title.toString();
        float score = node.getSearch() == null || node.getSearch().getScore() == null ? 0f : node.getSearch().getScore();
        if (item instanceof ScanItem.Filed f) {
            ArchiveRecord r = f.record();
            String subject = raw.getOrDefault(RecordProperty.STAFF_ID.key(), raw.get(RecordProperty.CASE_ID.key()));
            return new FindHit(raw.get(RecordProperty.ARCHIVE_CODE.key()), shownTitle, r.docType(),
                    raw.get(RecordProperty.PERIOD.key()), subject, r.id(), shownTitle, score,
                    raw.get(RecordProperty.CATEGORY.key()), raw.get(RecordProperty.CONFIDENTIALITY.key()));
        }
        if (item instanceof ScanItem.Unclassified u) {
            return new FindHit(null, shownTitle, null, null, null, u.id(), shownTitle, score, null, null);
        }
        return null;
    }
}
