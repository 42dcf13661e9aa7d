package org.swarchive.store.folder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.archive.RecordReader;
import org.swarchive.library.CatalogueLoader;
import org.swarchive.store.ScanItem;

class FolderStateTest {

    @TempDir
    Path station;

    @Test
    void should_keep_notes_under_the_hidden_swa_folder_when_written() {
        FolderState state = new FolderState(station);
        state.write("alerts", "state.json", "{\"a\":1}");
        assertThat(station.resolve(".swa/alerts/state.json")).hasContent("{\"a\":1}");
        assertThat(state.read("alerts", "state.json")).contains("{\"a\":1}");
        assertThat(state.read("alerts", "absent.json")).isEmpty();
    }

    @Test
    void should_replace_the_whole_note_and_leave_no_temporary_file_when_rewritten() throws Exception {
        FolderState state = new FolderState(station);
        state.write("history", "a.json", "x".repeat(10_000));
        state.write("history", "a.json", "short");
        assertThat(state.read("history", "a.json")).contains("short");
        try (var files = Files.list(station.resolve(".swa/history"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.json");
        }
        assertThat(state.list("history")).containsExactly("a.json");
    }

    @Test
    void should_let_exactly_one_of_many_racers_create_a_claim() throws Exception {
        FolderState state = new FolderState(station);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String me = "replica-" + i;
                racers.add(() -> state.create("alerts", "lease", me));
            }
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> f : pool.invokeAll(racers)) {
                won.add(f.get());
            }
            assertThat(won).containsOnlyOnce(true);
            assertThat(state.read("alerts", "lease").orElseThrow()).startsWith("replica-");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void should_refuse_names_that_could_leave_the_area_when_given_one() {
        FolderState state = new FolderState(station);
        for (String bad : List.of("../x", "..", ".hidden", "a/b", "a\\b", "")) {
            assertThatThrownBy(() -> state.write("alerts", bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> state.read(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(station.getParent().resolve("x")).doesNotExist();
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
