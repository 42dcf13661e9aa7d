package org.swarchive.store;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.RecordProperty;

/**
 * The records of one station for the few operations that change them — disposition's: read every
 * record, write its disposition date and status, place or lift a hold, destroy it, file a new
 * record (the destruction register). Record ids are the ones a scan gives (the path below the
 * station folder), so the same proposal reads alike on every store. Each write reads first and
 * leaves a record alone when nothing would change, so running a command twice changes nothing more.
 * A record filed with a new archive code draws it the station's one way ({@link #fileNumbered}).
 */
public interface StationRecords {

    /** The content model's hold aspect, and the date property it adds beside {@code swa:hold} and {@code swa:holdReason}. */
    String HELD_ASPECT = "swa:held";
    String HOLD_SINCE = "swa:holdSince";

    /** What {@link #markDisposition} writes, on every store: the status, and the date (a null value: none). */
    static Map<String, String> dispositionValues(String status, LocalDate date) {
        Map<String, String> values = new HashMap<>();
        values.put(RecordProperty.DISPOSITION_STATUS.key(), status);
        values.put(RecordProperty.DISPOSITION_DATE.key(), date == null ? null : date.toString());
        return values;
    }

    /** What {@link #hold} writes, on every store. */
    static Map<String, String> holdValues(String reason, LocalDate since) {
        Map<String, String> values = new HashMap<>();
        values.put(RecordProperty.HOLD.key(), "true");
        values.put(RecordProperty.HOLD_REASON.key(), reason);
        values.put(HOLD_SINCE, since.toString());
        return values;
    }

    /** A short description for messages, e.g. {@code folder:/srv/station}. */
    String describe();

    /** Every filed record (documents with readable metadata), from a fresh scan. */
    List<ArchiveRecord> records();

    /**
     * The record as it is stored right now, not as the last scan saw it; empty when the document
     * is gone. Its metadata is in the Bulk Import form ({@code type}, {@code aspects},
     * {@code prefix:name}), empty when the document has none.
     */
    Optional<Stored> current(String id);

    /** Writes {@code swa:dispositionStatus} and {@code swa:dispositionDate} (null: none); whether anything changed. */
    boolean markDisposition(String id, String status, LocalDate date);

    /** Places {@code swa:hold} with its reason and date (the {@code swa:held} aspect); whether anything changed. */
    boolean hold(String id, String reason, LocalDate since);

    /** Lifts {@code swa:hold}; whether there was one. */
    boolean release(String id);

    /**
     * Destroys a record for good — never to a trash can or recycle bin. {@code ref} is the handle
     * {@link #current} gave (null: the id alone); a record already gone is no error.
     */
    void destroy(String id, String ref);

    /**
     * Files a new document with its metadata (Bulk Import form) in {@code folder} (below the
     * station folder, made as needed); filing the same name again replaces it rather than adding
     * a copy. Returns the new record's id.
     */
    String file(String folder, String fileName, byte[] content, Map<String, String> metadata);

    /**
     * Files a new document as {@link #file} does, carrying the next archive code of {@code series},
     * drawn holding the station's filing lock by the one numbering every filing uses (docs/domain.md
     * §5: no two records share a code), and moves the series' counter.
     */
    Numbered fileNumbered(ArchiveSeries series, String folder, String fileName, byte[] content, Map<String, String> metadata);

    /** The metadata with {@code swa:archiveCode} set to the code: how both stores write a record's code. */
    static Map<String, String> withCode(Map<String, String> metadata, ArchiveCode code) {
        Map<String, String> m = new java.util.LinkedHashMap<>(metadata);
        m.put(RecordProperty.ARCHIVE_CODE.key(), code.toString());
        return m;
    }

    /** A file of the station's own settings beside its archive ({@code .swa/NAME}), e.g. its retention schedule. */
    Optional<Setting> setting(String name);

    /**
     * A record as stored now.
     *
     * @param ref      the store's handle on this very document (Alfresco's node id), or null where the id is the handle
     * @param metadata Bulk Import form; empty when the document has no metadata
     */
    record Stored(String ref, Map<String, String> metadata) {
        public Stored {
            metadata = Map.copyOf(metadata);
        }
    }

    /** A record filed with a new code: its id and the code. */
    record Numbered(String id, ArchiveCode code) {
    }

    /** A settings file's content and where it is, for messages ({@code file:line: reason}). */
    record Setting(String location, byte[] content) {
    }
}
