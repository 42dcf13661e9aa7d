package org.swarchive.classify;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Period;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.SubjectKind;
import org.swarchive.archive.SubjectRoster;
import org.swarchive.filing.ArchiveFiler;
import org.swarchive.filing.FilingOutcome;
import org.swarchive.filing.FilingRequest;
import org.swarchive.filing.InboxItem;
import org.swarchive.filing.InboxProblem;
import org.swarchive.filing.ReviewIds;
import org.swarchive.filing.ReviewItem;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

/**
 * One {@code swa file} run: every inbox document is read, judged by the filing rules, and filed
 * or queued for review. A document that cannot be read is queued too, with the reason, so an
 * archivist can still file it by hand; one bad document never stops the rest.
 */
public final class InboxFiling {

    /** What happened to one document, reported as it happens. */
    public sealed interface Event permits Event.Filed, Event.Queued, Event.Failed, Event.Skipped, Event.Note {
        String id();

        record Filed(String id, String filedAs, String code, FilingDecision decision) implements Event {
        }

        record Queued(String id, ReviewItem review) implements Event {
        }

        /** Could not be read (or unpacked); queued for an archivist with this reason. */
        record Failed(String id, Text reason) implements Event {
        }

        /** Already filed (by another run, or the same content earlier): nothing done. */
        record Skipped(String id, Text reason) implements Event {
        }

        /** Worth knowing, nothing lost: a zip unpacked, a name mended. */
        record Note(String id, Text reason) implements Event {
        }
    }

    /** The run's totals. */
    public record Summary(int filed, int queued, int failed, int skipped, List<Event> events) {
        public Summary {
            events = List.copyOf(events);
        }
    }

    private final ArchiveFiler filer;
    private final DocumentExtractor extractor;
    private final Classifier classifier;
    private final DocTypeCatalogue catalogue;
    private final String fonds;
    private final Clock clock;
    private final int readers;
    private final java.util.function.Supplier<SubjectRoster> registers;

    /** Reads documents on as many threads as the machine has cores (a scan's OCR keeps one core busy). */
    public InboxFiling(ArchiveFiler filer, DocumentExtractor extractor, Classifier classifier, DocTypeCatalogue catalogue,
                       String fonds, Clock clock) {
        this(filer, extractor, classifier, catalogue, fonds, clock, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param readers how many documents are read (extracted, OCR'd) at once; they are still judged and
     *                filed one at a time, in inbox order
     */
    public InboxFiling(ArchiveFiler filer, DocumentExtractor extractor, Classifier classifier, DocTypeCatalogue catalogue,
                       String fonds, Clock clock, int readers) {
        this(filer, extractor, classifier, catalogue, fonds, clock, readers, () -> SubjectRoster.EMPTY);
    }

    /**
     * @param registers the station's registers as they are when a run starts (the store's staff profiles
     *                  and case intakes): a document that names a person, not an id, is filed under the id
     *                  the register gives that name
     */
    public InboxFiling(ArchiveFiler filer, DocumentExtractor extractor, Classifier classifier, DocTypeCatalogue catalogue,
                       String fonds, Clock clock, int readers, java.util.function.Supplier<SubjectRoster> registers) {
        if (readers < 1) {
            throw new IllegalArgumentException("readers must be at least 1: " + readers);
        }
        this.filer = filer;
        this.extractor = extractor;
        this.classifier = classifier;
        this.catalogue = catalogue;
        this.fonds = fonds;
        this.clock = clock;
        this.readers = readers;
        this.registers = registers;
    }

    /**
     * One run's roster, grown by the register documents it files, and the documents it queued only
     * for want of a subject the roster may know by the end of the run.
     */
    private static final class Run {
        private SubjectRoster roster;
        private final List<Waiting> waiting = new ArrayList<>();

        Run(SubjectRoster roster) {
            this.roster = roster;
        }
    }

    /** A document queued for want of a subject, and how many register entries the run had when it was judged. */
    private record Waiting(InboxItem item, Extraction doc, int registeredAt) {
    }

    public Summary run(Consumer<Event> progress) {
        return run(progress, org.swarchive.store.Progress.NONE);
    }

    /** The same, telling {@code bar} how many of the inbox's documents are done (task {@code filing}). */
    public Summary run(Consumer<Event> progress, org.swarchive.store.Progress bar) {
        List<Event> events = new ArrayList<>();
        Consumer<Event> report = e -> {
            events.add(e);
            progress.accept(e);
        };
        ArchiveFiler.Inbox inbox = filer.openInbox();
        for (InboxProblem p : inbox.problems()) {
            if (p.fatal()) {
                report.accept(new Event.Failed(p.id(), p.reason()));
                filer.queue(new ReviewItem(ReviewIds.of(p.id()), p.id(), now(), List.of(p.reason()),
                        List.of(), Map.of()));
            } else {
                report.accept(new Event.Note(p.id(), p.reason()));
            }
        }
        bar.start("filing", inbox.items().size());
        Run run = new Run(registers.get());
        fileAll(inbox.items(), run, event -> {
            report.accept(event);
            bar.step();
        });
        bar.done();
        // Registers filed in this run may name who an earlier document was about: judge those again.
        for (Waiting w : run.waiting) {
            if (w.registeredAt() < run.roster.entries().size()
                    && classifier.classify(w.doc(), run.roster) instanceof Verdict.File f) {
                Event e = file(w.item(), f.decision(), w.doc(), Optional.empty(), run);
                events.removeIf(x -> x.id().equals(w.item().id()) && x instanceof Event.Queued);
                report.accept(e);
            }
        }
        filer.pruneQueue();
        int filed = 0;
        int queued = 0;
        int failed = 0;
        int skipped = 0;
        for (Event e : events) {
            if (e instanceof Event.Filed) {
                filed++;
            } else if (e instanceof Event.Queued) {
                queued++;
            } else if (e instanceof Event.Failed) {
                failed++;
            } else if (e instanceof Event.Skipped) {
                skipped++;
            }
        }
        return new Summary(filed, queued, failed, skipped, events);
    }

    /**
     * Files one inbox document now, as a run would file it (Share's 立即归档): filed, queued for
     * review with the reasons, or skipped as a copy. A filed document leaves the review queue.
     */
    public Event fileNow(InboxItem item) {
        Event e = fileOne(item, new Run(registers.get()));
        if (e instanceof Event.Filed) {
            filer.pruneQueue();
        }
        return e;
    }

    /**
     * Reads ahead on {@code readers} threads (a bounded window, so a large inbox is not all in memory)
     * and files each document in inbox order on this thread: the filer, the numbering and the queue
     * see one document at a time, as with one reader.
     */
    private void fileAll(List<InboxItem> items, Run run, Consumer<Event> report) {
        if (readers == 1 || items.size() < 2) {
            items.forEach(item -> report.accept(fileOne(item, run)));
            return;
        }
        java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(readers, r -> {
            Thread t = new Thread(r, "swa-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            int window = 2 * readers;
            java.util.ArrayDeque<java.util.concurrent.Future<ExtractResult>> ahead = new java.util.ArrayDeque<>();
            int next = 0;
            for (InboxItem item : items) {
                while (next < items.size() && ahead.size() < window) {
                    InboxItem i = items.get(next++);
                    ahead.add(pool.submit(() -> extractor.extract(i.file(), i.name())));
                }
                report.accept(fileRead(item, await(ahead.poll()), run));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The reading's result; a reader that threw is a document that could not be read, never a lost one. */
    private static ExtractResult await(java.util.concurrent.Future<ExtractResult> reading) {
        try {
            return reading.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new ExtractResult.Failed(ExtractResult.Problem.CORRUPT, Message.of("classify.extract.corrupt",
                    cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("swa file interrupted; the inbox keeps what was not filed", e);
        }
    }

    private Event fileOne(InboxItem item, Run run) {
        return fileRead(item, extractor.extract(item.file(), item.name()), run);
    }

    private Event fileRead(InboxItem item, ExtractResult read, Run run) {
        if (read instanceof ExtractResult.Failed f) {
            // Queued with what the name alone suggests, so the archivist has a head start.
            Verdict fromName = classifier.classify(Extraction.ofText(item.name(), ""));
            queue(item, List.of(f.reason()), fromName);
            return new Event.Failed(item.id(), f.reason());
        }
        Extraction doc = ((ExtractResult.Read) read).extraction();
        Verdict verdict = classifier.classify(doc, run.roster);
        if (verdict instanceof Verdict.Review r) {
            if (r.candidates().stream().findFirst().flatMap(c -> c.docType().subject()).isPresent()) {
                run.waiting.add(new Waiting(item, doc, run.roster.entries().size()));
            }
            return new Event.Queued(item.id(), queue(item, r.reasons(), r));
        }
        return file(item, ((Verdict.File) verdict).decision(), doc, Optional.empty(), run);
    }

    private Event file(InboxItem item, FilingDecision d, Extraction doc, Optional<String> reviewNote, Run run) {
        FilingOutcome outcome = filer.file(item, request(d, doc, item.name(), reviewNote));
        if (outcome instanceof FilingOutcome.Filed f) {
            register(d, run);
            return new Event.Filed(item.id(), f.id(), f.code().toString(), d);
        }
        if (outcome instanceof FilingOutcome.Duplicate dup) {
            return new Event.Skipped(item.id(), Message.of("classify.inbox.duplicate", dup.filedAs()));
        }
        return new Event.Skipped(item.id(), Message.of("classify.inbox.taken"));
    }

    /** A register document just filed joins the run's roster under its id and name. */
    private static void register(FilingDecision d, Run run) {
        Optional<SubjectKind> kind = d.docType().subject().filter(k -> k.registerDocType().equals(d.docType().id()));
        if (kind.isEmpty() || d.subject().isEmpty() || d.subjectName().isEmpty()) {
            return;
        }
        boolean staff = kind.get() == SubjectKind.STAFF;
        java.util.function.Function<RecordProperty, Optional<LocalDate>> date = p -> Optional.ofNullable(d.fields().get(p.key()))
                .map(LocalDate::parse);
        run.roster = run.roster.with(new SubjectRoster.Entry(kind.get(), d.subject().get(), d.subjectName().get(),
                date.apply(staff ? RecordProperty.EMPLOYED_FROM : RecordProperty.CASE_OPENED),
                date.apply(staff ? RecordProperty.EMPLOYED_UNTIL : RecordProperty.CASE_CLOSED)));
    }

    /** The request for a decision, a reviewer's (or uploader's) note and a scan's OCR text added to the description. */
    FilingRequest request(FilingDecision d, Extraction doc, String originalName, Optional<String> note) {
        FilingRequest request = request(d, originalName);
        if (note.isPresent()) {
            Map<String, String> m = new LinkedHashMap<>(request.metadata());
            m.put("cm:description", m.get("cm:description") + "\n" + note.get());
            request = new FilingRequest(request.series(), request.folder(), request.title(), m);
        }
        if (doc.ocr()) {
            // The OCR text is kept on the record so a search finds the scan: cm:description is a
            // metadata entry in the folder store and an indexed property (cm:titled) in Alfresco.
            Map<String, String> m = new LinkedHashMap<>(request.metadata());
            m.put("cm:description", m.get("cm:description") + "\n" + ocrText(doc.text()));
            request = new FilingRequest(request.series(), request.folder(), request.title(), m);
        }
        return request;
    }

    /** Kept text of a scan, whitespace folded, cut so a metadata file stays small. */
    static final int OCR_TEXT_KEPT = 4000;

    static String ocrText(String text) {
        String folded = text.replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
        return "OCR: " + (folded.length() > OCR_TEXT_KEPT ? folded.substring(0, OCR_TEXT_KEPT) : folded);
    }

    private FilingRequest request(FilingDecision d, String originalName) {
        Map<String, String> metadata = new LinkedHashMap<>(d.metadata(d.series(fonds).code(1), originalName));
        metadata.remove(RecordProperty.ARCHIVE_CODE.key());
        return new FilingRequest(d.series(fonds), d.targetFolder(), d.title(), metadata);
    }

    private ReviewItem queue(InboxItem item, List<? extends Text> reasons, Verdict verdict) {
        List<String> candidates = new ArrayList<>();
        Map<String, String> proposal = new LinkedHashMap<>();
        if (verdict instanceof Verdict.Review r) {
            r.candidates().forEach(c -> candidates.add(c.docType().id()));
            r.proposal().ifPresent(p -> proposal.putAll(proposalOf(p)));
        } else if (verdict instanceof Verdict.File f) {
            candidates.add(f.decision().docType().id());
            proposal.putAll(proposalOf(f.decision()));
        }
        ReviewItem review = new ReviewItem(ReviewIds.of(item.id()), item.id(), now(),
                reasons.stream().map(LocalizedText::from).toList(), candidates, proposal);
        filer.queue(review);
        return review;
    }

    private static Map<String, String> proposalOf(FilingDecision d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(RecordProperty.DOC_TYPE.key(), d.docType().id());
        d.period().ifPresent(p -> m.put(RecordProperty.PERIOD.key(), p.label()));
        d.documentDate().ifPresent(x -> m.put(RecordProperty.DOCUMENT_DATE.key(), x.toString()));
        d.subject().ifPresent(s -> d.docType().subject().ifPresent(k -> m.put(k.idProperty().key(), s)));
        m.putAll(d.fields());
        m.put("confidence", String.valueOf(d.confidence()));
        return m;
    }

    /** An archivist's corrections to a queued document; empty fields keep the rules' reading. */
    public record Correction(Optional<String> docType, Optional<Period> period, Optional<LocalDate> documentDate,
                             Optional<String> subject) {
    }

    /** Files a queued document as the archivist says; a missing fact is an error naming the option to give. */
    public Event accept(String reviewId, Correction c) {
        ReviewItem review = filer.reviewQueue().stream().filter(r -> r.id().equals(reviewId)).findFirst()
                .orElseThrow(() -> new InvalidInput(Message.of("classify.accept.no-review", reviewId)));
        InboxItem item = filer.inboxItem(review.inboxId()).orElseThrow(() -> new InvalidInput(
                Message.of("classify.accept.gone", review.inboxId())));
        String typeId = c.docType().or(() -> Optional.ofNullable(review.proposal().get(RecordProperty.DOC_TYPE.key())))
                .or(() -> review.candidates().stream().findFirst())
                .orElseThrow(() -> new InvalidInput(Message.of("classify.accept.give-doc-type")));
        DocType type = catalogue.find(typeId).orElseThrow(() -> new InvalidInput(
                Message.of("classify.accept.unknown-doc-type", typeId)));
        ExtractResult read = extractor.extract(item.file(), item.name());
        Extraction doc = read instanceof ExtractResult.Read r ? r.extraction() : Extraction.ofText(item.name(), "");
        Classifier.Draft draft = classifier.draft(doc, type, registers.get());
        Optional<Period> period = c.period().or(draft::period);
        Optional<LocalDate> date = c.documentDate().or(draft::documentDate);
        Optional<String> subject = c.subject().or(draft::subject);
        if (type.filing().coversPeriod() && period.isEmpty()) {
            throw new InvalidInput(Message.of("classify.accept.give-period"));
        }
        if (period.isEmpty() && date.isEmpty()) {
            throw new InvalidInput(Message.of("classify.accept.give-date"));
        }
        if (type.subject().isPresent() && subject.isEmpty()) {
            throw new InvalidInput(Message.of("classify.accept.give-subject", type.subject().get().label(), type.subject().get().id()));
        }
        List<Text> why = new ArrayList<>(draft.reasons());
        why.add(Message.of("classify.accept.confirmed"));
        FilingDecision d = new FilingDecision(type, period, date, subject, draft.fields(), 1.0, why, draft.sensitiveMarkers(),
                draft.subjectName());
        // Nothing hidden: what the archivist gave is written on the record beside what the rules read.
        StringBuilder note = new StringBuilder("审核确认 / confirmed in review " + reviewId + ":");
        c.docType().ifPresent(v -> note.append(" swa:docType=").append(v));
        c.period().ifPresent(v -> note.append(" swa:period=").append(v.label()));
        c.documentDate().ifPresent(v -> note.append(" swa:documentDate=").append(v));
        c.subject().ifPresent(v -> note.append(" subject=").append(v));
        Event e = file(item, d, doc, Optional.of(note.toString()), new Run(SubjectRoster.EMPTY));
        filer.pruneQueue();
        return e;
    }

    private String now() {
        return LocalDateTime.now(clock).withNano(0).toString();
    }
}
