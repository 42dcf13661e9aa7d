package org.swarchive.dashboard;

import java.nio.file.Path;
import org.swarchive.classify.SlotFiling;
import org.swarchive.store.Station;

/**
 * Closing a gap from the station page: a document handed in for one missing slot, filed at once
 * through the station's filer (the one filing transaction, as {@code swa file}) with the slot's
 * type, period and subject; a contradiction between the document and the slot is answered first
 * ({@link SlotFiling}). The app fills this door for the stations it serves, folder or Alfresco.
 */
public interface GapUpload {

    /**
     * Files {@code content}, named {@code name} by the person who handed it in ({@code by}), into
     * the slot — in a repository as that person, so its permissions decide and the record is theirs.
     * A {@link org.swarchive.store.StoreException} when the store cannot be reached, or refuses the
     * person ({@link org.swarchive.store.StoreException#permissionDenied()}); nothing is filed then.
     */
    SlotFiling.Outcome file(Station station, SlotFiling.Slot slot, Path content, String name, boolean confirmed, SignedIn by);

    /** Whether documents can be handed in at all (a server without a filer shows no form). */
    default boolean available() {
        return true;
    }

    /** No filer behind the pages: no upload form is shown, and a POST files nothing. */
    static GapUpload none() {
        return new GapUpload() {
            @Override
            public SlotFiling.Outcome file(Station station, SlotFiling.Slot slot, Path content, String name, boolean confirmed, SignedIn by) {
                throw new IllegalStateException("no filer behind the dashboard");
            }

            @Override
            public boolean available() {
                return false;
            }
        };
    }
}
