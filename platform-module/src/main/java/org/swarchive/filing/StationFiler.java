package org.swarchive.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;
import org.swarchive.store.StoreException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one filing transaction, the same on every store; the store only says how it keeps things
 * ({@link FilingStore}). Filing one document, holding the station's {@link FilingLock}:
 *
 * <ol>
 *   <li>finish what earlier runs left in the journal (recovery: always first under the lock);</li>
 *   <li>check the document is still in the inbox, and that its content (by SHA-256) was not filed before;</li>
 *   <li>make the target folder; draw the next 件号 of the series ({@link Numbering});</li>
 *   <li>write a journal entry ({@link FilingEntry}): which document, to where, with which number;</li>
 *   <li>place it: moved into its folder with its metadata (the store's steps);</li>
 *   <li>move the series' counter, index the content's hash, drop the journal entry.</li>
 * </ol>
 *
 * <p>A store that fails while placing gets the document back where it was and the entry dropped:
 * no number is used. A run that dies midway leaves its entry; the next filer finishes it (the
 * document still waiting or half placed is placed, one filed is counted, one gone is forgotten), so
 * a number is used exactly once and no document is lost or half filed. Zips in the inbox are
 * unpacked first, under the lock, each committed whole or not at all; the review queue lists what
 * the rules could not file. Everything filing keeps is in the station's notes ({@link FilingNotes}).
 */
public class StationFiler implements ArchiveFiler {

    public static final String JOURNAL = FilingNotes.JOURNAL;
    public static final String SERIES = FilingNotes.SERIES;
    public static final String FILED = FilingNotes.FILED;
    public static final String REVIEW = FilingNotes.REVIEW;

    private final FilingStore store;
    private final StationState notes;
    private final FilingLock lock;
    private final Consumer<String> checkpoint;
    private final Numbering numbering;
    private final ZipUnpacker unpacker;
    private final JsonMapper json = JsonMapper.builder().build();
    /** What the last listing found, by inbox id: filing an item listed needs no second look-up. */
    private final Map<String, FilingStore.Waiting> listed = new HashMap<>();

    /**
     * @param checkpoint called after each step of a filing ({@code journal}, the store's own steps,
     *                   {@code counted}): tests throw from it to kill a run there
     */
    protected StationFiler(FilingStore store, StationState notes, FilingLock lock, long maxFileBytes, Consumer<String> checkpoint) {
        this.store = store;
        this.notes = notes;
        this.lock = lock;
        this.checkpoint = checkpoint;
        this.numbering = new Numbering(notes, store.codes());
        this.unpacker = new ZipUnpacker(ZipUnpacker.Limits.forMaxFileSize(maxFileBytes));
    }

    @Override
    public String describe() {
        return store.describe();
    }

    // ---- the inbox ----------------------------------------------------------------------------

    @Override
    public Inbox openInbox() {
        List<InboxProblem> problems = new ArrayList<>();
        lock.holding(() -> {
            recover();
            FilingStore.Listing found = store.inbox();
            found.partials().forEach(store::dropPartial);
            for (FilingStore.Waiting w : found.documents()) {
                if (isZip(w)) {
                    problems.addAll(unpack(w));
                }
            }
            return null;
        });
        listed.clear();
        List<InboxItem> items = new ArrayList<>();
        for (FilingStore.Waiting w : store.inbox().documents()) {
            // A zip still here was refused, and is reported (and queued) as such: not read as a document too.
            if (!isZip(w)) {
                item(w).ifPresent(items::add);
            }
        }
        items.sort(Comparator.comparing(InboxItem::id));
        return new Inbox(items, problems);
    }

    @Override
    public Optional<InboxItem> inboxItem(String id) {
        return store.waiting(id).flatMap(this::item);
    }

    private Optional<InboxItem> item(FilingStore.Waiting w) {
        return store.local(w).map(file -> {
            listed.put(w.id(), w);
            return new InboxItem(w.id(), w.name(), file);
        });
    }

    private static boolean isZip(FilingStore.Waiting w) {
        return w.name().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /** Unpacks one zip into a staging folder, then commits it whole: the zip's documents beside it, the zip kept. */
    private List<InboxProblem> unpack(FilingStore.Waiting zip) {
        try {
            Optional<Path> copy = store.local(zip);
            if (copy.isEmpty()) {
                return List.of();
            }
            Path staged = store.stage(zip);
            List<InboxProblem> found;
            try {
                found = new ArrayList<>(unpacker.unpack(copy.get(), zip.id(), staged));
            } catch (ZipUnpacker.Refused r) {
                store.discard(staged);
                return List.of(new InboxProblem(zip.id(), r.reason(), true));
            }
            FilingStore.Unpacked u = store.commit(zip, staged);
            found.add(new InboxProblem(zip.id(), both(Message.of("filing.zip.unpacked", u.folder(), u.keptAs())), false));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- filing -------------------------------------------------------------------------------

    @Override
    public FilingOutcome file(InboxItem item, FilingRequest request) {
        Optional<FilingStore.Waiting> known = Optional.ofNullable(listed.get(item.id())).or(() -> store.waiting(item.id()));
        Optional<String> hash = known.flatMap(this::hash);
        if (hash.isEmpty()) {
            return new FilingOutcome.Gone(item.id());
        }
        return lock.holding(() -> {
            recover();
            Optional<FilingStore.Waiting> now = store.waiting(known.get().ref());
            if (now.isEmpty()) {
                return new FilingOutcome.Gone(item.id());
            }
            return place(now.get(), item.id(), hash.get(), request);
        });
    }

    @Override
    public Optional<String> filedAs(Path content) {
        return notes.read(FILED, hashOf(content)).map(String::trim);
    }

    private static String hashOf(Path content) {
        try (InputStream in = java.nio.file.Files.newInputStream(content)) {
            return ContentHash.of(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public FilingOutcome receive(String name, Path content, FilingRequest request) {
        String hash = hashOf(content);
        return lock.holding(() -> {
            recover();
            // A copy of a filed record never reaches the inbox: a second upload of it changes nothing.
            Optional<String> before = notes.read(FILED, hash);
            if (before.isPresent()) {
                return new FilingOutcome.Duplicate(name, before.get().trim());
            }
            FilingStore.Waiting received = store.receive(name, content);
            try {
                return place(received, received.id(), hash, request);
            } catch (StoreException | UncheckedIOException e) {
                withdraw(received, e);
                throw e;
            }
        });
    }

    /**
     * A document handed in and not filed is taken out of the inbox again: the person still holds it
     * and is told it was not filed, so nothing half done waits there in their name. Only while it
     * still waits there (the placing was put back): one placed is a record, finished by recovery.
     */
    private void withdraw(FilingStore.Waiting received, RuntimeException cause) {
        try {
            if (store.waiting(received.ref()).isPresent()) {
                store.withdraw(received);
            }
        } catch (RuntimeException again) {
            cause.addSuppressed(again);
        }
    }

    /** Steps 2–6 of a filing, holding the lock, recovery done: the document is in the inbox now. */
    private FilingOutcome place(FilingStore.Waiting now, String itemId, String hash, FilingRequest request) {
        Optional<String> before = notes.read(FILED, hash);
        if (before.isPresent()) {
            return new FilingOutcome.Duplicate(itemId, before.get().trim());
        }
        store.prepareFolder(request.folder());
        Numbering.Drawn drawn = numbering.nextAfterRecovery(request.series());
        String name = store.freeName(request.folder(), SafeNames.mend(request.title() + SafeNames.extensionOf(now.name())));
        FilingEntry entry = FilingEntry.of(now, request, name, drawn.code(), hash);
        String journaled = journalName(entry);
        // Recovery has just emptied the journal: a create, which cannot meet an entry of this document.
        String text = entry.toJson();
        if (!notes.create(JOURNAL, journaled, text)) {
            notes.write(JOURNAL, journaled, text);
        }
        checkpoint.accept("journal");
        String filed;
        try {
            filed = store.place(entry, checkpoint);
        } catch (StoreException | UncheckedIOException e) {
            filed = putBack(entry, journaled, e);
        }
        finish(entry, journaled, filed, drawn);
        return new FilingOutcome.Filed(filed, drawn.code());
    }

    /**
     * After a failed placing: the document back where it was and the entry dropped — unless the
     * placing went through after all (a lost answer), which makes it filed. A failure here too
     * leaves the entry for the next filer.
     */
    private String putBack(FilingEntry entry, String journaled, RuntimeException cause) {
        try {
            if (store.where(entry) instanceof FilingStore.Placement.Filed f) {
                return f.id();
            }
            store.undo(entry);
            notes.delete(JOURNAL, journaled);
        } catch (RuntimeException again) {
            cause.addSuppressed(again);
        }
        throw cause;
    }

    /**
     * The counter, the hash index, the journal entry gone: each may be done again after a crash.
     * {@code drawn}: the number as drawn holding this lock; null in a recovery, which reads the counter afresh.
     */
    private void finish(FilingEntry entry, String journaled, String filed, Numbering.Drawn drawn) {
        if (drawn != null) {
            numbering.used(drawn);
        } else {
            numbering.used(entry.series(), entry.item());
        }
        checkpoint.accept("counted");
        // A create keeps the first record of a content; one already there (an earlier try) stays.
        notes.create(FILED, entry.hash(), entry.code() + " " + filed);
        notes.delete(JOURNAL, journaled);
    }

    /** Notes of an earlier version brought in, then what runs that died left in the journal put right; first under the lock. */
    private void recover() {
        store.upgrade(notes);
        for (String name : notes.list(JOURNAL)) {
            Optional<String> text = notes.read(JOURNAL, name);
            if (text.isEmpty()) {
                continue;
            }
            FilingEntry entry = read(text.get(), JOURNAL, name, FilingEntry::fromJson);
            FilingStore.Placement now = store.where(entry);
            if (now instanceof FilingStore.Placement.Gone) {
                // The document left before it was placed: its number stays unused.
                store.forget(entry);
                notes.delete(JOURNAL, name);
            } else {
                String filed = now instanceof FilingStore.Placement.Filed f ? f.id() : store.place(entry, checkpoint);
                finish(entry, name, filed, null);
            }
        }
    }

    /** One entry a document: named after the store's handle on it. */
    private static String journalName(FilingEntry entry) {
        return ContentHash.ofText(entry.node()).substring(0, 16) + ".json";
    }

    private Optional<String> hash(FilingStore.Waiting w) {
        try (InputStream in = store.open(w)) {
            return Optional.of(ContentHash.of(in));
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    // ---- the 全宗号 ----------------------------------------------------------------------------

    /** The one set for the station, else the one its records carry (none when they carry several). */
    @Override
    public Optional<String> fonds() {
        return store.fonds().or(() -> {
            Set<String> used = store.codes().fondsInUse();
            return used.size() == 1 ? Optional.of(used.iterator().next()) : Optional.empty();
        });
    }

    @Override
    public void setFonds(String fonds) {
        store.setFonds(fonds);
    }

    // ---- the review queue ---------------------------------------------------------------------

    @Override
    public void queue(ReviewItem item) {
        InboxId id = InboxId.parse(item.inboxId());
        Optional<FilingStore.Waiting> doc = id.isEntry() ? Optional.empty()
                : Optional.ofNullable(listed.get(item.inboxId())).flatMap(w -> store.waiting(w.ref())).or(() -> store.waiting(item.inboxId()));
        if (!id.isEntry() && doc.isEmpty()) {
            return;
        }
        notes.write(REVIEW, item.id() + ".json", json.writerWithDefaultPrettyPrinter().writeValueAsString(item));
        doc.ifPresent(w -> store.marked(w, item.reasons()));
    }

    @Override
    public void pruneQueue() {
        for (ReviewItem r : reviewQueue()) {
            if (store.waiting(InboxId.parse(r.inboxId()).document()).isEmpty()) {
                notes.delete(REVIEW, r.id() + ".json");
            }
        }
    }

    @Override
    public List<ReviewItem> reviewQueue() {
        List<ReviewItem> items = new ArrayList<>();
        for (String name : notes.list(REVIEW)) {
            if (name.endsWith(".json")) {
                notes.read(REVIEW, name).ifPresent(text -> items.add(read(text, REVIEW, name, t -> json.readValue(t, ReviewItem.class))));
            }
        }
        items.sort(Comparator.comparing(ReviewItem::inboxId));
        return items;
    }

    // ---- helpers ------------------------------------------------------------------------------

    private <T> T read(String text, String area, String name, java.util.function.Function<String, T> parse) {
        try {
            return parse.apply(text);
        } catch (JacksonException e) {
            throw new StoreException(Message.of("filing.note.unreadable", notes.locate(area, name)), e);
        }
    }

    /** A bundle text kept in both languages, where the reader's is not known yet (a queue entry, a problem). */
    static LocalizedText both(Message message) {
        return LocalizedText.from(message);
    }

    /** Lets go of what a run held locally (the store's downloaded copies). */
    @Override
    public void close() {
        listed.clear();
        store.close();
    }
}
