package org.swarchive.inspect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.Category;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.RecordProperty;
import org.swarchive.evidence.assessment.ScoreSheet;
import org.swarchive.i18n.Language;
import org.swarchive.report.ScoreSheetReport;
import org.swarchive.store.StationRecords;

/**
 * Files a window's final score sheet into the station's archive as an {@code evaluation-report}
 * record (评估报告), with its 档号 drawn by the one numbering ({@link StationRecords#fileNumbered},
 * under the station's filing lock) — on a folder store and in Alfresco alike. Filing it again
 * changes nothing: the worksheet remembers the record it became.
 */
public final class ScoreSheetFiling {

    public static final String DOC_TYPE = "evaluation-report";

    private final DocTypeCatalogue catalogue;
    private final ScoreSheetReport report;
    private final ZoneId zone;

    public ScoreSheetFiling(DocTypeCatalogue catalogue, ZoneId zone) {
        this.catalogue = catalogue;
        this.report = new ScoreSheetReport(zone);
        this.zone = zone;
    }

    /**
     * The sheet filed, or the record it was filed as before. {@code existing} are the station's
     * records: their most common 全宗号 is the sheet's (none: filed without a code, as a station
     * without codes files everything).
     */
    public WorksheetStore.Filed file(StationRecords records, WorksheetStore worksheets, ScoreSheet sheet, String period,
                                     Collection<ArchiveRecord> existing, Language lang, Instant at) {
        Optional<WorksheetStore.Filed> before = worksheets.filed(sheet.window().id());
        if (before.isPresent()) {
            return before.get();
        }
        DocType type = catalogue.find(DOC_TYPE).orElseThrow(() -> new IllegalStateException("the catalogue has no " + DOC_TYPE));
        LocalDate day = LocalDate.ofInstant(at, zone);
        Category category = type.category();
        String dir = category.label().in(Language.ZH) + "/" + day.getYear() + "/" + type.retention().label().in(Language.ZH);
        String fileName = day + "-评分表-" + sheet.station() + "-" + sheet.window().id() + ".xlsx";
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("type", category.recordType());
        metadata.put("aspects", "swa:retention");
        metadata.put("cm:title", "评分表（" + sheet.framework().title().in(Language.ZH) + "，评估窗口 " + sheet.window().id() + "）");
        metadata.put(RecordProperty.DOC_TYPE.key(), DOC_TYPE);
        metadata.put(RecordProperty.DOCUMENT_DATE.key(), day.toString());
        if (period != null) {
            metadata.put(RecordProperty.PERIOD.key(), period);
        }
        metadata.put(RecordProperty.RETENTION.key(), type.retention().code());
        metadata.put(RecordProperty.CONFIDENTIALITY.key(), "internal");
        byte[] content = report.xlsx(sheet, lang);
        String fonds = fondsOf(existing);
        WorksheetStore.Filed filed;
        if (fonds == null) {
            filed = new WorksheetStore.Filed(records.file(dir, fileName, content, metadata), "", at, sheet.total());
        } else {
            StationRecords.Numbered n = records.fileNumbered(ArchiveSeries.of(fonds, category, day.getYear(), type.retention()), dir,
                    fileName, content, metadata);
            filed = new WorksheetStore.Filed(n.id(), n.code().toString(), at, sheet.total());
        }
        worksheets.filed(sheet.window().id(), filed);
        return filed;
    }

    /** The 全宗号 most of the station's records carry. */
    static String fondsOf(Collection<ArchiveRecord> records) {
        Map<String, Long> counts = records.stream().map(r -> r.property(RecordProperty.ARCHIVE_CODE.key())).flatMap(Optional::stream)
                .map(ArchiveCode::parse).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(ArchiveCode::fonds, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
