package org.swarchive.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.swarchive.archive.Category;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.Period;
import org.swarchive.classify.Classifier;
import org.swarchive.classify.ExtractResult;
import org.swarchive.classify.FilingDecision;
import org.swarchive.classify.FilingFixture;
import org.swarchive.classify.InboxFiling;
import org.swarchive.classify.TikaExtractor;
import org.swarchive.classify.Verdict;
import org.swarchive.demo.DemoDocuments;
import org.swarchive.demo.DemoDocuments.Format;
import org.swarchive.i18n.Language;

/**
 * Filing benchmark (issue 4), not a test: precision and recall of the filing rules on a labelled
 * corpus made with varied naming and wording, and extraction + classification throughput per
 * format with peak heap. Run: {@code mvn -B -q -Pbench -pl platform-module -am test -DskipTests}.
 * Arguments (system properties): bench.docs (corpus size, default 1500), bench.perFormat (default 300).
 */
public final class FilingBenchmark {

    private static final String[] MESSY = {"新建 Microsoft Word 文档#", "扫描件#", "文档#(终稿)", "微信文件_#", "Document#"};

    private final DocTypeCatalogue catalogue = FilingFixture.CATALOGUE;
    private final DemoDocuments documents = new DemoDocuments();
    private final TikaExtractor tika = new TikaExtractor(TikaExtractor.DEFAULT_MAX_BYTES, ZoneId.of("Asia/Shanghai"));
    private final Classifier classifier = new Classifier(catalogue);
    private final Random random = new Random(20250401L);

    /** One labelled document: what it truly is, and how it was written. */
    record Labelled(String name, Format format, DemoDocuments.Content content, DocType type, Optional<Period> period,
                    Optional<String> subject, String style) {
    }

    public static void main(String[] args) throws Exception {
        int docs = Integer.getInteger("bench.docs", 1500);
        int perFormat = Integer.getInteger("bench.perFormat", 300);
        Path work = Files.createTempDirectory("swa-bench");
        try {
            new FilingBenchmark().run(work, docs, perFormat);
        } finally {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    void run(Path work, int docs, int perFormat) throws Exception {
        System.out.printf(Locale.ROOT, "Filing benchmark: %d labelled documents, %d per format, %d cores, max heap %d MiB%n",
                docs, perFormat, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        accuracy(work.resolve("corpus"), docs);
        for (Format f : List.of(Format.DOCX, Format.XLSX, Format.PDF)) {
            throughput(work.resolve("speed-" + f.extension()), f, perFormat);
        }
        endToEnd(work.resolve("station"), perFormat);
    }

    // ---- accuracy -----------------------------------------------------------------------------

    private void accuracy(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        Map<Category, int[]> byGroup = new EnumMap<>(Category.class); // total, filed, correct
        Map<String, int[]> byStyle = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Labelled l = labelled(i);
            Path file = dir.resolve(i + "-" + l.name());
            documents.write(file, l.format(), l.content());
            ExtractResult r = tika.extract(file, l.name());
            Verdict v = r instanceof ExtractResult.Read read ? classifier.classify(read.extraction()) : null;
            int[] g = byGroup.computeIfAbsent(l.type().category(), k -> new int[3]);
            int[] s = byStyle.computeIfAbsent(l.style(), k -> new int[3]);
            g[0]++;
            s[0]++;
            if (v instanceof Verdict.File f) {
                g[1]++;
                s[1]++;
                if (correct(f.decision(), l)) {
                    g[2]++;
                    s[2]++;
                } else if (wrong.size() < 15) {
                    wrong.add(l.name() + " [" + l.style() + "] truth " + l.type().id() + " " + l.period().map(Period::label).orElse("")
                            + l.subject().map(x -> " " + x).orElse("") + " → filed as " + f.decision().docType().id() + " "
                            + f.decision().period().map(Period::label).orElse("") + f.decision().subject().map(x -> " " + x).orElse(""));
                }
            }
            Files.delete(file);
        }
        System.out.println();
        System.out.println("| doc type group | documents | auto-filed | correct | precision | recall (auto-filed share) |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        int[] all = new int[3];
        byGroup.forEach((c, g) -> {
            row(c.label().in(Language.ZH) + " (" + c.id() + ")", g);
            for (int k = 0; k < 3; k++) {
                all[k] += g[k];
            }
        });
        row("**all**", all);
        System.out.println();
        System.out.println("| naming / wording style | documents | auto-filed | correct | precision | recall |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        byStyle.forEach(this::row);
        if (!wrong.isEmpty()) {
            System.out.println();
            System.out.println("Misfiled (first " + wrong.size() + "):");
            wrong.forEach(w -> System.out.println("- " + w));
        }
    }

    private void row(String name, int[] g) {
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %s | %.3f |%n", name, g[0], g[1], g[2],
                g[1] == 0 ? "–" : String.format(Locale.ROOT, "%.3f", g[2] / (double) g[1]), g[1] / (double) g[0]);
    }

    private static boolean correct(FilingDecision d, Labelled l) {
        return d.docType().id().equals(l.type().id())
                && (l.period().isEmpty() || d.period().equals(l.period()))
                && (l.subject().isEmpty() || d.subject().equals(l.subject()));
    }

    /**
     * A document as people write them: tidy names, names that say nothing, English, a month
     * without its year, synonyms the rules may not know, and vague notes that mention a type.
     */
    Labelled labelled(int i) {
        List<DocType> types = catalogue.all();
        DocType t = types.get(random.nextInt(types.size()));
        int year = 2023 + random.nextInt(3);
        Optional<Period> period = Optional.empty();
        if (t.filing().coversPeriod()) {
            List<Period.Kind> kinds = t.filing().coverage().stream().sorted().toList();
            Period.Kind k = kinds.get(random.nextInt(kinds.size()));
            period = Optional.of(switch (k) {
                case YEAR -> Period.year(year);
                case QUARTER -> Period.quarter(year, 1 + random.nextInt(4));
                default -> Period.month(year, 1 + random.nextInt(12));
            });
        }
        LocalDate date = period.map(Period::end).orElse(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        Optional<String> subject = t.subject().map(s -> s == org.swarchive.archive.SubjectKind.STAFF
                ? String.format("S%02d", 1 + random.nextInt(20)) : String.format("C%03d", 1 + random.nextInt(300)));
        String label = t.shortLabel();
        String when = period.map(FilingBenchmark::zh).orElse("");
        String style = List.of("tidy", "messy-name", "english", "bare-month", "synonym", "vague").get(random.nextInt(6));
        String name;
        String heading;
        switch (style) {
            case "tidy" -> {
                name = period.map(Period::label).orElse(date.toString()) + "-" + label;
                heading = "示范社工站" + when + label;
            }
            case "messy-name" -> {
                name = MESSY[random.nextInt(MESSY.length)].replace("#", i % 7 == 0 ? "" : String.format(" (%03d)", i));
                heading = "示范社工站" + when + label;
            }
            case "english" -> {
                name = t.label().en() + period.map(p -> " " + p.label()).orElse("");
                heading = t.label().en() + period.map(p -> " " + english(p)).orElse("");
            }
            case "bare-month" -> {
                String bare = period.filter(p -> p.kind() == Period.Kind.MONTH).map(p -> p.start().getMonthValue() + "月").orElse(when);
                name = bare + label + "(终稿)";
                heading = bare + label;
            }
            case "synonym" -> {
                name = "材料" + i;
                heading = when + synonym(t);
            }
            default -> {
                name = "新建文本文档 (" + i + ")";
                heading = "关于近期工作的说明";
            }
        }
        List<String> lines = new ArrayList<>();
        if (style.equals("vague")) {
            lines.add("各位同事：");
            lines.add("请于本周内完成以下事项。");
            lines.add("附件：" + when + label + "已上报。");
        } else {
            period.ifPresent(p -> lines.add(style.equals("english") ? "Period: " + english(p) : "所属期间：" + zh(p)));
        }
        subject.ifPresent(s -> lines.add((s.startsWith("S") ? "员工编号：" : "个案编号：") + s));
        lines.add("成文日期：" + date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
        lines.add("正文内容若干。");
        Format format = List.of(Format.DOCX, Format.XLSX, Format.PDF).get(random.nextInt(3));
        return new Labelled(name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + format.extension(), format,
                new DemoDocuments.Content(heading, lines, Optional.empty(), Optional.of(date)), t, period, subject, style);
    }

    /** Other words people use for some types: not all of them are in the rules, on purpose. */
    private static String synonym(DocType t) {
        return switch (t.id()) {
            case "monthly-summary" -> "本月工作小结";
            case "quarterly-summary" -> "季度工作回顾";
            case "annual-summary" -> "年终工作总结";
            case "meeting-minutes" -> "周例会会议纪要";
            case "work-log" -> "社工工作日记";
            case "voucher" -> "报销凭证";
            case "bank-statement" -> "银行对账单";
            case "training-record" -> "继续教育学时证明";
            case "publicity" -> "工作简讯";
            case "community-activity" -> "社区活动总结";
            case "supervision-record" -> "督导会议记录";
            case "staff-profile" -> "个人履历表";
            case "labour-contract" -> "聘用合同书";
            default -> t.label().zh().split("[/(（]")[0];
        };
    }

    static String zh(Period p) {
        return switch (p.kind()) {
            case YEAR -> p.year() + "年度";
            case QUARTER -> p.year() + "年第" + "一二三四".charAt(p.start().getMonthValue() / 3) + "季度";
            default -> p.year() + "年" + p.start().getMonthValue() + "月";
        };
    }

    private static String english(Period p) {
        return switch (p.kind()) {
            case YEAR -> "annual " + p.year();
            case QUARTER -> "Q" + (p.start().getMonthValue() / 3 + 1) + " " + p.year();
            default -> p.start().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + p.year();
        };
    }

    // ---- throughput ---------------------------------------------------------------------------

    private void throughput(Path dir, Format format, int n) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Labelled l = labelled(i);
            Path file = dir.resolve(i + "." + format.extension());
            documents.write(file, format, l.content());
            files.add(file);
        }
        // Warm up the parsers on a tenth, then measure the whole set.
        for (Path f : files.subList(0, Math.max(1, n / 10))) {
            tika.extract(f, f.getFileName().toString());
        }
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        for (Path f : files) {
            ExtractResult r = tika.extract(f, f.getFileName().toString());
            if (r instanceof ExtractResult.Read read) {
                classifier.classify(read.extraction());
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf(Locale.ROOT, "%n%s: %d documents (avg %.1f KiB) extracted and classified in %.2f s = %.0f docs/s, peak heap %d MiB%n",
                format, n, bytes / 1024.0 / n, secs, n / secs, peakHeapMib());
    }

    /** A whole swa file run (extract, classify, number, write metadata, move) on a mixed inbox. */
    private void endToEnd(Path station, int perFormat) throws IOException {
        FilingFixture f = new FilingFixture(station);
        int n = 0;
        for (Format format : List.of(Format.DOCX, Format.XLSX, Format.PDF)) {
            for (int i = 0; i < perFormat / 3; i++) {
                f.monthly(format + "-" + i + "." + format.extension(), 2020 + i % 6, 1 + i % 12, format);
                n++;
            }
        }
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        InboxFiling.Summary s = f.run().run(e -> { });
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "%nswa file end to end (mixed DOCX/XLSX/PDF inbox): %d documents, %d filed, %d queued, %.2f s = %.0f docs/s, peak heap %d MiB%n",
                n, s.filed(), s.queued(), secs, n / secs, peakHeapMib());
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMib() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
