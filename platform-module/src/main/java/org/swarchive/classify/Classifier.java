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
import org.swarchive.archive.SensitiveMarkers;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.FilingRule;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.SubjectKind;
import org.swarchive.archive.SubjectRoster;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

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
    static final double PERIOD_FROM_BODY = 0.08;
    /** A period read from the document's date (a sign-in sheet of 2025-05-12 is of 2025-Q2): type knowledge, nearly sure. */
    static final double PERIOD_FROM_DATE = 0.05;
    static final double YEAR_BORROWED = 0.05;
    static final double DATE_FROM_PROPERTIES = 0.2;
    /** Text read by OCR may hold misread words and digits: such a document is filed only when all else is clear. */
    static final double OCR_CEILING = 0.85;
    static final double OCR_PENALTY = 0.05;
    /** A subject found by the one registered name a body gives, not by its heading or a label: nearly sure. */
    static final double NAME_FROM_BODY = 0.05;

    private final DocTypeCatalogue catalogue;
    private final PeriodFinder periods;
    private final SubjectFinder subjects;
    private final RegisterFields fields;
    private final SubjectNames names = new SubjectNames();
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
        return classify(doc, SubjectRoster.EMPTY);
    }

    /** The verdict, with the station's registers to turn the names a document gives into staff and case ids. */
    public Verdict classify(Extraction doc, SubjectRoster roster) {
        List<Candidate> candidates = candidates(doc);
        if (doc.reading() == Extraction.Reading.SCAN_UNREAD) {
            return new Verdict.Review(List.of(Message.of("classify.scan-needs-ocr")),
                    candidates.subList(0, Math.min(5, candidates.size())), Optional.empty());
        }
        if (NOT_FINAL.matcher(doc.stem() + "\n" + doc.title().orElse("") + "\n" + firstLine(doc.heading())).find()) {
            // A draft or a blank form is not a record (DA/T 22: only the final, signed document is filed).
            return new Verdict.Review(List.of(Message.of("classify.not-final")),
                    candidates.subList(0, Math.min(5, candidates.size())), Optional.empty());
        }
        if (notARecord(doc)) {
            // Not the station's own paperwork: a forwarded article, an advertisement, a model essay, study
            // notes, a rejected applicant's papers, a form nobody filled in (DA/T 22: records of the station's work).
            return new Verdict.Review(List.of(Message.of("classify.not-a-record")),
                    candidates.subList(0, Math.min(5, candidates.size())), Optional.empty());
        }
        if (candidates.isEmpty()) {
            Text why = doc.hasText() ? Message.of("classify.no-rule-matches") : Message.of("classify.no-text");
            return new Verdict.Review(List.of(why), List.of(), Optional.empty());
        }
        Candidate best = candidates.get(0);
        List<Text> reasons = new ArrayList<>(best.reasons());
        List<Text> blockers = new ArrayList<>();
        double confidence = best.score();

        List<Candidate> rivals = rivals(best, candidates);
        if (!rivals.isEmpty()) {
            confidence = Math.min(confidence, AMBIGUOUS);
            blockers.add(Message.of("classify.rivals", Text.join(Message.of("common.list.comma"), rivals.stream()
                    .map(c -> Message.of("classify.rival", c.docType().label(), c.docType().id(), c.matched())).toList())));
        } else if (!best.strong()) {
            blockers.add(Message.of("classify.body-only", best.matched()));
        }

        Draft draft = draft(doc, best.docType(), roster);
        reasons.addAll(draft.reasons);
        blockers.addAll(draft.blockers);
        confidence -= draft.penalty;
        if (doc.ocr()) {
            confidence = Math.min(OCR_CEILING, confidence - OCR_PENALTY);
            reasons.add(Message.of("classify.ocr-read", String.format("%.2f", OCR_CEILING)));
        }
        Optional<FilingDecision> decision = draft.decision(round(Math.max(0, confidence)), reasons);
        if (decision.isEmpty() && blockers.isEmpty()) {
            blockers.add(Message.of("classify.no-year"));
        }
        if (blockers.isEmpty() && decision.get().confidence() < threshold) {
            blockers.add(Message.of("classify.low-confidence", String.format("%.2f", decision.get().confidence()),
                    String.format("%.2f", threshold)));
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
        return draft(doc, type, SubjectRoster.EMPTY);
    }

    /** The same, resolving a person's or a client's name through the registers when the document gives no id. */
    public Draft draft(Extraction doc, DocType type, SubjectRoster roster) {
        List<Text> reasons = new ArrayList<>();
        List<Text> blockers = new ArrayList<>();
        double penalty = 0;
        String strongText = strongText(doc);
        Optional<Integer> yearHint = yearHint(doc, strongText);
        Map<String, String> stated = new java.util.LinkedHashMap<>(fields.read(type.id(), doc.text()));
        Optional<LocalDate> documentDate = Optional.ofNullable(stated.remove(RecordProperty.DOCUMENT_DATE.key()))
                .map(LocalDate::parse);

        FilingRule.DateRule dateRule = type.filing().documentDate();
        if (dateRule == FilingRule.DateRule.FIRST && LEDGER.matcher(doc.stem() + "\n" + doc.title().orElse("") + "\n"
                + firstLine(doc.heading())).find()) {
            // A ledger or a summary list of entries stands at its last entry (登记簿, 台账, 汇总).
            dateRule = FilingRule.DateRule.LAST_ENTRY;
        }
        if (dateRule == FilingRule.DateRule.LAST_ENTRY) {
            // A register's stated date is one of its entries; the latest entry is its date.
            Optional<LocalDate> latest = latestDate(doc, strongText);
            if (latest.isPresent() && (documentDate.isEmpty() || latest.get().isAfter(documentDate.get()))) {
                documentDate = latest;
            }
        }
        if (documentDate.isEmpty()) {
            Resolved<LocalDate> d = documentDate(doc, strongText, type.filing().coversPeriod(), dateRule, yearHint);
            documentDate = d.value;
            penalty += d.penalty;
            reasons.addAll(d.reasons);
            blockers.addAll(d.blockers);
        } else {
            reasons.add(Message.of("classify.document-date", documentDate.get()));
        }

        Optional<Period> period = Optional.empty();
        if (type.filing().coversPeriod()) {
            Resolved<Period> p = period(type.filing(), doc, strongText, yearHint, documentDate);
            period = p.value;
            penalty += p.penalty;
            reasons.addAll(p.reasons);
            blockers.addAll(p.blockers);
        }

        Optional<String> subject = Optional.empty();
        Optional<String> subjectName = Optional.empty();
        if (type.subject().isPresent()) {
            SubjectKind kind = type.subject().get();
            Set<String> ids = subjects.find(kind, doc);
            if (type.id().equals(kind.registerDocType())) {
                // A register document names its subject: kept in its 题名, so the roster knows the name next time.
                subjectName = names.registerName(kind, doc);
            }
            Optional<LocalDate> onDate = documentDate.isPresent() ? documentDate : period.map(Period::end);
            SubjectNames.Found byName = ids.isEmpty() && !type.id().equals(kind.registerDocType())
                    ? names.find(kind, doc, roster, onDate) : new SubjectNames.Found(Map.of(), List.of(), false);
            if (ids.size() == 1) {
                subject = Optional.of(ids.iterator().next());
                reasons.add(Message.of("classify.subject", kind.label(), kind.id(), subject.get()));
            } else if (ids.isEmpty() && byName.ids().size() == 1) {
                Map.Entry<String, String> who = byName.ids().entrySet().iterator().next();
                subject = Optional.of(who.getKey());
                reasons.add(Message.of("classify.subject-by-name", kind.label(), kind.id(), who.getValue(), who.getKey(),
                        registerLabel(kind)));
                penalty += byName.fromBody() ? NAME_FROM_BODY : 0;
            } else if (ids.isEmpty() && byName.ids().size() > 1) {
                blockers.add(Message.of("classify.subject-which", kind.label(), kind.id(), Text.list(byName.ids().entrySet().stream()
                        .map(e -> e.getValue() + " (" + e.getKey() + ")").toList())));
            } else if (ids.isEmpty() && !byName.unknownNames().isEmpty()) {
                blockers.add(Message.of("classify.subject-unregistered", kind.label(), kind.id(), byName.unknownNames().get(0),
                        registerLabel(kind), kind.idProperty().key()));
            } else if (ids.isEmpty()) {
                blockers.add(Message.of("classify.no-subject", kind.label(), kind.id(), kind.idProperty().key()));
            } else {
                blockers.add(Message.of("classify.several-subjects", kind.label(), kind.id(),
                        Text.list(ids)));
            }
        }
        stated.forEach((k, v) -> reasons.add(Message.of("classify.field", k, v)));
        Optional<LocalDate> markersOn = documentDate.isPresent() ? documentDate : period.map(Period::end).or(doc::created);
        return new Draft(type, period, documentDate, subject, stated, penalty, reasons, blockers, sensitiveMarkers(doc, markersOn),
                subjectName);
    }

    /** The register's doc type as people call it (员工档案(履历)), for reasons. */
    private Object registerLabel(SubjectKind kind) {
        return catalogue.find(kind.registerDocType()).<Object>map(DocType::label).orElse(kind.registerDocType());
    }

    /** A decision in the making: what was found, what it costs in confidence, what is missing. */
    public record Draft(DocType type, Optional<Period> period, Optional<LocalDate> documentDate, Optional<String> subject,
                        Map<String, String> fields, double penalty, List<Text> reasons, List<Text> blockers,
                        List<Text> sensitiveMarkers, Optional<String> subjectName) {
        public Draft {
            fields = Map.copyOf(fields);
            reasons = List.copyOf(reasons);
            blockers = List.copyOf(blockers);
            sensitiveMarkers = List.copyOf(sensitiveMarkers);
        }

        /** The decision, when there is a period or a date to place it in a year. */
        public Optional<FilingDecision> decision(double confidence, List<Text> why) {
            return period.isPresent() || documentDate.isPresent()
                    ? Optional.of(new FilingDecision(type, period, documentDate, subject, fields, confidence, why, sensitiveMarkers,
                            subjectName))
                    : Optional.empty();
        }
    }

    /**
     * The markers of sensitive personal information (PIPL art. 28) in the document's name, title and
     * text; a child's age is counted on the day the document speaks of (without one, no age is counted).
     */
    static List<Text> sensitiveMarkers(Extraction doc, Optional<LocalDate> onDate) {
        String text = doc.name() + "\n" + doc.title().orElse("") + "\n" + doc.text();
        return SensitiveMarkers.PIPL_28.find(new SensitiveMarkers.Document(text, onDate.orElse(LocalDate.MIN)));
    }

    /** Every doc type whose rules the document meets, best first. */
    List<Candidate> candidates(Extraction doc) {
        String name = doc.stem();
        String title = doc.title().orElse("");
        String heading = doc.heading();
        String strong = name + "\n" + title + "\n" + heading;
        int nl = heading.indexOf('\n');
        String firstLine = nl < 0 ? heading : heading.substring(0, nl);
        String nextLines = nl < 0 ? "" : heading.substring(nl + 1);
        List<Candidate> found = new ArrayList<>();
        for (DocType t : catalogue.all()) {
            FilingRule rule = t.filing();
            String titleLevel = name + "\n" + title + "\n" + firstLine;
            if (rule.isEmpty() || rule.exclude().stream().anyMatch(p -> p.matcher(titleLevel).find())) {
                continue;
            }
            Optional<String> inName = firstMatch(rule.names(), name);
            Optional<String> inTitle = firstMatch(rule.names(), title);
            Optional<String> inFirst = firstMatch(rule.names(), firstLine);
            Optional<String> inNext = firstMatch(rule.names(), nextLines);
            Optional<String> titleMatch = longest(inName, inTitle, inFirst);
            Optional<String> strongMatch = titleMatch.or(() -> inNext);
            if (strongMatch.isPresent()) {
                int sources = (inName.isPresent() ? 1 : 0) + (inTitle.isPresent() ? 1 : 0)
                        + (inFirst.isPresent() || inNext.isPresent() ? 1 : 0);
                Message where = inName.isPresent() ? Message.of("classify.where.name")
                        : inTitle.isPresent() ? Message.of("classify.where.title") : Message.of("classify.where.heading");
                // The line it was found in, and where in it, for the head-noun rule.
                String line = inName.isPresent() ? name : inTitle.isPresent() ? title : inFirst.isPresent() ? firstLine : "";
                int end = line.isEmpty() ? -1 : lastEnd(rule.names(), line);
                found.add(new Candidate(t, true, strongMatch.get(), Math.min(1.0, STRONG + 0.03 * (sources - 1)),
                        List.of(Message.of("classify.strong-match", where, strongMatch.get(), t.label(), t.id())),
                        titleMatch.isPresent() ? 2 : 1, end, line));
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
                        List.of(Message.of("classify.weak-match", String.join("”“", weak), t.label(),
                                String.join("', '", weak), t.id()))));
            }
        }
        // The name and title before the heading's next lines before the body; then a title's head noun
        // (社区活动签到表 is a 签到表); then the most specific wording (小组活动记录 before 活动记录); then the score.
        found.sort(Comparator.comparing((Candidate c) -> -c.level()).thenComparing(c -> -c.matched().length())
                .thenComparing(c -> -c.score()));
        for (int i = 1; i < found.size(); i++) {
            Candidate c = found.get(i);
            Candidate best = found.get(0);
            if (c.level() == best.level() && c.heads(best) && !best.subsumes(c)) {
                found.remove(i);
                found.add(0, c);
                i = 0;
            }
        }
        return List.copyOf(found);
    }

    /** Words in a name or heading that make a document a ledger of entries, dated by its last. */
    static final Pattern LEDGER = Pattern.compile("汇总|台账|登记簿|一览表|花名册|明细账");

    /** Words that mark a draft, a template or a blank form in a name or title. */
    static final Pattern NOT_FINAL = Pattern.compile("草稿|初稿|征求意见稿|讨论稿|模板|模版|样表|范本|空白|(?i)\\b(draft|template)\\b");

    /** Words in a name, title or first line that mark paper that is not the station's record. */
    static final Pattern NOT_A_RECORD = Pattern.compile("转发|转载|转自|[（(【\\[]转[）)】\\]]|未录用|笔记(?!本)|复习资料|范文|范例|讲义|使用说明|促销");
    /** Words in a text that mark an advertisement or an article shared for information. */
    static final Pattern ADVERT = Pattern.compile("不构成要约|本宣传资料|仅为信息分享|仅供学习交流");
    /** An empty field of a form: a run of underscores, a label with nothing after it, an unfilled date, an empty numbered row. */
    private static final Pattern EMPTY_FIELD = Pattern.compile("_{3,}|＿{2,}|[:：][ \\t　]*$|年[ 　]{1,4}月[ 　]{1,4}日|_+\\s*年|^\\s*\\d{1,2}\\s*$",
            Pattern.MULTILINE);
    /** A written date (2025年3月, 2025-03-10, 20250310): a filled-in form has at least one. */
    private static final Pattern ANY_DATE = Pattern.compile("(?:19|20)\\d\\d\\s*[年./-]\\s*\\d{1,2}|(?:19|20)\\d{2}(?:0[1-9]|1[0-2])\\d{2}");
    /** How many empty fields, in a text with no date, make a blank form. */
    static final int BLANK_FORM_FIELDS = 4;

    static boolean notARecord(Extraction doc) {
        String titleLevel = doc.stem() + "\n" + doc.title().orElse("") + "\n" + firstLine(doc.heading());
        return NOT_A_RECORD.matcher(titleLevel).find() || ADVERT.matcher(doc.text()).find() || blankForm(doc.text());
    }

    /** A form nobody filled in: several empty fields and not one date written anywhere. */
    static boolean blankForm(String text) {
        if (ANY_DATE.matcher(text).find()) {
            return false;
        }
        Matcher m = EMPTY_FIELD.matcher(text);
        int empty = 0;
        while (m.find() && empty < BLANK_FORM_FIELDS) {
            empty++;
        }
        return empty >= BLANK_FORM_FIELDS;
    }

    private static String firstLine(String heading) {
        int nl = heading.indexOf('\n');
        return nl < 0 ? heading : heading.substring(0, nl);
    }

    /** Candidates as strong as the best, found as high up, that the best does not explain away. */
    private static List<Candidate> rivals(Candidate best, List<Candidate> all) {
        return all.stream().filter(c -> c != best && c.strong() == best.strong() && c.level() == best.level()
                        && c.score() >= best.score() - 0.1 && !best.subsumes(c) && !best.heads(c) && !saysMoreIn(best, c))
                .toList();
    }

    /**
     * True when, in the line the rival was found in, the best type's own wording overlaps the rival's and
     * is longer: 小组活动记录表 heads a group's session record named 小组第3节记录, whose rival read only
     * 活动记录表 in that heading.
     */
    private static boolean saysMoreIn(Candidate best, Candidate rival) {
        if (rival.line().isEmpty() || rival.end() < 0) {
            return false;
        }
        int end = lastEnd(rival.docType().filing().names(), rival.line());
        int start = end - rival.matched().length();
        for (Pattern p : best.docType().filing().names()) {
            Matcher m = p.matcher(rival.line());
            while (m.find()) {
                if (m.start() < end && start < m.end() && m.group().length() > rival.matched().length()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the last match of any of the patterns ends in the line. */
    private static int lastEnd(List<Pattern> patterns, String line) {
        int end = -1;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                end = Math.max(end, m.end());
            }
        }
        return end;
    }

    private record Resolved<T>(Optional<T> value, double penalty, List<Text> reasons, List<Text> blockers) {
    }

    /** The period the document covers, in the kinds its type allows; the name and heading speak first. */
    private Resolved<Period> period(FilingRule rule, Extraction doc, String strongText, Optional<Integer> yearHint,
                                    Optional<LocalDate> documentDate) {
        Text kinds = Text.join(Message.of("classify.or"), rule.coverage().stream().sorted().map(Classifier::kindName).toList());
        List<PeriodMention> named = periods.findInTitle(strongText, yearHint);
        // The name, title and first line speak before the heading's next lines (编制日期：2025年12月 under 2026年工作计划).
        String titleLevel = doc.stem() + "\n" + doc.title().orElse("") + "\n" + firstLine(doc.heading());
        List<PeriodMention> strong = withoutNextPlan(periods.findInTitle(titleLevel, yearHint).stream()
                .filter(m -> rule.coverage().contains(m.kind())).toList(), titleLevel);
        if (strong.isEmpty()) {
            strong = withoutNextPlan(named.stream().filter(m -> rule.coverage().contains(m.kind())).toList(), strongText);
        }
        Set<Period> distinct = strong.stream().map(PeriodMention::period).collect(Collectors.toCollection(LinkedHashSet::new));
        if (distinct.size() > 1) {
            // The file name's one period holding the heading's (日志2025年第三季度 over a first line of 2025-09): the name says it.
            Set<Period> inName = periods.findInTitle(doc.stem(), yearHint).stream().filter(m -> rule.coverage().contains(m.kind()))
                    .map(PeriodMention::period).collect(Collectors.toSet());
            if (inName.size() == 1) {
                Period p = inName.iterator().next();
                if (distinct.stream().allMatch(x -> x.equals(p) || p.encloses(x))) {
                    distinct = Set.of(p);
                    strong = strong.stream().filter(m -> m.period().equals(p)).toList();
                }
            }
        }
        if (distinct.size() > 1) {
            Text list = Text.list(distinct.stream().map(Period::label).toList());
            return new Resolved<>(Optional.empty(), 0, List.of(), List.of(Message.of("classify.periods-disagree", list)));
        }
        if (distinct.size() == 1) {
            Period p = distinct.iterator().next();
            boolean borrowed = strong.stream().allMatch(PeriodMention::yearless);
            if (borrowed && documentDate.isPresent()) {
                // A bare 一月份 is the last such month on or before the document's date (一月份总结 of 2025-02-05: 2025-01).
                p = latestOnOrBefore(p, documentDate.get());
            }
            List<Text> r = new ArrayList<>();
            r.add(Message.of("classify.period", p.label(), strong.get(0).text()));
            if (borrowed) {
                r.add(Message.of("classify.year-borrowed"));
            }
            return new Resolved<>(Optional.of(p), borrowed ? YEAR_BORROWED : 0, r, List.of());
        }
        // A date in the name or heading of a document dated inside its period: the period of that date.
        Optional<LocalDate> namedDate = named.stream().filter(m -> m.kind() == Period.Kind.DAY && !m.yearless())
                .map(m -> m.period().start()).findFirst();
        Optional<Period> ofNamedDate = namedDate.filter(d -> rule.documentDate().insidePeriod()).map(d -> enclosing(rule, d))
                // a list's first row is no date of the document when its own date lies in another period
                .filter(p -> documentDate.isEmpty() || !documentDate.get().isBefore(p.start()) && !documentDate.get().isAfter(p.end()));
        if (ofNamedDate.isPresent()) {
            Period p = ofNamedDate.get();
            return new Resolved<>(Optional.of(p), 0, List.of(Message.of("classify.period-from-date", p.label(), namedDate.get())),
                    List.of());
        }
        Optional<PeriodMention> inBody = periods.find(doc.text(), yearHint).stream()
                .filter(m -> rule.coverage().contains(m.kind()) && !m.yearless()).findFirst();
        if (inBody.isPresent()) {
            Period p = inBody.get().period();
            return new Resolved<>(Optional.of(p), PERIOD_FROM_BODY,
                    List.of(Message.of("classify.period-from-body", p.label(), inBody.get().text())), List.of());
        }
        if (documentDate.isPresent()) {
            // Every date the document gives, its own among them, inside one period of a kind its type
            // covers: a register from September to December is of that year, a form of 2025-05-12 of 2025-Q2.
            List<LocalDate> dates = new ArrayList<>(periods.find(doc.text(), yearHint).stream()
                    .filter(m -> m.kind() == Period.Kind.DAY).map(m -> m.period().start()).toList());
            dates.add(documentDate.get());
            Optional<Period> common = common(rule, dates);
            // Not for a report dated by its issue: it is written after the period it covers.
            if (common.isPresent() && rule.documentDate().insidePeriod()) {
                Period p = common.get();
                boolean finest = p.kind() == finestKind(rule);
                LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElseThrow();
                LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
                return new Resolved<>(common, finest ? PERIOD_FROM_DATE : PERIOD_FROM_BODY,
                        List.of(finest ? Message.of("classify.period-from-date", p.label(), documentDate.get())
                                : Message.of("classify.period-from-dates", p.label(), first, last)), List.of());
            }
        }
        return new Resolved<>(Optional.empty(), 0, List.of(), List.of(Message.of("classify.no-period", kinds)));
    }

    /** A period named as the next one's plan (6月份工作总结及7月计划): not the period the document reports on. */
    private static final Pattern PLAN_AFTER = Pattern.compile("^\\s*(?:份)?(?:度)?(?:工作)?(?:计划|打算|安排|思路|重点)");

    /** The mentions without those a title names after an earlier one as the plan ahead, when an earlier one is left. */
    private static List<PeriodMention> withoutNextPlan(List<PeriodMention> mentions, String text) {
        if (mentions.size() < 2) {
            return mentions;
        }
        int first = mentions.stream().mapToInt(PeriodMention::start).min().orElse(0);
        List<PeriodMention> kept = mentions.stream().filter(m -> m.start() == first
                || !PLAN_AFTER.matcher(text.substring(Math.min(text.length(), m.start() + m.text().length()))).find()).toList();
        return kept.isEmpty() ? mentions : kept;
    }

    /** The same month or quarter in the latest year in which it starts on or before the date. */
    private static Period latestOnOrBefore(Period p, LocalDate date) {
        int year = p.start().withYear(date.getYear()).isAfter(date) ? date.getYear() - 1 : date.getYear();
        return switch (p.kind()) {
            case MONTH -> Period.month(year, p.start().getMonthValue());
            case QUARTER -> Period.quarter(year, (p.start().getMonthValue() - 1) / 3 + 1);
            default -> p;
        };
    }

    /** The finest kind of period the type covers. */
    private static Period.Kind finestKind(FilingRule rule) {
        return rule.coverage().contains(Period.Kind.MONTH) ? Period.Kind.MONTH
                : rule.coverage().contains(Period.Kind.QUARTER) ? Period.Kind.QUARTER : Period.Kind.YEAR;
    }

    /** The finest period of a kind the type covers that holds every one of the dates, if any. */
    private static Optional<Period> common(FilingRule rule, List<LocalDate> dates) {
        for (Period.Kind k : List.of(Period.Kind.MONTH, Period.Kind.QUARTER, Period.Kind.YEAR)) {
            if (!rule.coverage().contains(k)) {
                continue;
            }
            Set<Period> found = new java.util.HashSet<>();
            for (LocalDate d : dates) {
                found.add(k == Period.Kind.MONTH ? Period.month(d.getYear(), d.getMonthValue())
                        : k == Period.Kind.QUARTER ? Period.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1)
                        : Period.year(d.getYear()));
            }
            if (found.size() == 1) {
                return Optional.of(found.iterator().next());
            }
        }
        return Optional.empty();
    }

    /** The period of the type's finest kind that holds the date: 2025-05-12 is 2025-05, 2025-Q2 or 2025. */
    private static Period enclosing(FilingRule rule, LocalDate d) {
        if (rule.coverage().contains(Period.Kind.MONTH)) {
            return Period.month(d.getYear(), d.getMonthValue());
        }
        if (rule.coverage().contains(Period.Kind.QUARTER)) {
            return Period.quarter(d.getYear(), (d.getMonthValue() - 1) / 3 + 1);
        }
        return Period.year(d.getYear());
    }

    private static final Pattern SIGNED = Pattern.compile("签订|签署|签字|签约|签章|盖章|(?i)signed");
    private static final Pattern CLOSED = Pattern.compile("结案|(?i)closed");
    /** How far after 签订 or 结案 its date may stand (a form's label, a colon, a line break). */
    private static final int LABEL_REACH = 40;

    private Optional<LocalDate> latestDate(Extraction doc, String strongText) {
        return java.util.stream.Stream.concat(entries(periods.findInTitle(strongText, Optional.empty()), strongText),
                        entries(periods.find(doc.text()), doc.text()))
                .map(m -> m.period().start()).max(Comparator.naturalOrder());
    }

    /** Before a date: it ends a term (合同期限2024-09-02至2026-09-01), it is no entry of a register. */
    private static final Pattern TERM_END = Pattern.compile("(?:至|到|~|～|—|–|-)\\s*$");

    /** The days a text names as entries: not the end of a term it states. */
    private static java.util.stream.Stream<PeriodMention> entries(List<PeriodMention> mentions, String text) {
        return mentions.stream().filter(m -> m.kind() == Period.Kind.DAY)
                .filter(m -> !TERM_END.matcher(text.substring(Math.max(0, m.start() - 3), Math.min(text.length(), m.start()))).find());
    }

    /** The date within reach after the last word such as 签订 or 结案 that has one: signatures stand at the foot. */
    private Optional<LocalDate> dateAfter(Pattern word, String text) {
        List<PeriodMention> dates = periods.find(text).stream().filter(m -> m.kind() == Period.Kind.DAY).toList();
        Matcher w = word.matcher(text);
        Optional<LocalDate> last = Optional.empty();
        while (w.find()) {
            for (PeriodMention d : dates) {
                if (d.start() >= w.end() && d.start() - w.end() <= LABEL_REACH) {
                    last = Optional.of(d.period().start());
                    break;
                }
            }
        }
        return last;
    }

    private static Message dateRuleName(FilingRule.DateRule rule) {
        return switch (rule) {
            case FIRST -> Message.of("classify.date-rule.first");
            case SIGNING -> Message.of("classify.date-rule.signing");
            case CLOSING -> Message.of("classify.date-rule.closing");
            case ISSUE -> Message.of("classify.date-rule.issue");
            case LAST_ENTRY -> Message.of("classify.date-rule.last-entry");
        };
    }

    /** The date a document stands at, by its type's rule; then its properties. */
    private Resolved<LocalDate> documentDate(Extraction doc, String strongText, boolean optional, FilingRule.DateRule rule,
                                             Optional<Integer> yearHint) {
        List<LocalDate> dates = periods.find(doc.text(), yearHint).stream().filter(m -> m.kind() == Period.Kind.DAY)
                .map(m -> m.period().start()).toList();
        Optional<LocalDate> inHeading = periods.findInTitle(strongText, Optional.empty()).stream()
                .filter(m -> m.kind() == Period.Kind.DAY).map(m -> m.period().start()).findFirst();
        // A report's first lines cite the period's dates (截至2024年12月31日); only its name or title dates it.
        Optional<LocalDate> inName = periods.findInTitle(doc.stem() + "\n" + doc.title().orElse(""), Optional.empty()).stream()
                .filter(m -> m.kind() == Period.Kind.DAY).map(m -> m.period().start()).findFirst();
        Optional<LocalDate> byRule = switch (rule) {
            case SIGNING -> dateAfter(SIGNED, doc.text()).or(() -> dates.stream().min(Comparator.naturalOrder()));
            case CLOSING -> dateAfter(CLOSED, doc.text()).or(() -> dates.isEmpty() ? Optional.empty()
                    : Optional.of(dates.get(dates.size() - 1)));
            case LAST_ENTRY -> latestDate(doc, strongText);
            case ISSUE -> inName.or(() -> dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)));
            case FIRST -> inHeading.or(() -> dates.stream().findFirst());
        };
        if (byRule.isPresent()) {
            return new Resolved<>(byRule, 0, List.of(Message.of("classify.document-date-by-rule", byRule.get(),
                    dateRuleName(rule))), List.of());
        }
        if (optional) {
            return new Resolved<>(Optional.empty(), 0, List.of(), List.of());
        }
        if (doc.created().isPresent()) {
            LocalDate d = doc.created().get();
            return new Resolved<>(Optional.of(d), DATE_FROM_PROPERTIES,
                    List.of(Message.of("classify.document-date-from-properties", d)), List.of());
        }
        return new Resolved<>(Optional.empty(), 0, List.of(), List.of(Message.of("classify.no-document-date")));
    }

    /** The year a bare 3月 or 第一季度 belongs to: the first full year named, else the document's dates. */
    private Optional<Integer> yearHint(Extraction doc, String strongText) {
        return periods.findInTitle(strongText, Optional.empty()).stream().map(m -> m.period().end().getYear()).findFirst()
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

    /** What a period of this kind is called, for reasons. */
    private static Message kindName(Period.Kind k) {
        return switch (k) {
            case YEAR -> Message.of("classify.kind.year");
            case QUARTER -> Message.of("classify.kind.quarter");
            case MONTH -> Message.of("classify.kind.month");
            case WEEK -> Message.of("classify.kind.week");
            case DAY -> Message.of("classify.kind.day");
        };
    }
}
