package org.swarchive.classify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.FilingRule;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.SubjectKind;

/**
 * Applies the catalogue's filing rules to one extracted document. Pure: the same extraction and
 * catalogue always give the same verdict. Every step that could go two ways goes to review with
 * its reason; nothing is guessed.
 */
public final class Classifier {

    /** Filed at or above this confidence by default. */
    public static final double DEFAULT_THRESHOLD = 0.8;

    static final double STRONG = 0.9;
    static final double WEAK = 0.5;
    static final double AMBIGUOUS = 0.4;
    static final double PERIOD_FROM_BODY = 0.15;
    static final double YEAR_BORROWED = 0.05;
    static final double DATE_FROM_PROPERTIES = 0.2;

    private final DocTypeCatalogue catalogue;
    private final PeriodFinder periods;
    private final SubjectFinder subjects;
    private final RegisterFields fields;
    private final double threshold;

    public Classifier(DocTypeCatalogue catalogue, double threshold) {
        this.catalogue = catalogue;
        this.periods = new PeriodFinder();
        this.subjects = new SubjectFinder();
        this.fields = new RegisterFields(periods);
        this.threshold = threshold;
    }

    public Classifier(DocTypeCatalogue catalogue) {
        this(catalogue, DEFAULT_THRESHOLD);
    }

    public double threshold() {
        return threshold;
    }

    public Verdict classify(Extraction doc) {
        List<Candidate> candidates = candidates(doc);
        if (candidates.isEmpty()) {
            LocalizedText why = doc.hasText()
                    ? LocalizedText.of("文件名、标题和正文都不符合任何文档类型的归档规则",
                    "neither the name, the title nor the text matches any doc type's filing rules")
                    : LocalizedText.of("文件中没有可读的文字（可能是扫描件，需要人工识别）",
                    "the file has no readable text (a scan? it needs a person to read it)");
            return new Verdict.Review(List.of(why), List.of(), Optional.empty());
        }
        Candidate best = candidates.get(0);
        List<LocalizedText> reasons = new ArrayList<>(best.reasons());
        List<LocalizedText> blockers = new ArrayList<>();
        double confidence = best.score();

        List<Candidate> rivals = rivals(best, candidates);
        if (!rivals.isEmpty()) {
            confidence = Math.min(confidence, AMBIGUOUS);
            blockers.add(LocalizedText.of(
                    "也可能是：" + rivals.stream().map(c -> c.docType().label().zh() + "（“" + c.matched() + "”）")
                            .collect(Collectors.joining("、")),
                    "it could also be: " + rivals.stream().map(c -> c.docType().id() + " ('" + c.matched() + "')")
                            .collect(Collectors.joining(", "))));
        } else if (!best.strong()) {
            blockers.add(LocalizedText.of("只有正文提到“" + best.matched() + "”，文件名和标题没有说明类型",
                    "only the body mentions '" + best.matched() + "'; the name and title do not say what it is"));
        }

        Draft draft = draft(doc, best.docType());
        reasons.addAll(draft.reasons);
        blockers.addAll(draft.blockers);
        confidence -= draft.penalty;
        Optional<FilingDecision> decision = draft.decision(round(Math.max(0, confidence)), reasons);
        if (decision.isEmpty() && blockers.isEmpty()) {
            blockers.add(LocalizedText.of("无法确定年度", "cannot tell the year"));
        }
        if (blockers.isEmpty() && decision.get().confidence() < threshold) {
            blockers.add(LocalizedText.of(String.format("把握度 %.2f 低于归档阈值 %.2f", decision.get().confidence(), threshold),
                    String.format("confidence %.2f is below the filing threshold %.2f", decision.get().confidence(), threshold)));
        }
        if (!blockers.isEmpty()) {
            return new Verdict.Review(blockers, candidates.subList(0, Math.min(5, candidates.size())), decision);
        }
        return new Verdict.File(decision.get());
    }

    /**
     * What the document says about itself once its type is known: period, date, subject and
     * register fields, with what is missing. Used for the rules' own pick and for an archivist's.
     */
    public Draft draft(Extraction doc, DocType type) {
        List<LocalizedText> reasons = new ArrayList<>();
        List<LocalizedText> blockers = new ArrayList<>();
        double penalty = 0;
        String strongText = strongText(doc);
        Optional<Integer> yearHint = yearHint(doc, strongText);
        Map<String, String> stated = new java.util.LinkedHashMap<>(fields.read(type.id(), doc.text()));
        Optional<LocalDate> documentDate = Optional.ofNullable(stated.remove(RecordProperty.DOCUMENT_DATE.key()))
                .map(LocalDate::parse);

        Optional<Period> period = Optional.empty();
        if (type.filing().coversPeriod()) {
            Resolved<Period> p = period(type.filing(), doc, strongText, yearHint);
            period = p.value;
            penalty += p.penalty;
            reasons.addAll(p.reasons);
            blockers.addAll(p.blockers);
        }
        if (documentDate.isEmpty()) {
            Resolved<LocalDate> d = documentDate(doc, strongText, type.filing().coversPeriod());
            documentDate = d.value;
            penalty += d.penalty;
            reasons.addAll(d.reasons);
            blockers.addAll(d.blockers);
        } else {
            reasons.add(LocalizedText.of("成文日期：" + documentDate.get(), "document date: " + documentDate.get()));
        }

        Optional<String> subject = Optional.empty();
        if (type.subject().isPresent()) {
            SubjectKind kind = type.subject().get();
            Set<String> ids = subjects.find(kind, doc);
            if (ids.size() == 1) {
                subject = Optional.of(ids.iterator().next());
                reasons.add(LocalizedText.of(kind.label().zh() + "：" + subject.get(), kind.id() + ": " + subject.get()));
            } else if (ids.isEmpty()) {
                blockers.add(LocalizedText.of("文中没有" + kind.label().zh() + "编号（" + kind.idProperty().key() + "）",
                        "the document names no " + kind.id() + " id (" + kind.idProperty().key() + ")"));
            } else {
                blockers.add(LocalizedText.of("文中有多个" + kind.label().zh() + "编号：" + String.join("、", ids),
                        "the document names several " + kind.id() + " ids: " + String.join(", ", ids)));
            }
        }
        stated.forEach((k, v) -> reasons.add(LocalizedText.of(k + "：" + v, k + ": " + v)));
        return new Draft(type, period, documentDate, subject, stated, penalty, reasons, blockers);
    }

    /** A decision in the making: what was found, what it costs in confidence, what is missing. */
    public record Draft(DocType type, Optional<Period> period, Optional<LocalDate> documentDate, Optional<String> subject,
                        Map<String, String> fields, double penalty, List<LocalizedText> reasons, List<LocalizedText> blockers) {
        public Draft {
            fields = Map.copyOf(fields);
            reasons = List.copyOf(reasons);
            blockers = List.copyOf(blockers);
        }

        /** The decision, when there is a period or a date to place it in a year. */
        public Optional<FilingDecision> decision(double confidence, List<LocalizedText> why) {
            return period.isPresent() || documentDate.isPresent()
                    ? Optional.of(new FilingDecision(type, period, documentDate, subject, fields, confidence, why))
                    : Optional.empty();
        }
    }

    /** Every doc type whose rules the document meets, best first. */
    List<Candidate> candidates(Extraction doc) {
        String name = doc.stem();
        String title = doc.title().orElse("");
        String heading = doc.heading();
        String strong = name + "\n" + title + "\n" + heading;
        List<Candidate> found = new ArrayList<>();
        for (DocType t : catalogue.all()) {
            FilingRule rule = t.filing();
            if (rule.isEmpty() || rule.exclude().stream().anyMatch(p -> p.matcher(strong).find())) {
                continue;
            }
            Optional<String> inName = firstMatch(rule.names(), name);
            Optional<String> inTitle = firstMatch(rule.names(), title);
            Optional<String> inHeading = firstMatch(rule.names(), heading);
            Optional<String> strongMatch = longest(inName, inTitle, inHeading);
            if (strongMatch.isPresent()) {
                int sources = (inName.isPresent() ? 1 : 0) + (inTitle.isPresent() ? 1 : 0) + (inHeading.isPresent() ? 1 : 0);
                String where = inName.isPresent() ? "文件名" : inTitle.isPresent() ? "文档标题" : "正文标题";
                String whereEn = inName.isPresent() ? "file name" : inTitle.isPresent() ? "document title" : "heading";
                found.add(new Candidate(t, true, strongMatch.get(), Math.min(1.0, STRONG + 0.03 * (sources - 1)),
                        List.of(LocalizedText.of(where + "含“" + strongMatch.get() + "”：" + t.label().zh(),
                                whereEn + " says '" + strongMatch.get() + "': " + t.id()))));
                continue;
            }
            List<String> weak = new ArrayList<>();
            for (Pattern p : concat(rule.content(), rule.names())) {
                Matcher m = p.matcher(doc.text());
                if (m.find() && !weak.contains(m.group())) {
                    weak.add(m.group());
                }
            }
            if (!weak.isEmpty()) {
                found.add(new Candidate(t, false, weak.get(0), Math.min(0.65, WEAK + 0.05 * (weak.size() - 1)),
                        List.of(LocalizedText.of("正文含“" + String.join("”“", weak) + "”：" + t.label().zh(),
                                "the text mentions '" + String.join("', '", weak) + "': " + t.id()))));
            }
        }
        // Strong before weak, then the most specific wording (财务月报 before 月报), then the score.
        found.sort(Comparator.comparing((Candidate c) -> !c.strong()).thenComparing(c -> -c.matched().length())
                .thenComparing(c -> -c.score()));
        return List.copyOf(found);
    }

    /** Candidates as strong as the best that the best does not explain away. */
    private static List<Candidate> rivals(Candidate best, List<Candidate> all) {
        return all.stream().filter(c -> c != best && c.strong() == best.strong()
                        && c.score() >= best.score() - 0.1 && !best.subsumes(c))
                .toList();
    }

    private record Resolved<T>(Optional<T> value, double penalty, List<LocalizedText> reasons, List<LocalizedText> blockers) {
    }

    /** The period the document covers, in the kinds its type allows; the name and heading speak first. */
    private Resolved<Period> period(FilingRule rule, Extraction doc, String strongText, Optional<Integer> yearHint) {
        String kinds = rule.coverage().stream().sorted().map(PeriodFinderLabels::zh).collect(Collectors.joining("或"));
        String kindsEn = rule.coverage().stream().sorted().map(k -> k.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(" or "));
        List<PeriodMention> strong = periods.find(strongText, yearHint).stream()
                .filter(m -> rule.coverage().contains(m.kind())).toList();
        Set<Period> distinct = strong.stream().map(PeriodMention::period).collect(Collectors.toCollection(LinkedHashSet::new));
        if (distinct.size() > 1) {
            String list = distinct.stream().map(Period::label).collect(Collectors.joining("、"));
            return new Resolved<>(Optional.empty(), 0, List.of(), List.of(LocalizedText.of(
                    "文件名与标题中的期间不一致：" + list, "the name and heading name different periods: " + list)));
        }
        if (distinct.size() == 1) {
            Period p = distinct.iterator().next();
            boolean borrowed = strong.stream().allMatch(PeriodMention::yearless);
            List<LocalizedText> r = new ArrayList<>();
            r.add(LocalizedText.of("所属期间：" + p.label() + "（“" + strong.get(0).text() + "”）",
                    "period: " + p.label() + " ('" + strong.get(0).text() + "')"));
            if (borrowed) {
                r.add(LocalizedText.of("年度取自文中其他日期", "the year comes from elsewhere in the document"));
            }
            return new Resolved<>(Optional.of(p), borrowed ? YEAR_BORROWED : 0, r, List.of());
        }
        Optional<PeriodMention> inBody = periods.find(doc.text(), yearHint).stream()
                .filter(m -> rule.coverage().contains(m.kind()) && !m.yearless()).findFirst();
        if (inBody.isPresent()) {
            Period p = inBody.get().period();
            return new Resolved<>(Optional.of(p), PERIOD_FROM_BODY, List.of(LocalizedText.of(
                    "所属期间取自正文：" + p.label() + "（“" + inBody.get().text() + "”）",
                    "period from the body: " + p.label() + " ('" + inBody.get().text() + "')")), List.of());
        }
        return new Resolved<>(Optional.empty(), 0, List.of(), List.of(LocalizedText.of(
                "未能确定所属期间（应为" + kinds + "）", "cannot tell the period it covers (a " + kindsEn + ")")));
    }

    /** The date a document stands at: a date in its name or heading, the last date of its text, its properties. */
    private Resolved<LocalDate> documentDate(Extraction doc, String strongText, boolean optional) {
        Optional<LocalDate> inHeading = periods.firstDate(strongText);
        if (inHeading.isPresent()) {
            return new Resolved<>(inHeading, 0, List.of(LocalizedText.of("成文日期：" + inHeading.get(),
                    "document date: " + inHeading.get())), List.of());
        }
        List<PeriodMention> dates = periods.find(doc.text()).stream().filter(m -> m.kind() == Period.Kind.DAY).toList();
        if (!dates.isEmpty()) {
            LocalDate d = dates.get(dates.size() - 1).period().start();
            return new Resolved<>(Optional.of(d), 0, List.of(LocalizedText.of("成文日期取自正文：" + d,
                    "document date from the text: " + d)), List.of());
        }
        if (optional) {
            return new Resolved<>(Optional.empty(), 0, List.of(), List.of());
        }
        if (doc.created().isPresent()) {
            LocalDate d = doc.created().get();
            return new Resolved<>(Optional.of(d), DATE_FROM_PROPERTIES, List.of(LocalizedText.of(
                    "成文日期取自文件属性（创建时间）：" + d, "document date from the file's properties (created): " + d)), List.of());
        }
        return new Resolved<>(Optional.empty(), 0, List.of(), List.of(LocalizedText.of(
                "未能确定成文日期", "cannot tell the document date")));
    }

    /** The year a bare 3月 or 第一季度 belongs to: the first full year named, else the document's dates. */
    private Optional<Integer> yearHint(Extraction doc, String strongText) {
        return periods.find(strongText).stream().map(m -> m.period().end().getYear()).findFirst()
                .or(() -> periods.find(doc.text()).stream().map(m -> m.period().end().getYear()).findFirst())
                .or(() -> doc.created().map(LocalDate::getYear));
    }

    private static String strongText(Extraction doc) {
        return doc.stem() + "\n" + doc.title().orElse("") + "\n" + doc.heading();
    }

    private static Optional<String> firstMatch(List<Pattern> patterns, String text) {
        String best = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (best == null || m.group().length() > best.length()) {
                    best = m.group();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    @SafeVarargs
    private static Optional<String> longest(Optional<String>... matches) {
        return java.util.Arrays.stream(matches).flatMap(Optional::stream).max(Comparator.comparingInt(String::length));
    }

    private static List<Pattern> concat(List<Pattern> a, List<Pattern> b) {
        List<Pattern> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Chinese names of period kinds, for reasons. */
    private static final class PeriodFinderLabels {
        static String zh(Period.Kind k) {
            return switch (k) {
                case YEAR -> "年度";
                case QUARTER -> "季度";
                case MONTH -> "月份";
                case WEEK -> "周";
                case DAY -> "日期";
            };
        }
    }
}
