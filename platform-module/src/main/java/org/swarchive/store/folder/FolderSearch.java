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
    public FindResult find(FindQuery query) {
        FolderStore indexed = store.isIndexed() ? store : FolderStore.indexed(store.root(), storeReader());
        try (Stream<ScanItem> items = indexed.scan()) {
            items.forEach(item -> { }); // the metadata of the index, up to date
        }
        try {
            index.refreshText(extractor, store.root(), progress);
            try (Directory directory = FSDirectory.open(index.dir()); DirectoryReader reader = DirectoryReader.open(directory)) {
                return search(new IndexSearcher(reader), query);
            }
        } catch (IOException e) {
            throw new StoreException(Message.of("find.index-unreadable", index.dir(), String.valueOf(e.getMessage())), e);
        }
    }

    private org.swarchive.archive.RecordReader storeReader() {
        return store.reader();
    }

    private static FindResult search(IndexSearcher searcher, FindQuery q) throws IOException {
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
        int total = searcher.count(query);
        TopDocs top = words == null
                ? searcher.search(query, q.limit(), new Sort(SortField.FIELD_DOC))
                : searcher.search(query, q.limit());
        String[] snippets = new String[top.scoreDocs.length];
        if (words != null && top.scoreDocs.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("【", "】", "…", false))
                    .withMaxLength(1_000_000)
                    .build();
            Map<String, String[]> found = highlighter.highlightFields(new String[] {FolderIndex.TEXT, FolderIndex.TITLE},
                    query, top, new int[] {1, 1});
            for (int i = 0; i < snippets.length; i++) {
                String text = found.get(FolderIndex.TEXT)[i];
                snippets[i] = text != null ? text : found.get(FolderIndex.TITLE)[i];
            }
        }
        List<FindHit> hits = new ArrayList<>();
        var stored = searcher.getIndexReader().storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc);
            String snippet = snippets[i];
            if (snippet == null) {
                String text = d.get(FolderIndex.TEXT);
                snippet = text == null ? "" : text.strip().substring(0, Math.min(SNIPPET_CHARS, text.strip().length()));
            }
            String subject = d.get(FolderIndex.STAFF) != null ? d.get(FolderIndex.STAFF) : d.get(FolderIndex.CASE);
            hits.add(new FindHit(d.get(FolderIndex.CODE), d.get(FolderIndex.TITLE), d.get(FolderIndex.DOC_TYPE),
                    d.get(FolderIndex.PERIOD), subject, d.get(FolderIndex.PATH), oneLine(snippet),
                    Float.isNaN(sd.score) ? 0f : sd.score, d.get(FolderIndex.CATEGORY), d.get(FolderIndex.CONFIDENTIALITY)));
        }
        return new FindResult(total, hits);
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
