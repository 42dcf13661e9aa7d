package org.swarchive.store.alfresco;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alfresco.search.model.ResultNode;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.RecordProperty;
import org.swarchive.filing.FiledCodes;

/**
 * The codes a station in Alfresco holds, by a search of the series' code prefix below the station
 * folder, made for every number drawn (a search is one request; the index may lag a moment behind,
 * which the counter in the notes covers).
 */
final class AlfrescoCodes implements FiledCodes {

    private final AlfrescoClient client;
    private final java.util.function.Supplier<String> stationId;

    AlfrescoCodes(AlfrescoClient client, java.util.function.Supplier<String> stationId) {
        this.client = client;
        this.stationId = stationId;
    }

    @Override
    public int highest(ArchiveSeries series) {
        String code = series.code(1).toString();
        String prefix = code.substring(0, code.lastIndexOf('-') + 1);
        try (Stream<ResultNode> hits = AlfrescoStore.search(client, seriesQuery(stationId.get(), prefix))) {
            return hits.map(n -> AlfrescoProperties.swaStrings(n.getProperties()).get(RecordProperty.ARCHIVE_CODE.key()))
                    .map(ArchiveCode::parse).flatMap(Optional::stream).filter(c -> ArchiveSeries.of(c).equals(series))
                    .mapToInt(ArchiveCode::item).max().orElse(0);
        }
    }

    /** From a search of every coded record, stopping once two are seen. */
    @Override
    public Set<String> fondsInUse() {
        String query = "ANCESTOR:\"workspace://SpacesStore/" + stationId.get() + "\" AND TYPE:\"swa:record\" AND ISNOTNULL:\""
                + RecordProperty.ARCHIVE_CODE.key() + "\"";
        try (Stream<ResultNode> hits = AlfrescoStore.search(client, query)) {
            return hits.map(n -> AlfrescoProperties.swaStrings(n.getProperties()).get(RecordProperty.ARCHIVE_CODE.key()))
                    .map(ArchiveCode::parse).flatMap(Optional::stream).map(ArchiveCode::fonds).distinct().limit(2)
                    .collect(Collectors.toSet());
        }
    }

    static String seriesQuery(String stationId, String codePrefix) {
        return "ANCESTOR:\"workspace://SpacesStore/" + stationId + "\" AND TYPE:\"swa:record\" AND "
                + RecordProperty.ARCHIVE_CODE.key() + ":\"" + codePrefix + "*\"";
    }
}
