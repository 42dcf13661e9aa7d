package org.swarchive.disposition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.swarchive.archive.ArchiveCode;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.ArchiveSeries;
import org.swarchive.archive.Category;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.archive.RecordProperty;
import org.swarchive.archive.Retention;
import org.swarchive.archive.disposition.Appraisal;
import org.swarchive.archive.disposition.AppraisedRecord;
import org.swarchive.archive.disposition.Approval;
import org.swarchive.archive.disposition.DestructionRegister;
import org.swarchive.archive.disposition.DisposalProposal;
import org.swarchive.archive.disposition.Disposition;
import org.swarchive.archive.disposition.DispositionStatus;
import org.swarchive.archive.disposition.Execution;
import org.swarchive.archive.disposition.ExecutionProgress;
import org.swarchive.archive.disposition.Hold;
import org.swarchive.archive.disposition.JournalEntry;
import org.swarchive.archive.disposition.ProposalState;
import org.swarchive.archive.disposition.ProposedItem;
import org.swarchive.archive.disposition.ScheduleRule;
import org.swarchive.archive.disposition.Series;
import org.swarchive.archive.disposition.SignOffRole;
import org.swarchive.archive.disposition.Withdrawal;
import org.swarchive.i18n.Text;
import org.swarchive.store.StationRecords;

/**
 * The disposal workflow, on any store: the archivist proposes a batch of due records, the
 * station head (and for accounting archives the sign-offs of docs/domain.md §6) approve it, and an
 * execution with two 监销人 destroys exactly what is still due and unheld, then files the
 * 销毁清册. Nothing is destroyed anywhere else.
 */
public final class DisposalService {

    static final String REGISTER_DOC_TYPE = "destruction-register";
    private static final String PAGES = "swa:pageCount";

    private final RetentionService retention;
    private final StationRecords records;
    private final DispositionRepository repository;
    private final RegisterWorkbook workbook;
    private final RegisterHtml html;

    public DisposalService(RetentionService retention, RegisterWorkbook workbook, RegisterHtml html) {
        this.retention = retention;
        this.records = retention.records();
        this.repository = retention.repository();
        this.workbook = workbook;
        this.html = html;
    }

    /** A new proposal, and the due records left out of it with the reason (held, already proposed). */
    public record Proposed(DisposalProposal proposal, List<AppraisedRecord> leftOut) {
    }

    /**
     * Proposes the due records that may go: all of them, those of the given series (e.g.
     * {@code WS·2014-D10}), or the given records (ids or archive codes).
     */
    public Proposed propose(String appraiser, LocalDate asOf, LocalDateTime now, Collection<String> series,
                            Collection<String> records, String note) {
        if (appraiser == null || appraiser.isBlank()) {
            throw new DispositionRefusal(Message.of("disposition.disposal.give-appraiser"));
        }
        Appraisal appraisal = retention.appraise(asOf);
        List<Series> due = appraisal.due();
        List<AppraisedRecord> candidates = new ArrayList<>();
        if (!records.isEmpty()) {
            for (String ref : records) {
                AppraisedRecord r = find(appraisal, ref);
                if (r.status() != DispositionStatus.DUE) {
                    throw new DispositionRefusal(Message.of("disposition.disposal.not-due", ref, r.status().label(), r.reason()));
                }
                candidates.add(r);
            }
        } else {
            Set<String> known = due.stream().map(Series::code).collect(Collectors.toSet());
            for (String s : series) {
                if (!known.contains(normalizeSeries(s))) {
                    throw new DispositionRefusal(Message.of("disposition.disposal.no-series", s, Text.list(known)));
                }
            }
            Set<String> wanted = series.stream().map(DisposalService::normalizeSeries).collect(Collectors.toSet());
            due.stream().filter(s -> wanted.isEmpty() || wanted.contains(s.code())).forEach(s -> candidates.addAll(s.records()));
        }
        List<AppraisedRecord> chosen = candidates.stream().filter(r -> r.status() == DispositionStatus.DUE).toList();
        List<AppraisedRecord> leftOut = candidates.stream().filter(r -> r.status() != DispositionStatus.DUE).toList();
        if (chosen.isEmpty()) {
            throw new DispositionRefusal(leftOut.isEmpty() ? Message.of("disposition.disposal.nothing-due", asOf)
                    : Message.of("disposition.disposal.nothing-due-left-out", asOf, leftOut.size()));
        }
        List<ProposedItem> items = chosen.stream().map(DisposalService::itemOf).toList();
        DisposalProposal proposal = null;
        // Two archivists proposing at the same moment get the same next id; the one who loses takes the one after.
        for (int attempt = 0; proposal == null && attempt < 5; attempt++) {
            DisposalProposal candidate = new DisposalProposal(repository.nextProposalId(now.getYear()), now, appraiser.trim(), asOf,
                    fondsOf(chosen), retention.schedule().name(), items, note);
            proposal = repository.save(candidate) ? candidate : null;
        }
        if (proposal == null) {
            throw new DispositionRefusal(Message.of("disposition.disposal.busy"));
        }
        Set<String> ids = items.stream().map(ProposedItem::recordId).collect(Collectors.toSet());
        retention.write(retention.appraise(asOf), ids::contains);
        return new Proposed(proposal, leftOut);
    }

    /** A sign-off recorded, and the sign-offs still missing. */
    public record Approved(DisposalProposal proposal, Approval approval, List<SignOffRole> missing) {
    }

    public Approved approve(String id, SignOffRole role, String name, LocalDateTime at, String comment) {
        DisposalProposal p = repository.require(id);
        if (repository.execution(id).isPresent()) {
            throw new DispositionRefusal(Message.of("disposition.disposal.executing", id));
        }
        refuseIfWithdrawn(id, Message.of("disposition.disposal.step.sign"));
        if (!p.requiredSignOffs().contains(role)) {
            throw new DispositionRefusal(Message.of("disposition.disposal.sign-off-not-needed", id, role.label(), labels(p.requiredSignOffs())));
        }
        Optional<Approval> existing = repository.approvals(id).stream().filter(a -> a.role() == role).findFirst();
        if (existing.isPresent()) {
            throw new DispositionRefusal(Message.of("disposition.disposal.signed-already", role.label(), existing.get().name(),
                    existing.get().at().toLocalDate()));
        }
        if (name == null || name.isBlank()) {
            throw new DispositionRefusal(Message.of("disposition.disposal.give-signer"));
        }
        Approval approval = new Approval(role, name.trim(), at, comment);
        if (!repository.save(id, approval)) {
            Approval other = repository.approvals(id).stream().filter(a -> a.role() == role).findFirst().orElseThrow();
            throw new DispositionRefusal(Message.of("disposition.disposal.signed-just-now", role.label(), other.name()));
        }
        List<SignOffRole> missing = p.missingSignOffs(repository.approvals(id));
        if (missing.isEmpty()) {
            Set<String> ids = p.items().stream().map(ProposedItem::recordId).collect(Collectors.toSet());
            retention.write(retention.appraise(at.toLocalDate()), ids::contains);
        }
        return new Approved(p, approval, missing);
    }

    /** What an execution did: the register (its rows are exactly the records destroyed) and where it is filed. */
    public record Executed(DisposalProposal proposal, Execution execution, ExecutionProgress progress,
                           DestructionRegister register, Optional<String> registerRecord, String registerHtml, boolean resumed) {
    }

    /**
     * Destroys the approved records that are still due and unheld, then files the register. Run
     * again after an interruption, it finishes what was begun and starts nothing twice: a record
     * is listed in the register only once the journal says it is gone, and nothing outside the
     * proposal is ever touched.
     *
     * @param supervisors the two 监销人; may be empty when resuming
     */
    public Executed execute(String id, List<String> supervisors, LocalDateTime at, Language lang) {
        return execute(id, supervisors, at, lang, Progress.NONE);
    }

    /** How far an execution has come, record by record, for a person watching a long one. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void settled(int done, int total);
    }

    /** {@link #execute(String, List, LocalDateTime, Language)}, telling {@code progress} as each record is settled. */
    public Executed execute(String id, List<String> supervisors, LocalDateTime at, Language lang, Progress progressTo) {
        DisposalProposal p = repository.require(id);
        Optional<Execution> started = repository.execution(id);
        if (started.isEmpty()) {
            refuseIfWithdrawn(id, Message.of("disposition.disposal.step.execute"));
        }
        List<Approval> approvals = repository.approvals(id);
        List<SignOffRole> missing = p.missingSignOffs(approvals);
        if (!missing.isEmpty()) {
            throw new DispositionRefusal(Message.of("disposition.disposal.not-approved", id, labels(missing)));
        }
        Execution execution;
        if (started.isPresent()) {
            execution = started.get();
            if (!supervisors.isEmpty() && !Set.copyOf(trimmed(supervisors)).equals(Set.copyOf(execution.supervisors()))) {
                throw new DispositionRefusal(Message.of("disposition.disposal.supervisors-changed", id, execution.at(),
                        Text.list(execution.supervisors())));
            }
        } else {
            List<String> names = trimmed(supervisors);
            if (names.size() != 2 || names.get(0).equals(names.get(1)) || names.stream().anyMatch(String::isEmpty)) {
                throw new DispositionRefusal(Message.of("disposition.disposal.two-supervisors"));
            }
            LocalDateTime lastSignOff = approvals.stream().map(Approval::at).max(LocalDateTime::compareTo).orElse(p.createdAt());
            if (at.isBefore(lastSignOff)) {
                throw new DispositionRefusal(Message.of("disposition.disposal.before-sign-off", at, lastSignOff));
            }
            execution = new Execution(id, names, at);
            if (!repository.save(execution)) {
                throw new DispositionRefusal(Message.of("disposition.disposal.started-elsewhere", id));
            }
        }
        ExecutionProgress progress = repository.progress(id);
        boolean resumed = started.isPresent();
        if (!progress.completed()) {
            destroyAll(p, execution, progress, progressTo);
            progress = repository.progress(id);
            DestructionRegister register = DestructionRegister.of(p, approvals, execution, progress);
            if (progress.register().isEmpty() && register.quantity() > 0) {
                repository.append(id, fileRegister(p, register, lang));
            }
            writeHtml(id, register, lang);
            repository.append(id, new JournalEntry.Completed());
            progress = repository.progress(id);
        }
        DestructionRegister register = DestructionRegister.of(p, approvals, execution, progress);
        return new Executed(p, execution, progress, register,
                progress.register().map(JournalEntry.RegisterFiled::recordId), repository.registerHtml(id), resumed);
    }

    private void destroyAll(DisposalProposal p, Execution execution, ExecutionProgress progress, Progress progressTo) {
        // Holds and the schedule are read again on the day of destruction: a hold placed, or a
        // period lengthened, after approval still saves the record.
        Appraisal now = retention.appraise(execution.at().toLocalDate());
        // Lines that only say what happened wait, and go with the next intent in one durable write
        // (in Alfresco each write is several requests). Losing them to a crash loses nothing: a
        // record whose intent has no "destroyed" is finished when resuming, one not yet decided is
        // decided again.
        List<JournalEntry> pending = new ArrayList<>();
        int done = 0;
        for (ProposedItem item : p.items()) {
            String rid = item.recordId();
            if (progress.interrupted(rid)) {
                finishDestruction(p.id(), item, progress.ref(rid).orElse(null), pending);
            } else if (!progress.settled(rid)) {
                Optional<JournalEntry> decision = spare(rid, now.find(rid), execution.at().toLocalDate());
                if (decision.isPresent()) {
                    pending.add(decision.get());
                } else {
                    // The scan may be minutes old on a large station: the record itself is looked
                    // at once more right before it goes, and the handle read here is the one destroyed.
                    Optional<StationRecords.Stored> stored = records.current(rid);
                    Optional<JournalEntry> late = stored.isEmpty() ? Optional.of(new JournalEntry.Missing(rid)) : heldNow(rid, stored.get());
                    if (late.isPresent()) {
                        pending.add(late.get());
                    } else {
                        pending.add(new JournalEntry.Intent(rid, stored.get().ref()));
                        repository.append(p.id(), pending);
                        pending.clear();
                        finishDestruction(p.id(), item, stored.get().ref(), pending);
                    }
                }
            }
            progressTo.settled(++done, p.items().size());
        }
        if (!pending.isEmpty()) {
            repository.append(p.id(), pending);
        }
    }

    /** Why a record the appraisal names is left alone today, if it is: gone, unreadable, held, or not due any more. */
    private Optional<JournalEntry> spare(String rid, Optional<AppraisedRecord> current, LocalDate on) {
        if (current.isEmpty()) {
            return Optional.of(records.current(rid).isPresent()
                    ? new JournalEntry.Skipped(rid, Message.of("disposition.disposal.metadata-unreadable"))
                    : new JournalEntry.Missing(rid));
        }
        return reasonToSpare(current.get(), on).map(why -> new JournalEntry.Skipped(rid, why));
    }

    /** A hold set on the record itself since the scan. */
    private static Optional<JournalEntry> heldNow(String rid, StationRecords.Stored stored) {
        Map<String, String> m = stored.metadata();
        return "true".equals(m.get(RecordProperty.HOLD.key()))
                ? Optional.of(new JournalEntry.Skipped(rid, new Hold.Flagged(m.get(RecordProperty.HOLD_REASON.key())).reason()))
                : Optional.empty();
    }

    private static Optional<Text> reasonToSpare(AppraisedRecord r, LocalDate on) {
        if (!r.holds().isEmpty()) {
            return Optional.of(r.reason());
        }
        if (!r.expired(on)) {
            return Optional.of(Message.of("disposition.disposal.not-due-now", r.reason()));
        }
        return Optional.empty();
    }

    /** Each step may already be done when resuming: destroying what is gone is a no-op. Its "destroyed" joins {@code pending}. */
    private void finishDestruction(String proposalId, ProposedItem item, String ref, List<JournalEntry> pending) {
        String rid = item.recordId();
        boolean keep = retention.schedule().rule(item.docType()).map(ScheduleRule::keepMetadata).orElse(false);
        if (keep) {
            records.current(rid).filter(s -> !s.metadata().isEmpty() && (ref == null || ref.equals(s.ref())))
                    .ifPresent(s -> {
                        Map<String, String> kept = new LinkedHashMap<>(s.metadata());
                        kept.put(RecordProperty.DISPOSITION_STATUS.key(), DispositionStatus.DESTROYED.id());
                        repository.keepMetadata(proposalId, rid, kept);
                    });
        }
        records.destroy(rid, ref);
        pending.add(new JournalEntry.Destroyed(rid));
    }

    /**
     * Files the register as a permanent destruction-register record. Its code is drawn the
     * station's one way, holding the filing lock (the next 件号 of the fonds' WS·year-Y series);
     * filing it again reuses the code it has; without a 全宗号 it has none.
     */
    private JournalEntry.RegisterFiled fileRegister(DisposalProposal p, DestructionRegister register, Language lang) {
        LocalDate day = register.destroyedAt().toLocalDate();
        int year = day.getYear();
        Retention permanent = new Retention.Permanent();
        String dir = Category.DOCUMENTS.label().in(Language.ZH) + "/" + year + "/" + permanent.label().in(Language.ZH);
        String fileName = day + "-档案销毁清册-" + p.id() + ".xlsx";
        Optional<String> filedCode = records.current(dir + "/" + fileName)
                .map(f -> f.metadata().get(RecordProperty.ARCHIVE_CODE.key()));
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("type", Category.DOCUMENTS.recordType());
        metadata.put("aspects", "swa:retention");
        metadata.put("cm:title", "档案销毁清册（" + p.id() + "）");
        metadata.put(RecordProperty.DOC_TYPE.key(), REGISTER_DOC_TYPE);
        metadata.put(RecordProperty.DOCUMENT_DATE.key(), day.toString());
        metadata.put(RecordProperty.RETENTION.key(), permanent.code());
        metadata.put(RecordProperty.CONFIDENTIALITY.key(), "internal");
        metadata.put(RecordProperty.DISPOSITION_STATUS.key(), DispositionStatus.PERMANENT.id());
        byte[] content = workbook.render(register, lang);
        if (filedCode.isPresent() || p.fonds() == null) {
            filedCode.ifPresent(code -> metadata.put(RecordProperty.ARCHIVE_CODE.key(), code));
            return new JournalEntry.RegisterFiled(records.file(dir, fileName, content, metadata), filedCode.orElse(null));
        }
        StationRecords.Numbered filed = records.fileNumbered(ArchiveSeries.of(p.fonds(), Category.DOCUMENTS, year, permanent),
                dir, fileName, content, metadata);
        return new JournalEntry.RegisterFiled(filed.id(), filed.code().toString());
    }

    private void writeHtml(String id, DestructionRegister register, Language lang) {
        repository.saveRegisterHtml(id, html.render(register, lang));
    }

    /** A proposal taken back, and how many of its records are free again. */
    public record Withdrawn(DisposalProposal proposal, Withdrawal withdrawal, int released) {
    }

    /**
     * Withdraws a proposal nothing of which has been destroyed: it stays on record with who, when
     * and why, and its records go back to what the schedule says of them (due, or held).
     */
    public Withdrawn withdraw(String id, String by, String reason, LocalDateTime at) {
        DisposalProposal p = repository.require(id);
        if (by == null || by.isBlank()) {
            throw new DispositionRefusal(Message.of("disposition.disposal.give-withdrawer"));
        }
        if (reason == null || reason.isBlank()) {
            throw new DispositionRefusal(Message.of("disposition.disposal.give-withdraw-reason"));
        }
        Optional<Execution> execution = repository.execution(id);
        if (execution.isPresent()) {
            boolean done = repository.progress(id).completed();
            throw new DispositionRefusal(done ? Message.of("disposition.disposal.executed-no-withdraw", id)
                    : Message.of("disposition.disposal.started-no-withdraw", id, execution.get().at()));
        }
        refuseIfWithdrawn(id, Message.of("disposition.disposal.step.withdraw"));
        Withdrawal withdrawal = new Withdrawal(by.trim(), at, reason.trim());
        if (!repository.save(id, withdrawal)) {
            refuseIfWithdrawn(id, Message.of("disposition.disposal.step.withdraw"));
        }
        Set<String> ids = p.items().stream().map(ProposedItem::recordId).collect(Collectors.toSet());
        int released = retention.write(retention.appraise(at.toLocalDate()), ids::contains);
        return new Withdrawn(p, withdrawal, released);
    }

    private void refuseIfWithdrawn(String id, Message step) {
        Optional<Withdrawal> w = repository.withdrawal(id);
        if (w.isPresent()) {
            throw new DispositionRefusal(Message.of("disposition.disposal.withdrawn", id, w.get().at(), w.get().by(), w.get().reason(), step));
        }
    }

    /** One proposal as {@code swa disposal show} lists it. */
    public record Overview(DisposalProposal proposal, List<Approval> approvals, List<SignOffRole> missing,
                           Optional<Execution> execution, ExecutionProgress progress, Optional<Withdrawal> withdrawal,
                           ProposalState state) {
    }

    public List<Overview> list() {
        return repository.proposalIds().stream().map(this::show).toList();
    }

    public Overview show(String id) {
        DisposalProposal p = repository.require(id);
        List<Approval> approvals = repository.approvals(id);
        Optional<Execution> execution = repository.execution(id);
        ExecutionProgress progress = repository.progress(id);
        Optional<Withdrawal> withdrawal = repository.withdrawal(id);
        return new Overview(p, approvals, p.missingSignOffs(approvals), execution, progress, withdrawal,
                ProposalState.of(p, approvals, execution, progress, withdrawal));
    }

    /** A record by id (its path in the station) or archive code. */
    static AppraisedRecord find(Appraisal appraisal, String ref) {
        return appraisal.find(ref).or(() -> appraisal.records().stream()
                        .filter(r -> r.archiveCode().filter(ref::equals).isPresent()).findFirst())
                .orElseThrow(() -> new DispositionRefusal(Message.of("disposition.disposal.no-record", ref)));
    }

    private static ProposedItem itemOf(AppraisedRecord r) {
        Disposition.On on = (Disposition.On) r.disposition();
        ArchiveRecord record = r.record();
        Integer pages = record.property(PAGES).filter(v -> v.matches("\\d{1,6}")).map(Integer::valueOf).orElse(null);
        String note = on.term().source().in(Language.ZH) + (on.term().retention() instanceof Retention.AfterEvent
                ? "；起算事件 " + on.from() : "");
        return new ProposedItem(record.id(), r.title(), r.year().getAsInt(), r.archiveCode().orElse(null), record.docType(),
                record.category().id(), on.term().retention().code(), on.date(), pages, note);
    }

    /** The 全宗号 most of the records carry. */
    private static String fondsOf(List<AppraisedRecord> records) {
        Map<String, Long> counts = records.stream().map(AppraisedRecord::archiveCode).flatMap(Optional::stream)
                .map(ArchiveCode::parse).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(ArchiveCode::fonds, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /** Accepts {@code WS·2014-D10}, and {@code WS.2014-D10} for keyboards without the middle dot. */
    private static String normalizeSeries(String s) {
        return s.trim().replace('.', '\u00B7');
    }

    private static List<String> trimmed(List<String> names) {
        return names.stream().map(n -> n == null ? "" : n.trim()).toList();
    }

    static Text labels(Collection<SignOffRole> roles) {
        return Text.join(Message.of("common.list.comma"), roles.stream().map(SignOffRole::label).toList());
    }
}
