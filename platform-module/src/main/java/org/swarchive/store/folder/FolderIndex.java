package org.swarchive.store.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.swarchive.archive.RecordProperty;
import org.swarchive.classify.DocumentExtractor;
import org.swarchive.classify.ExtractResult;
import org.swarchive.store.Progress;

/**
 * The folder store's index under {@code .swa/index/} (Apache Lucene): for every document, the raw
 * entries of its metadata file as they were read (or why they could not be), keyed by the file's
 * size and modification time, and, once {@code swa find} has asked for words, the document's extracted
 * text and the words of its title (a scan alone stores the title, so that {@code swa check} never loads
 * the Chinese analyzer's dictionaries).
 * A scan stats every file as before but parses only the metadata files that changed since the last
 * one; the record itself is made from the entries by the same reader as without the index, so a
 * check reads alike with it or without. The index is a cache, never the truth: one that is missing,
 * of another format or unreadable is deleted and built again.
 */
final class FolderIndex {

    /** Raised when the layout of a document in the index changes: an index of another format is rebuilt. */
    static final String FORMAT = "swa-folder-index-2";
    private static final String FORMAT_KEY = "swa.format";

    static final String PATH = "path";
    static final String TITLE = "title";
    /** The title as a hit shows it, there before the title's words are indexed (with the text). */
    static final String SHOWN_TITLE = "shownTitle";
    static final String TEXT = "text";
    static final String CODE = "archiveCode";
    static final String DOC_TYPE = "docType";
    static final String CATEGORY = "category";
    static final String PERIOD = "period";
    static final String STAFF = "staffId";
    static final String CASE = "caseId";
    static final String DATE = "documentDate";
    static final String CONFIDENTIALITY = "confidentiality";
    private static final String META = "meta";
    private static final String META_SIZE = "metaSize";
    private static final String META_TIME = "metaTime";
    private static final String DOC_SIZE = "docSize";
    private static final String DOC_TIME = "docTime";
    private static final String TEXT_SIZE = "textSize";
    private static final String TEXT_TIME = "textTime";
    private static final String PATH_DV = "pathKey";

    /** Lucene keeps a binary doc value of at most 32 KiB: larger metadata is read from its file each time. */
    private static final int MAX_META = 32_000;

    private final Path dir;
    private final java.util.function.Function<Map<String, String>, String> categoryOf;

    /** @param categoryOf a record's category id from its entries (given, or its doc type's): what --category filters */
    FolderIndex(Path root, java.util.function.Function<Map<String, String>, String> categoryOf) {
        this.dir = root.resolve(".swa").resolve("index");
        this.categoryOf = categoryOf;
    }

    Path dir() {
        return dir;
    }

    /** The analyzer of the title and text: smartcn cuts Chinese into words (English words as usual). */
    static Analyzer analyzer() {
        return new SmartChineseAnalyzer();
    }

    /** A file the walk found: its id below the station folder, size and modification time. */
    record FileState(String id, long size, long time) {
    }

    /** What reading one metadata file gave: its entries, or why it could not be read. */
    sealed interface Outcome permits Entries, BadMetadata, Unreadable {
    }

    record Entries(Map<String, String> entries) implements Outcome {
    }

    /** The file is not metadata (bad XML): {@code why} as {@link MetadataFile#reasonOf} says it. */
    record BadMetadata(String why) implements Outcome {
    }

    /** The file could not be read at all. */
    record Unreadable(String why) implements Outcome {
    }

    /** One document as the index knew it. */
    private record Known(int docId, LeafReader leaf, long metaSize, long metaTime, long docSize, long docTime,
                         long textSize, long textTime, Outcome outcome) {
    }

    /**
     * Brings the index up to date with the documents the walk found and returns each one's metadata
     * outcome (documents without a metadata file are absent from the map).
     *
     * @param documents the documents (not metadata files) in walk order
     * @param metadata  the metadata files found, by id
     * @param reader    reads one metadata file when it is new or changed
     */
    Map<String, Outcome> refresh(List<FileState> documents, Map<String, FileState> metadata,
                                 java.util.function.Function<String, Outcome> reader) throws IOException {
        Files.createDirectories(dir);
        try (Directory directory = FSDirectory.open(dir)) {
            Map<String, Known> known = new HashMap<>();
            DirectoryReader index = openTrusted(directory);
            try {
                if (index != null) {
                    readKnown(index, known);
                }
                Map<String, Outcome> outcomes = new ConcurrentHashMap<>(documents.size() * 2);
                List<FileState> changed = new ArrayList<>();
                for (FileState doc : documents) {
                    FileState meta = metadata.get(doc.id() + MetadataFile.SUFFIX);
                    Known k = known.get(doc.id());
                    boolean same = k != null && k.docSize() == doc.size() && k.docTime() == doc.time()
                            && (meta == null ? k.metaSize() < 0 : k.metaSize() == meta.size() && k.metaTime() == meta.time());
                    if (same && k.outcome() != null) {
                        outcomes.put(doc.id(), k.outcome());
                    } else if (same) {
                        continue; // no metadata
                    } else {
                        changed.add(doc);
                    }
                }
                // Metadata is parsed in parallel, as the scan without the index does.
                changed.parallelStream().forEach(doc -> {
                    if (metadata.containsKey(doc.id() + MetadataFile.SUFFIX)) {
                        outcomes.put(doc.id(), reader.apply(doc.id() + MetadataFile.SUFFIX));
                    }
                });
                Set<String> present = new java.util.HashSet<>(documents.size() * 2);
                documents.forEach(d -> present.add(d.id()));
                List<String> gone = known.keySet().stream().filter(id -> !present.contains(id)).toList();
                if (index == null || !changed.isEmpty() || !gone.isEmpty()) {
                    try (IndexWriter writer = writer(directory, index == null)) {
                        for (String id : gone) {
                            writer.deleteDocuments(new Term(PATH, id));
                        }
                        for (FileState doc : changed) {
                            FileState meta = metadata.get(doc.id() + MetadataFile.SUFFIX);
                            Known k = known.get(doc.id());
                            // The text stays when only the metadata changed.
                            String text = k != null && k.textSize() == doc.size() && k.textTime() == doc.time()
                                    ? storedText(k) : null;
                            writer.updateDocument(new Term(PATH, doc.id()), document(doc, meta, outcomes.get(doc.id()), text));
                        }
                        writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
                        writer.commit();
                    }
                }
                return outcomes;
            } finally {
                if (index != null) {
                    index.close();
                }
            }
        }
    }

    /**
     * Extracts the text of every document whose text is missing or older than the document, for
     * {@code swa find}; a document that cannot be read is indexed without text.
     */
    void refreshText(DocumentExtractor extractor, Path root, Progress progress) throws IOException {
        try (Directory directory = FSDirectory.open(dir)) {
            DirectoryReader index = openTrusted(directory);
            if (index == null) {
                return;
            }
            Map<String, Known> known = new HashMap<>();
            try (index) {
                readKnown(index, known);
                List<Map.Entry<String, Known>> stale = known.entrySet().stream()
                        .filter(e -> e.getValue().textSize() != e.getValue().docSize() || e.getValue().textTime() != e.getValue().docTime())
                        .sorted(Map.Entry.comparingByKey())
                        .toList();
                if (stale.isEmpty()) {
                    return;
                }
                progress.start("index", stale.size());
                try (IndexWriter writer = writer(directory, false)) {
                    for (Map.Entry<String, Known> e : stale) {
                        Known k = e.getValue();
                        Path file = root.resolve(e.getKey());
                        String text = "";
                        if (Files.isRegularFile(file)) {
                            ExtractResult r = extractor.extract(file, file.getFileName().toString());
                            if (r instanceof ExtractResult.Read read && read.extraction().text() != null) {
                                text = read.extraction().text();
                            }
                        }
                        FileState doc = new FileState(e.getKey(), k.docSize(), k.docTime());
                        FileState meta = k.metaSize() < 0 ? null : new FileState(e.getKey() + MetadataFile.SUFFIX, k.metaSize(), k.metaTime());
                        writer.updateDocument(new Term(PATH, e.getKey()), document(doc, meta, k.outcome(), text));
                        progress.step();
                    }
                    writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
                    writer.commit();
                } finally {
                    progress.done();
                }
            }
        }
    }

    /** Deletes the index: the next scan builds it again. */
    void delete() throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The index as it is, if it is one this version wrote and Lucene can open; null when there is
     * none yet. Anything else (another format, a corrupt or half-written index) is thrown as an
     * {@link UntrustedIndex}, and the caller deletes it.
     */
    private static DirectoryReader openTrusted(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return null;
        }
        DirectoryReader reader;
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException | RuntimeException e) {
            throw new UntrustedIndex(e);
        }
        if (!FORMAT.equals(reader.getIndexCommit().getUserData().get(FORMAT_KEY))) {
            reader.close();
            throw new UntrustedIndex(null);
        }
        return reader;
    }

    private static IndexWriter writer(Directory directory, boolean create) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        return new IndexWriter(directory, config);
    }

    private static void readKnown(DirectoryReader index, Map<String, Known> known) throws IOException {
        for (LeafReaderContext leafContext : index.leaves()) {
            LeafReader leaf = leafContext.reader();
            Bits live = leaf.getLiveDocs();
            BinaryDocValues paths = leaf.getBinaryDocValues(PATH_DV);
            BinaryDocValues metas = leaf.getBinaryDocValues(META);
            NumericDocValues metaSize = leaf.getNumericDocValues(META_SIZE);
            NumericDocValues metaTime = leaf.getNumericDocValues(META_TIME);
            NumericDocValues docSize = leaf.getNumericDocValues(DOC_SIZE);
            NumericDocValues docTime = leaf.getNumericDocValues(DOC_TIME);
            NumericDocValues textSize = leaf.getNumericDocValues(TEXT_SIZE);
            NumericDocValues textTime = leaf.getNumericDocValues(TEXT_TIME);
            if (paths == null) {
                continue;
            }
            for (int doc = paths.nextDoc(); doc != BinaryDocValues.NO_MORE_DOCS; doc = paths.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String path = paths.binaryValue().utf8ToString();
                Outcome outcome = metas != null && metas.advanceExact(doc) ? decode(metas.binaryValue()) : null;
                known.put(path, new Known(doc, leaf, value(metaSize, doc), value(metaTime, doc), value(docSize, doc),
                        value(docTime, doc), value(textSize, doc), value(textTime, doc), outcome));
            }
        }
    }

    private static long value(NumericDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.longValue() : -1;
    }

    private static String storedText(Known k) {
        try {
            String text = k.leaf().storedFields().document(k.docId()).get(TEXT);
            return text;
        } catch (IOException e) {
            return null; // extracted again when find asks
        }
    }

    /** The Lucene document of one archive document: keys, the metadata outcome, search fields, text. */
    private Document document(FileState doc, FileState meta, Outcome outcome, String text) {
        Document d = new Document();
        d.add(new StringField(PATH, doc.id(), Field.Store.YES));
        d.add(new BinaryDocValuesField(PATH_DV, new BytesRef(doc.id())));
        d.add(new NumericDocValuesField(DOC_SIZE, doc.size()));
        d.add(new NumericDocValuesField(DOC_TIME, doc.time()));
        d.add(new NumericDocValuesField(META_SIZE, meta == null ? -1 : meta.size()));
        d.add(new NumericDocValuesField(META_TIME, meta == null ? -1 : meta.time()));
        d.add(new NumericDocValuesField(TEXT_SIZE, text == null ? -1 : doc.size()));
        d.add(new NumericDocValuesField(TEXT_TIME, text == null ? -1 : doc.time()));
        if (outcome != null) {
            BytesRef encoded = encode(outcome);
            if (encoded.length <= MAX_META) {
                d.add(new BinaryDocValuesField(META, encoded));
            } else {
                // Too large to keep: the size -1 makes the next scan read the file again.
                d.removeFields(META_SIZE);
                d.add(new NumericDocValuesField(META_SIZE, -2));
            }
        }
        String name = Path.of(doc.id()).getFileName().toString();
        Map<String, String> entries = outcome instanceof Entries e ? e.entries() : Map.of();
        String title = entries.getOrDefault("cm:title", name);
        d.add(new StoredField(SHOWN_TITLE, title == null ? name : title));
        if (text != null) {
            // Words are indexed with the text, when find first asks for words: a scan (swa check)
            // then never loads smartcn's dictionaries nor cuts ten thousand titles into words.
            d.add(new TextField(TITLE, title == null ? name : title, Field.Store.YES));
            d.add(new TextField(TEXT, text, Field.Store.YES));
        }
        exact(d, CODE, entries.get(RecordProperty.ARCHIVE_CODE.key()));
        exact(d, DOC_TYPE, entries.get(RecordProperty.DOC_TYPE.key()));
        exact(d, CATEGORY, outcome instanceof Entries ? categoryOf.apply(entries) : null);
        exact(d, PERIOD, entries.get(RecordProperty.PERIOD.key()));
        exact(d, STAFF, entries.get(RecordProperty.STAFF_ID.key()));
        exact(d, CASE, entries.get(RecordProperty.CASE_ID.key()));
        exact(d, DATE, entries.get(RecordProperty.DOCUMENT_DATE.key()));
        exact(d, CONFIDENTIALITY, entries.get(RecordProperty.CONFIDENTIALITY.key()));
        return d;
    }

    private static void exact(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StringField(field, value.strip(), Field.Store.YES));
        }
    }

    private static BytesRef encode(Outcome outcome) {
        try {
            ByteBuffersDataOutput out = new ByteBuffersDataOutput();
            if (outcome instanceof Entries e) {
                out.writeByte((byte) 0);
                out.writeVInt(e.entries().size());
                for (Map.Entry<String, String> entry : e.entries().entrySet()) {
                    out.writeString(entry.getKey());
                    out.writeByte((byte) (entry.getValue() == null ? 0 : 1));
                    if (entry.getValue() != null) {
                        out.writeString(entry.getValue());
                    }
                }
            } else if (outcome instanceof BadMetadata b) {
                out.writeByte((byte) 1);
                out.writeString(b.why());
            } else if (outcome instanceof Unreadable u) {
                out.writeByte((byte) 2);
                out.writeString(u.why());
            }
            return new BytesRef(out.toArrayCopy());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: never
        }
    }

    private static Outcome decode(BytesRef bytes) {
        try {
            return read(bytes);
        } catch (IOException e) {
            return null; // unreadable here: the file is read again
        }
    }

    private static Outcome read(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        byte kind = in.readByte();
        if (kind == 1) {
            return new BadMetadata(in.readString());
        }
        if (kind == 2) {
            return new Unreadable(in.readString());
        }
        int n = in.readVInt();
        Map<String, String> entries = new LinkedHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String key = in.readString();
            entries.put(key, in.readByte() == 0 ? null : in.readString());
        }
        return new Entries(entries);
    }

    /** An index that is there but cannot be trusted: deleted and built again. */
    static final class UntrustedIndex extends IOException {
        UntrustedIndex(Throwable cause) {
            super("the index is not one this version can trust", cause);
        }
    }
}
