package org.swarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.classify.ExtractResult;
import org.swarchive.classify.FilingDecision;
import org.swarchive.classify.FilingFixture;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.TikaExtractor;

/**
 * The held-out corpus benchmark (issue 15), not a test: the documents of
 * {@code src/test/resources/corpus/heldout/} — written by a hand that never read the rules — are
 * rendered into their arriving formats (CorpusRenderer), dropped in a station's inbox and filed by
 * the real filer ({@code swa file}'s InboxFiling over the folder store). Reports precision, recall,
 * document-date and archive-year accuracy per category, for one split at a time.
 *
 * <p>{@code -Dbench.corpus=NAME}: the corpus folder under {@code src/test/resources/corpus/} (default
 * {@code heldout}; a path with a slash is taken as it is). {@code -Dbench.split=tune} (default for
 * {@code heldout}), {@code holdout} or {@code all} (default for any other corpus: an unseen corpus is
 * read whole and only its figures printed). {@code -Dbench.ocrOnly=true}: only the scans, read under
 * each OCR setting in turn. The printed tables are also written to
 * {@code target/bench-heldout-CORPUS-SPLIT.md}.
 *
 * <p>{@code -Dbench.split=tune} or {@code holdout}. The holdout split is to be run once, at
 * the end, and reported as it is. For {@code tune} (of any corpus) the misses are listed by doc type,
 * the field that was wrong, the file and its source; for {@code holdout} only the figures are printed.
 *
 * <p>Correct = right doc type, right subject (for per-person and per-case types), right archive year,
 * and a period that holds the labelled one (a sign-in sheet labelled 2025-05-12 is right in 2025-Q2,
 * as the catalogue files that type by quarter).
 */
public final class HeldoutBenchmark {

    static final Path CORPORA = Path.of("src/test/resources/corpus");
    /** The corpus read unless {@code -Dbench.corpus} names another folder under {@link #CORPORA} (or a path). */
    static final String DEFAULT_CORPUS = "heldout";

    record Row(String file, String source, String format, String docType, String period, String documentDate,
               String subject, String split, String notes) {
        boolean record() {
            return !docType.equals("non-record");
        }
    }

    private final DocTypeCatalogue catalogue = FilingFixture.CATALOGUE;
    /** What is printed is also kept, to be written beside the build's output. */
    private final java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream();
    private final java.io.PrintStream out = new java.io.PrintStream(new org.apache.commons.io.output.TeeOutputStream(
            System.out, kept), true, StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        String corpusName = blankToDefault(System.getProperty("bench.corpus"), DEFAULT_CORPUS);
        Path corpus = corpusName.contains("/") ? Path.of(corpusName) : CORPORA.resolve(corpusName);
        // The tuning corpus defaults to its tune split; any other corpus is unseen and read whole.
        String split = blankToDefault(System.getProperty("bench.split"), corpusName.equals(DEFAULT_CORPUS) ? "tune" : "all");
        Path work = Files.createTempDirectory("swa-heldout");
        try {
            new HeldoutBenchmark().run(corpus, work, split);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String blankToDefault(String v, String dflt) {
        return v == null || v.isBlank() ? dflt : v.strip();
    }

    /** The columns labels.tsv must have, found by the header's names (split and notes may be absent). */
    static final List<String> COLUMNS = List.of("file", "source", "format", "docType", "period", "documentDate", "subject");

    static List<Row> rows(Path corpus) throws IOException {
        Path labels = corpus.resolve("labels.tsv");
        List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(labels + ": empty, a header line expected");
        }
        List<String> header = List.of(lines.get(0).strip().split("\t", -1));
        for (String c : COLUMNS) {
            if (!header.contains(c)) {
                throw new IllegalArgumentException(labels + " line 1: no column '" + c + "' (columns: " + header + ")");
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] c = lines.get(i).split("\t", -1);
            java.util.function.Function<String, String> col = name -> {
                int at = header.indexOf(name);
                return at < 0 || at >= c.length ? "" : c[at].strip();
            };
            if (c.length < COLUMNS.size()) {
                throw new IllegalArgumentException(labels + " line " + (i + 1) + ": " + c.length + " columns, "
                        + header.size() + " expected");
            }
            rows.add(new Row(col.apply("file"), col.apply("source"), col.apply("format"), col.apply("docType"),
                    col.apply("period"), col.apply("documentDate"), col.apply("subject"), col.apply("split"), col.apply("notes")));
        }
        return rows;
    }

    void run(Path corpus, Path work, String split) throws IOException {
        boolean ocrOnly = Boolean.parseBoolean(System.getProperty("bench.ocrOnly", "false"));
        List<Row> rows = rows(corpus).stream().filter(r -> split.equals("all") || r.split().equals(split))
                .filter(r -> !ocrOnly || SCANS.contains(r.format())).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(corpus.resolve("labels.tsv") + ": no document in split '" + split + "'");
        }
        FilingFixture station = new FilingFixture(work.resolve("station"));
        CorpusRenderer renderer = new CorpusRenderer();
        Map<String, Row> byName = new HashMap<>();
        for (Row r : rows) {
            String name = r.file();
            for (int n = 2; byName.containsKey(name); n++) {
                name = "(" + n + ")" + r.file();
            }
            byName.put(name, r);
            renderer.render(station.inbox.resolve(name), r.format(), Files.readString(corpus.resolve(r.source()), StandardCharsets.UTF_8));
        }
        out.printf(Locale.ROOT, "Held-out corpus %s, split %s: %d documents (%d records, %d non-records), %d cores%n",
                corpus.getFileName(), split,
                rows.size(), rows.stream().filter(Row::record).count(), rows.stream().filter(r -> !r.record()).count(),
                Runtime.getRuntime().availableProcessors());

        if (ocrOnly) {
            ocrSettings(station, byName);
            return;
        }
        if (Boolean.parseBoolean(System.getProperty("bench.ocrSpeed", "true"))) {
            ocrSpeed(station, byName);
        }

        long t0 = System.nanoTime();
        InboxFiling.Summary s = filing(station).run(e -> { });
        double secs = (System.nanoTime() - t0) / 1e9;

        Map<String, int[]> byCategory = new TreeMap<>(); // records, filed, correct, non-record filed, date right, year right, dated
        Map<String, int[]> byFormat = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (InboxFiling.Event e : s.events()) {
            String name = e.id().substring(e.id().indexOf('/') + 1);
            Row r = byName.get(name);
            if (r == null) {
                continue;
            }
            String cat = r.record() ? catalogue.find(r.docType()).map(t -> t.category().id()).orElse("?") : "non-record";
            int[] c = byCategory.computeIfAbsent(cat, k -> new int[7]);
            int[] f = byFormat.computeIfAbsent(r.format(), k -> new int[7]);
            for (int[] g : List.of(c, f)) {
                g[0] += r.record() ? 1 : 0;
            }
            if (e instanceof InboxFiling.Event.Filed filed) {
                FilingDecision d = filed.decision();
                for (int[] g : List.of(c, f)) {
                    g[1]++;
                }
                if (!r.record()) {
                    c[3]++;
                    f[3]++;
                    misses.add("NON-RECORD FILED as " + d.docType().id() + " [" + r.format() + "]" + where(r));
                    continue;
                }
                String wrong = wrongField(d, r);
                boolean dateRight = !r.documentDate().isEmpty() && d.documentDate().map(LocalDate::toString).orElse("").equals(r.documentDate());
                boolean yearRight = d.year() == truthYear(r);
                for (int[] g : List.of(c, f)) {
                    g[2] += wrong.isEmpty() ? 1 : 0;
                    g[4] += dateRight ? 1 : 0;
                    g[5] += yearRight ? 1 : 0;
                    g[6] += r.documentDate().isEmpty() ? 0 : 1;
                }
                if (!wrong.isEmpty()) {
                    misses.add("MISFILED " + r.docType() + " [" + r.format() + "] → " + d.docType().id() + ": wrong " + wrong
                            + where(r) + " — " + d.reasons().stream().map(t -> t.in(org.swarchive.i18n.Language.EN)).collect(java.util.stream.Collectors.joining(" / ")));
                } else if (!dateRight) {
                    misses.add("date " + r.docType() + " [" + r.format() + "]: documentDate " + d.documentDate().map(Object::toString).orElse("none")
                            + " vs label " + (r.documentDate().isEmpty() ? "none" : r.documentDate()) + where(r));
                }
            } else if (r.record()) {
                String why = e instanceof InboxFiling.Event.Queued q ? q.review().reasons().stream()
                        .map(t -> t.en()).collect(java.util.stream.Collectors.joining(" / ")) : e instanceof InboxFiling.Event.Failed fl ? "FAILED " + fl.reason().in(org.swarchive.i18n.Language.EN) : e.getClass().getSimpleName();
                String pick = e instanceof InboxFiling.Event.Queued q ? q.review().candidates().stream().findFirst()
                        .filter(t -> !t.equals(r.docType())).map(t -> " (read as " + t + ")").orElse("") : "";
                misses.add("not filed " + r.docType() + " [" + r.format() + "]" + pick + where(r) + ": " + why);
            }
        }
        out.println();
        out.println("| category | records | filed | correct | precision | recall | non-records filed | documentDate right | archive year right |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        int[] all = new int[7];
        byCategory.forEach((k, g) -> {
            row(k, g);
            for (int i = 0; i < 7; i++) {
                all[i] += g[i];
            }
        });
        row("**all**", all);
        out.println();
        out.println("| arriving format | records | filed | correct | precision | recall | non-records filed | documentDate right | archive year right |");
        out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        byFormat.forEach(this::row);
        out.printf(Locale.ROOT, "%nswa file over the rendered inbox: %d documents in %.1f s (%d filed, %d queued, %d failed)%n",
                rows.size(), secs, s.filed(), s.queued(), s.failed());
        if (split.equals("tune")) {
            out.println();
            out.println("Tune misses (doc type, field, file and source; tune rows only):");
            misses.stream().sorted().forEach(m -> out.println("- " + m));
        }
        Path written = Path.of("target", "bench-heldout-" + corpus.getFileName() + "-" + split + ".md");
        Files.createDirectories(written.getParent());
        Files.write(written, kept.toByteArray());
        System.out.println("\nWritten to " + written.toAbsolutePath());
    }

    static final List<String> SCANS = List.of("scan-pdf", "jpg", "png", "tiff");

    /** Where a tune row's document is, to read it while tuning (tune rows only are ever listed). */
    private static String where(Row r) {
        return " {" + r.file() + " = " + r.source() + "}";
    }

    /**
     * The filing run: the real filer; with {@code -Dbench.ocrCache=true} a scan's OCR text is kept
     * under {@code target/bench-ocr-cache/} by the page image's hash and read back on the next run (for
     * iterating on rules; never for the figures reported with a time).
     */
    private InboxFiling filing(FilingFixture station) {
        TikaExtractor tika = new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, FilingFixture.CLOCK.getZone());
        org.swarchive.classify.DocumentExtractor reader = Boolean.parseBoolean(System.getProperty("bench.ocrCache", "false"))
                ? new CachedOcr(tika, Path.of("target", "bench-ocr-cache")) : tika;
        // As swa file: the station's registers as the store holds them when the run starts (none here:
        // the staff profiles and case intakes of the inbox join them as the run files them).
        return new InboxFiling(station.filer(TikaExtractor.DEFAULT_MAX_BYTES), reader, new org.swarchive.classify.Classifier(catalogue),
                catalogue, "JN01", FilingFixture.CLOCK, Runtime.getRuntime().availableProcessors(),
                () -> org.swarchive.archive.SubjectRoster.of(station.store().scan()
                        .filter(i -> i instanceof org.swarchive.store.ScanItem.Filed)
                        .map(i -> ((org.swarchive.store.ScanItem.Filed) i).record()).toList()));
    }

    /**
     * The scans read under each OCR setting in turn, in one run (so the ratios hold under the same
     * load): pages per second, and how many of them the rules then file as their labelled type.
     */
    private void ocrSettings(FilingFixture station, Map<String, Row> byName) {
        List<Map.Entry<String, Row>> scans = byName.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        record Trial(String name, TikaExtractor.OcrSettings settings, int threads) {
        }
        TikaExtractor.OcrSettings d = TikaExtractor.OcrSettings.DEFAULT;
        List<Trial> trials = List.of(
                new Trial("Tika defaults (psm 1, invert on), 200 dpi, 1 thread", TikaExtractor.OcrSettings.TIKA, 1),
                new Trial("psm 3, invert on, 200 dpi, 1 thread", new TikaExtractor.OcrSettings("3", 200, "png", true), 1),
                new Trial("psm 3, invert off, 200 dpi, 1 thread", d, 1),
                new Trial("psm 3, invert off, 150 dpi, 1 thread", new TikaExtractor.OcrSettings("3", 150, "png", false), 1),
                new Trial("psm 3, invert off, 200 dpi, tiff pages, 1 thread", new TikaExtractor.OcrSettings("3", 200, "tiff", false), 1),
                new Trial("psm 3, invert off, 200 dpi, 2 threads (swa file's default)", d, 2),
                new Trial("Tika defaults, 200 dpi, 2 threads", TikaExtractor.OcrSettings.TIKA, 2));
        org.swarchive.classify.Classifier classifier = new org.swarchive.classify.Classifier(catalogue);
        out.printf(Locale.ROOT, "OCR settings over %d scans (%d cores, OMP_THREAD_LIMIT=%s):%n%n", scans.size(),
                Runtime.getRuntime().availableProcessors(), System.getenv().getOrDefault("OMP_THREAD_LIMIT", "unset"));
        out.println("| setting | pages | seconds | pages/s | ratio to first | filed as labelled type | load average |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        // One scan read before the clock starts: class loading and the JIT belong to no setting.
        new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, FilingFixture.CLOCK.getZone())
                .extract(station.inbox.resolve(scans.get(0).getKey()), scans.get(0).getKey());
        double first = 0;
        for (Trial t : trials) {
            TikaExtractor tika = new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, FilingFixture.CLOCK.getZone(), "", t.settings());
            if (!tika.readsScans()) {
                out.println("OCR: tesseract-ocr with chi_sim not installed");
                return;
            }
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(t.threads());
            long t0 = System.nanoTime();
            List<java.util.concurrent.Future<ExtractResult>> reads = scans.stream().map(e -> pool.submit(
                    () -> tika.extract(station.inbox.resolve(e.getKey()), e.getKey()))).toList();
            int read = 0;
            int right = 0;
            for (int i = 0; i < scans.size(); i++) {
                ExtractResult r;
                try {
                    r = reads.get(i).get();
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
                if (r instanceof ExtractResult.Read ok) {
                    read++;
                    if (classifier.classify(ok.extraction()) instanceof org.swarchive.classify.Verdict.File f
                            && f.decision().docType().id().equals(scans.get(i).getValue().docType())) {
                        right++;
                    }
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            double rate = read / secs;
            first = first == 0 ? rate : first;
            out.printf(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f | %d | %.1f |%n", t.name(), read, secs, rate, rate / first, right,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Scans alone, read one after another: pages per second of OCR on this machine. */
    private void ocrSpeed(FilingFixture station, Map<String, Row> byName) {
        TikaExtractor tika = new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, FilingFixture.CLOCK.getZone());
        if (!tika.readsScans()) {
            out.println("OCR: tesseract-ocr with chi_sim not installed; scans go to review");
            return;
        }
        List<Map.Entry<String, Row>> scans = byName.entrySet().stream()
                .filter(e -> List.of("scan-pdf", "jpg", "png", "tiff").contains(e.getValue().format())).toList();
        long t0 = System.nanoTime();
        int read = 0;
        for (Map.Entry<String, Row> e : scans) {
            if (tika.extract(station.inbox.resolve(e.getKey()), e.getKey()) instanceof ExtractResult.Read) {
                read++;
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        out.printf(Locale.ROOT, "OCR: %d scan pages (one page each) read in %.1f s = %.2f pages/s (load average %.1f on %d cores)%n",
                read, secs, read / secs, load, Runtime.getRuntime().availableProcessors());
    }

    /** The labelled archive year: the year the period ends, else the document date's year. */
    private int truthYear(Row r) {
        if (!r.period().isEmpty()) {
            Optional<Period> p = Period.parse(r.period());
            if (p.isPresent()) {
                return p.get().end().getYear();
            }
        }
        return LocalDate.parse(r.documentDate()).getYear();
    }

    /** What is wrong with a filing decision: empty when it is right. */
    private String wrongField(FilingDecision d, Row r) {
        if (!d.docType().id().equals(r.docType())) {
            return "docType";
        }
        DocType t = d.docType();
        if (!r.subject().isEmpty() && t.subject().isPresent() && !d.subject().map(x -> x.equalsIgnoreCase(r.subject())).orElse(false)) {
            return "subject";
        }
        if (d.year() != truthYear(r)) {
            return "archive year";
        }
        if (d.period().isPresent() && !r.period().isEmpty()) {
            Optional<Period> truth = Period.parse(r.period());
            if (truth.isPresent() && !d.period().get().equals(truth.get()) && !d.period().get().encloses(truth.get())) {
                return "period (" + d.period().get().kind() + " vs " + truth.get().kind() + ")";
            }
        }
        return "";
    }

    private void row(String name, int[] g) {
        out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %s | %d | %s | %s |%n", name, g[0], g[1], g[2],
                g[1] == 0 ? "–" : String.format(Locale.ROOT, "%.3f", g[2] / (double) g[1]),
                g[0] == 0 ? "–" : String.format(Locale.ROOT, "%.3f", g[2] / (double) g[0]), g[3],
                g[6] == 0 ? "–" : String.format(Locale.ROOT, "%d/%d", g[4], g[6]),
                g[1] - g[3] == 0 ? "–" : String.format(Locale.ROOT, "%d/%d", g[5], g[1] - g[3]));
    }
}
