package org.swarchive.dashboard;

import java.util.Optional;
import org.swarchive.i18n.Language;
import org.swarchive.inspect.WorksheetStore;
import org.swarchive.store.Station;

/**
 * Filing a window's score sheet once its last evaluator submits on the web, as {@code swa inspect
 * submit} does: the station checked and the sheet filed as a permanent record (评估报告) through the
 * one numbering. The app fills this door; without it the sheet waits for {@code swa inspect submit}.
 */
public interface SheetFiling {

    /** Files the complete sheet of {@code window} (again: the one filed before); empty when no filer is behind the pages. */
    Optional<WorksheetStore.Filed> file(Station station, String window, Language lang);

    /** No filer behind the pages. */
    static SheetFiling none() {
        return (station, window, lang) -> Optional.empty();
    }
}
