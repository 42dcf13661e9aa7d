package org.swarchive.store.alfresco;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.search.model.ResultNode;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.RecordProperty;
import org.swarchive.filing.FiledCodes;

/**
 * The codes a station in Alfresco holds. The highest 件号 of a series comes from a transactional
 * metadata query for the series' code prefix ({@code =swa:archiveCode:PREFIX*}, unquoted: the
 * database answers that form, and a record filed a moment ago is in its answer, unlike the index's),
 * kept to the station's records by path; the filer takes it together with the counter in the notes.
 * The fonds codes in use come from a walk of the station's folders.
 */
final class AlfrescoCodes implements FiledCodes {

    private final AlfrescoClient client;
    private final java.util.function.Supplier<Node> station;

    AlfrescoCodes(AlfrescoClient client, java.util.function.Supplier<Node> station) {
        this.client = client;
        this.station = station;
    }

    @Override
    public int highest(ArchiveSeries series) {
        String code = series.code(1).toString();
        String prefix = code.substring(0, code.lastIndexOf('-') + 1);
        return ConsistentSearch.inStation(client, station.get(), seriesQuery(prefix)).stream()
                .map(n -> AlfrescoProperties.swaStrings(n.getProperties()).get(RecordProperty.ARCHIVE_CODE.key()))
                .filter(java.util.Objects::nonNull)
                .map(ArchiveCode::parse).flatMap(Optional::stream).filter(c -> ArchiveSeries.of(c).equals(series))
                .mapToInt(ArchiveCode::item).max().orElse(0);
    }

    /** From a walk of the station's documents, stopping once two are seen. */
    @Override
    public Set<String> fondsInUse() {
        try (Stream<ResultNode> docs = StationTree.documents(client, station.get())) {
            return docs.filter(n -> RecordNodes.isRecordType(n.getNodeType()))
                    .map(n -> AlfrescoProperties.swaStrings(n.getProperties()).get(RecordProperty.ARCHIVE_CODE.key()))
                    .filter(java.util.Objects::nonNull)
                    .map(ArchiveCode::parse).flatMap(Optional::stream).map(ArchiveCode::fonds).distinct().limit(2)
                    .collect(Collectors.toSet());
        }
    }

    /** Unquoted: the database engine takes a trailing * of an unquoted identifier term as a prefix, and refuses a quoted one. */
    static String seriesQuery(String codePrefix) {
        return "TYPE:\"swa:record\" AND =" + RecordProperty.ARCHIVE_CODE.key() + ":" + codePrefix + "*";
    }
}
