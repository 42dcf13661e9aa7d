package org.swarchive.store.folder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.swarchive.classify.DocumentExtractor;
import org.swarchive.find.FindHit;
import org.swarchive.find.FindQuery;
import org.swarchive.find.FindResult;
import org.swarchive.find.RecordSearch;
import org.swarchive.i18n.Message;
import org.swarchive.store.Progress;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StoreException;

/**
 * {@code swa find} on the folder store: brings the index up to date (metadata as every scan does,
 * then the text of new or changed documents through the extractor), then asks Lucene. Words are
 * matched in the title and the text with Lucene's simple query syntax ({@code "a phrase"}, every
 * word required), cut into words by smartcn; fields are exact filters; the snippet comes from
 * Lucene's unified highlighter with the matched words in 【】.
 */
public final class FolderSearch implements RecordSearch {

    private static final int SNIPPET_CHARS = 80;

    private final FolderStore store;
    private final FolderIndex index;
    private final DocumentExtractor extractor;
    private final Progress progress;

    FolderSearch(FolderStore store, FolderIndex index, DocumentExtractor extractor, Progress progress) {
        this.store = store;
        this.index = index;
        this.extractor = extractor;
        this.progress = progress;
    }

    @Override
    public FindResult find(FindQuery query, java.util.function.Predicate<FindHit> mayRead) {
        prepare(query);
        return search(query, mayRead);
    }

    /**
     * Brings the index up to date for this query: the metadata, as every scan does, and for words the
     * text of new or changed documents. {@link #find} does it first; {@code swa find --timing} times it apart.
     */
    public void prepare(FindQuery query) {
        FolderStore indexed = store.isIndexed() ? store : FolderStore.indexed(store.root(), storeReader());
        try (Stream<ScanItem> items = indexed.scan()) {
            items.forEach(item -> { }); // the metadata of the index, up to date
        }
        if (query.words() != null) {
            try {
                index.refreshText(extractor, store.root(), progress); // fields alone need no text
            } catch (IOException e) {
                throw new StoreException(Message.of("find.index-unreadable", index.dir(), String.valueOf(e.getMessage())), e);
            }
        }
    }

    /** Asks the index as it is ({@link #prepare} first): the query alone. */
    public FindResult search(FindQuery query, java.util.function.Predicate<FindHit> mayRead) {
        try (Directory directory = FSDirectory.open(index.dir()); DirectoryReader reader = DirectoryReader.open(directory)) {
            return search(new IndexSearcher(reader), query, mayRead);
        } catch (IOException e) {
            throw new StoreException(Message.of("find.index-unreadable", index.dir(), String.valueOf(e.getMessage())), e);
        }
    }

    private org.swarchive.archive.RecordReader storeReader() {
        return store.reader();
    }

    private static FindResult search(IndexSearcher searcher, FindQuery q, java.util.function.Predicate<FindHit> mayRead)
            throws IOException {
        Analyzer analyzer = FolderIndex.analyzer();
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Query words = null;
        if (q.words() != null) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(FolderIndex.TITLE, 2f, FolderIndex.TEXT, 1f));
            parser.setDefaultOperator(BooleanClause.Occur.MUST);
            words = parser.parse(q.words());
            all.add(words, BooleanClause.Occur.MUST);
        } else {
            all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        }
        filter(all, FolderIndex.DOC_TYPE, q.docType());
        filter(all, FolderIndex.CATEGORY, q.category());
        filter(all, FolderIndex.PERIOD, q.period());
        filter(all, FolderIndex.STAFF, q.staffId());
        filter(all, FolderIndex.CASE, q.caseId());
        filter(all, FolderIndex.CONFIDENTIALITY, q.confidentiality());
        if (q.codePrefix() != null) {
            all.add(new PrefixQuery(new Term(FolderIndex.CODE, q.codePrefix())), BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            all.add(TermRangeQuery.newStringRange(FolderIndex.DATE, q.from() == null ? null : q.from().toString(),
                    q.to() == null ? null : q.to().toString(), true, true), BooleanClause.Occur.FILTER);
        }
        Query query = all.build();
        int matches = searcher.count(query);
        if (matches == 0) {
            return new FindResult(0, List.of());
        }
        // Every match is asked whether the asker may read it, so the total counts readable records only.
        TopDocs matched = words == null
                ? searcher.search(query, matches, new Sort(SortField.FIELD_DOC))
                : searcher.search(query, matches);
        var stored = searcher.getIndexReader().storedFields();
        List<ScoreDoc> shown = new ArrayList<>();
        List<FindHit> hits = new ArrayList<>();
        long total = 0;
        for (ScoreDoc sd : matched.scoreDocs) {
            FindHit hit = hitOf(stored.document(sd.doc), sd.score, "");
            if (!mayRead.test(hit)) {
                continue;
            }
            total++;
            if (hits.size() < q.limit()) {
                hits.add(hit);
                shown.add(sd);
            }
        }
        String[] snippets = new String[hits.size()];
        if (words != null && !shown.isEmpty()) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("【", "】", "…", false))
                    .withMaxLength(1_000_000)
                    .build();
            TopDocs page = new TopDocs(matched.totalHits, shown.toArray(ScoreDoc[]::new));
            Map<String, String[]> found = highlighter.highlightFields(new String[] {FolderIndex.TEXT, FolderIndex.TITLE},
                    query, page, new int[] {1, 1});
            for (int i = 0; i < snippets.length; i++) {
                String text = found.get(FolderIndex.TEXT)[i];
                snippets[i] = text != null ? text : found.get(FolderIndex.TITLE)[i];
            }
        }
        List<FindHit> withSnippets = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Document d = stored.document(shown.get(i).doc);
            String snippet = snippets[i];
            if (snippet == null) {
                String text = d.get(FolderIndex.TEXT) == null ? "" : d.get(FolderIndex.TEXT).strip();
                snippet = text.substring(0, Math.min(SNIPPET_CHARS, text.length()));
            }
            withSnippets.add(hitOf(d, shown.get(i).score, oneLine(snippet)));
        }
        return new FindResult(total, withSnippets);
    }

    private static FindHit hitOf(Document d, float score, String snippet) {
        String subject = d.get(FolderIndex.STAFF) != null ? d.get(FolderIndex.STAFF) : d.get(FolderIndex.CASE);
        return new FindHit(d.get(FolderIndex.CODE), d.get(FolderIndex.SHOWN_TITLE), d.get(FolderIndex.DOC_TYPE),
                d.get(FolderIndex.PERIOD), subject, d.get(FolderIndex.PATH), snippet,
                Float.isNaN(score) ? 0f : score, d.get(FolderIndex.CATEGORY), d.get(FolderIndex.CONFIDENTIALITY));
    }

    private static void filter(BooleanQuery.Builder all, String field, String value) {
        if (value != null) {
            all.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Where the index lives, for messages. */
    Path indexDir() {
        return index.dir();
    }
}
