package org.swarchive.filing;

import java.util.function.Supplier;

/**
 * The station's filing lock (port): held around drawing an item number and writing the record
 * that carries it, so two writers of codes — two {@code swa file} runs, a run and Share's File now,
 * a filing and the destruction register — never draw the same number. The folder store holds an
 * OS file lock; Alfresco a claim note ({@link NotesClaim}).
 */
@FunctionalInterface
public interface FilingLock {

    /** Runs {@code work} holding the lock; a failure lets go of it. */
    <T> T holding(Supplier<T> work);
}
