package org.swarchive.store.folder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ScanItem;
import org.swarchive.store.StationState;
import org.swarchive.store.StationStateContract;

class FolderStateTest extends StationStateContract {

    @TempDir
    Path station;

    @Override
    protected StationState state() {
        return new FolderState(station);
    }

    @Override
    protected StationState sameStationElsewhere() {
        return new FolderState(station);
    }

    @Test
    void should_keep_notes_under_the_hidden_swa_folder_when_written() {
        FolderState state = new FolderState(station);
        state.write("alerts", "state.json", "{\"a\":1}");
        assertThat(station.resolve(".swa/alerts/state.json")).hasContent("{\"a\":1}");
        assertThat(state.read("alerts", "state.json")).contains("{\"a\":1}");
        assertThat(state.read("alerts", "absent.json")).isEmpty();
    }

    @Test
    void should_leave_no_temporary_file_when_a_note_is_rewritten() throws Exception {
        FolderState state = new FolderState(station);
        state.write("history", "a.json", "x".repeat(10_000));
        state.write("history", "a.json", "short");
        try (var files = Files.list(station.resolve(".swa/history"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.json");
        }
    }

    @Test
    void should_keep_nested_areas_as_folders_when_written() {
        new FolderState(station).append("disposition/P2026-001", "journal.log", "{}\n");
        assertThat(station.resolve(".swa/disposition/P2026-001/journal.log")).hasContent("{}\n");
    }

    @Test
    void should_keep_notes_out_of_the_archive_when_the_store_is_scanned() throws Exception {
        Files.writeString(station.resolve("章程.txt"), "x");
        new FolderState(station).write("alerts", "state.json", "{}");
        try (var items = new FolderStore(station, new RecordReader(new CatalogueLoader().shipped())).scan()) {
            assertThat(items.toList()).singleElement().isInstanceOfSatisfying(ScanItem.Unclassified.class,
                    u -> assertThat(u.id()).isEqualTo("章程.txt"));
        }
    }
}
