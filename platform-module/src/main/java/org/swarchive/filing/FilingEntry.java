package org.swarchive.filing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.RecordProperty;
import tools.jackson.databind.json.JsonMapper;

/**
 * One filing in progress, as the journal keeps it ({@code filing/journal/…json}) from the moment
 * its number is drawn until its record is written and counted: which document, from where, to
 * which folder and name, with which number, content hash and metadata. The fields are those the
 * Alfresco filer's journal always had, so entries an earlier version left are read alike.
 *
 * @param node        the store's handle on the document (Alfresco's node id; the path below the station)
 * @param inboxParent the handle of the folder it waited in
 * @param inboxName   its name there
 * @param folder      the target folder below the station
 * @param name        its name as a record
 * @param type        the record's type ({@code swa:documentRecord}, …)
 * @param properties  its properties, {@code swa:archiveCode} included
 * @param aspects     the aspects the request named
 */
public record FilingEntry(String node, String inboxParent, String inboxName, String folder, String name, String series, int item,
                          String code, String hash, String type, Map<String, String> properties, List<String> aspects) {

    static final String DEFAULT_TYPE = "swa:record";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public FilingEntry {
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        aspects = aspects == null ? List.of() : List.copyOf(aspects);
        type = type == null ? DEFAULT_TYPE : type;
    }

    /** The entry for filing {@code document} as asked, under {@code name}, with this code. */
    static FilingEntry of(FilingStore.Waiting document, FilingRequest request, String name, ArchiveCode code, String hash) {
        Map<String, String> metadata = new LinkedHashMap<>(request.metadata());
        String type = metadata.remove("type");
        List<String> aspects = split(metadata.remove("aspects"));
        metadata.put(RecordProperty.ARCHIVE_CODE.key(), code.toString());
        return new FilingEntry(document.ref(), document.parent(), document.name(), request.folder(), name,
                request.series().key(), code.item(), code.toString(), hash, type, metadata, aspects);
    }

    /** The entry as the journal keeps it. */
    public String toJson() {
        return JSON.writeValueAsString(this);
    }

    /** An entry the journal keeps; a {@link tools.jackson.core.JacksonException} when it is not one. */
    static FilingEntry fromJson(String text) {
        return JSON.readValue(text, FilingEntry.class);
    }

    /** The aspects of a Bulk Import {@code aspects} entry. */
    public static List<String> split(String aspects) {
        List<String> out = new ArrayList<>();
        if (aspects != null) {
            for (String a : aspects.split(",")) {
                if (!a.isBlank()) {
                    out.add(a.strip());
                }
            }
        }
        return out;
    }

    /** The record's metadata in the Bulk Import form a metadata file holds: type, aspects, then the properties. */
    public Map<String, String> bulkForm() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", type);
        if (!aspects.isEmpty()) {
            m.put("aspects", String.join(",", aspects));
        }
        m.putAll(properties);
        return m;
    }

    /** The entry read from the Bulk Import form an earlier folder filer journaled (source, target, series, item, hash, meta.*). */
    public static FilingEntry ofLegacy(Map<String, String> journal) {
        String source = journal.get("source");
        String target = journal.get("target");
        Map<String, String> metadata = new LinkedHashMap<>();
        journal.forEach((k, v) -> {
            if (k.startsWith("meta.")) {
                metadata.put(k.substring(5), v);
            }
        });
        String type = metadata.remove("type");
        List<String> aspects = split(metadata.remove("aspects"));
        return new FilingEntry(source, parentOf(source), nameOf(source), parentOf(target), nameOf(target), journal.get("series"),
                Integer.parseInt(journal.get("item")), metadata.get(RecordProperty.ARCHIVE_CODE.key()), journal.get("hash"),
                type, metadata, aspects);
    }

    /** The folder part of a path below the station ({@code 收件箱/六月} of {@code 收件箱/六月/a.docx}); empty for a top-level name. */
    public static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    public static String nameOf(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
