package org.swarchive.filing;

import java.util.List;
import java.util.Map;
import org.swarchive.store.ArchiveStore;
import org.swarchive.store.StationRecords;
import org.swarchive.store.StationState;

/**
 * One station on one store, for the filing contract: its inbox to drop documents in, its filers
 * (as runs open them), its records and notes, and a way to put a record there by other means.
 */
public interface FilingStation extends AutoCloseable {

    /** The station's archive, as a check scans it. */
    ArchiveStore store();

    /** The station's records, as disposition writes them (the destruction register). */
    StationRecords records();

    /** The station's notes. */
    StationState notes();

    /** A filer as one run opens it; the caller closes it. */
    ArchiveFiler filer();

    /** Drops a document into the inbox (a folder below it when {@code folder} is not null), as a person does. */
    void drop(String folder, String name, byte[] content);

    /** Puts a filed record at a path below the station folder with this metadata (Bulk Import form), as another program would. */
    void put(String path, Map<String, String> metadata, byte[] content);

    /** Removes a document from below the inbox (its path relative to the inbox), as a person who takes it away. */
    void remove(String inboxPath);

    /** The steps of a filing on this store, in order; the filer's checkpoint is called after each. */
    List<String> steps();

    /** A filer that dies right after {@code step}: {@code hook} throws from the checkpoint, as a killed process stops. */
    ArchiveFiler dying(String step, Runnable hook);

    /** A filer of a run after one that died: once a claim it left would be stale. */
    ArchiveFiler later();

    /** A dead filer's claim given up (stale and taken over), for a writer that does not wait out the stale time. */
    void expireClaims();

    /** The documents below the inbox, by their paths relative to it, sorted. */
    List<String> inboxFiles();

    @Override
    void close();
}
