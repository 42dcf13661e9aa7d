package org.swarchive.inspect;

import org.swarchive.store.folder.FolderState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.access.InspectionWindow;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;

class InspectionWindowStoreTest {

    @TempDir
    Path station;

    private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-03-15T00:00:00Z");

    @Test
    void should_remember_a_window_after_a_restart_and_end_it_on_time() {
        InspectionWindow opened = new InspectionWindowStore(new FolderState(station)).open("JN01", "assessors", FROM, UNTIL, "head");
        // A new instance reads only what the store holds, as a restarted service would.
        InspectionWindowStore afterRestart = new InspectionWindowStore(new FolderState(station));
        InspectionWindow w = afterRestart.find(opened.id()).orElseThrow();
        assertThat(w.isOpenAt(Instant.parse("2026-03-10T00:00:00Z"))).isTrue();
        assertThat(w.isOverAt(UNTIL)).isTrue();
        assertThat(station.resolve(".swa/inspections/" + opened.id() + ".properties")).exists();
    }

    @Test
    void should_close_a_window_early_for_good() {
        InspectionWindowStore windows = new InspectionWindowStore(new FolderState(station));
        InspectionWindow w = windows.open("JN01", "assessors", FROM, UNTIL, "head");
        windows.close(w.id(), Instant.parse("2026-03-03T12:00:00Z"));
        InspectionWindow reread = new InspectionWindowStore(new FolderState(station)).find(w.id()).orElseThrow();
        assertThat(reread.isOpenAt(Instant.parse("2026-03-05T00:00:00Z"))).isFalse();
        assertThat(reread.effectiveEnd()).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
    }

    @Test
    void should_refuse_a_window_that_ends_before_it_starts_or_names_a_bad_group() throws Exception {
        InspectionWindowStore windows = new InspectionWindowStore(new FolderState(station));
        assertThatThrownBy(() -> windows.open("JN01", "assessors", UNTIL, FROM, "head")).hasMessageContaining("--until");
        assertThatThrownBy(() -> windows.open("JN01", "../etc", FROM, UNTIL, "head"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.in(Language.EN)).contains("evaluator group"));
        assertThat(Files.exists(station.resolve(".swa/inspections"))).isFalse();
    }
}
