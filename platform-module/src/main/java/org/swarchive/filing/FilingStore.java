package org.swarchive.filing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.swarchive.archive.LocalizedText;

/**
 * How a store keeps what filing does (port): where its inbox documents are, how one is moved
 * into the archive with its metadata and moved back, how an unpacked zip becomes documents of the
 * inbox, where the station's 全宗号 is set. The transaction itself — lock, journal, recovery,
 * numbering, copies, the review queue — is {@link StationFiler}'s, the same on every store. The
 * folder store moves files and writes metadata files beside them; Alfresco moves a node and
 * specialises its type.
 */
public interface FilingStore {

    /** A short description for messages, e.g. {@code folder:/srv/station}. */
    String describe();

    /**
     * A document in the inbox.
     *
     * @param id     its path below the station folder, as a scan names it
     * @param ref    the store's handle on it (Alfresco's node id; the path for a folder)
     * @param parent the handle of the folder it waits in
     */
    record Waiting(String id, String name, String ref, String parent, long size) {
    }

    /** The visible documents below the inbox (zips included), and the hidden folders an interrupted unpacking left. */
    record Listing(List<Waiting> documents, List<String> partials) {
        public Listing {
            documents = List.copyOf(documents);
            partials = List.copyOf(partials);
        }
    }

    // ---- the inbox ----------------------------------------------------------------------------

    /** What the inbox holds now; a station (or an inbox) that cannot be read is a {@link org.swarchive.store.StoreException}. */
    Listing inbox();

    /** Removes a hidden folder an interrupted unpacking left (its zip is still in the inbox). */
    void dropPartial(String partial);

    /** A document below the inbox by its id or the store's handle, if it is there now. */
    Optional<Waiting> waiting(String idOrRef);

    /** A local file to read the document from (Tika); empty when it went meanwhile. */
    Optional<Path> local(Waiting document);

    /** The document's content, to hash; the caller closes it. */
    InputStream open(Waiting document) throws IOException;

    /**
     * Puts a document handed in directly (an upload on the station page) into the inbox under
     * {@code name} (mended; a free variant when taken), whole or not at all, and answers it as waiting
     * there. Called holding the station's lock, just before it is filed.
     */
    Waiting receive(String name, Path content);

    /**
     * Takes back a document {@link #receive} put into the inbox and that could not be filed (the
     * store refused the person, or failed): the person who handed it in still has it and is told
     * so, and nothing is left behind in their name. Called holding the station's lock.
     */
    void withdraw(Waiting received);

    // ---- zips ---------------------------------------------------------------------------------

    /** An empty local folder to unpack {@code zip} into. */
    Path stage(Waiting zip) throws IOException;

    /** A staging folder no longer needed (the zip was refused). */
    void discard(Path staged);

    /**
     * Makes the unpacked files documents of the inbox, in one step a reader sees whole or not at
     * all (a folder named after the zip beside it), then keeps the zip in {@code .swa/originals}.
     */
    Unpacked commit(Waiting zip, Path staged) throws IOException;

    /** Where a zip's documents went ({@code 收件箱/六月材料}) and where the zip is kept. */
    record Unpacked(String folder, String keptAs) {
    }

    // ---- filing -------------------------------------------------------------------------------

    /** Makes the target folder below the station (as needed); refuses one outside it. */
    void prepareFolder(String folder);

    /** A name for the record in the folder: {@code name}, or a free variant when the store picks one up front. */
    String freeName(String folder, String name);

    /**
     * Puts the journal entry's document in place as a record: moved into its folder under its
     * name, with its type, aspects and properties. Calls {@code checkpoint} after each step, by
     * the step's name. Done again after a crash, it finishes what is left. Returns the record's id.
     */
    String place(FilingEntry entry, Consumer<String> checkpoint);

    /** Where the journal entry's document is now: filed (with its id), still to place, or gone. */
    Placement where(FilingEntry entry);

    /** After a failed {@link #place}: the document back in the inbox as it was. */
    void undo(FilingEntry entry);

    /** After the document left before it was placed: what a half placing left, removed. */
    void forget(FilingEntry entry);

    /** What became of a journal entry's document. */
    sealed interface Placement permits Placement.Filed, Placement.Pending, Placement.Gone {

        record Filed(String id) implements Placement {
        }

        record Pending() implements Placement {
        }

        record Gone() implements Placement {
        }
    }

    // ---- the review queue, the 全宗号, older notes -----------------------------------------------

    /** The document waits for an archivist for these reasons: where the store shows that on it. */
    default void marked(Waiting document, List<LocalizedText> reasons) {
    }

    /** The 全宗号 set for the station, if any. */
    Optional<String> fonds();

    void setFonds(String fonds);

    /** The codes the station's records already carry. */
    FiledCodes codes();

    /** Brings notes an earlier version kept elsewhere into the filing notes; run holding the lock before anything else. */
    default void upgrade(org.swarchive.store.StationState notes) {
    }

    /** Lets go of local copies. */
    default void close() {
    }
}
