package org.swarchive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every store's notes must do, so that alerts, score history, inspection windows, access
 * requests and disposal journals behave alike on the folder store and in Alfresco.
 */
public abstract class StationStateContract {

    /** A fresh, empty station's notes. */
    protected abstract StationState state();

    /** A second handle on the same station's notes, as another replica (or a restarted service) would have. */
    protected abstract StationState sameStationElsewhere();

    @Test
    void should_read_what_was_written_when_asked_again() {
        StationState state = state();
        state.write("alerts", "state.json", "{\"a\":\"已提醒\"}");
        assertThat(state.read("alerts", "state.json")).contains("{\"a\":\"已提醒\"}");
        assertThat(state.read("alerts", "absent.json")).isEmpty();
        assertThat(state.read("nowhere", "absent.json")).isEmpty();
    }

    @Test
    void should_replace_the_whole_note_when_rewritten() {
        StationState state = state();
        state.write("history", "a.json", "x".repeat(10_000));
        state.write("history", "a.json", "short");
        assertThat(state.read("history", "a.json")).contains("short");
        assertThat(state.list("history")).containsExactly("a.json");
    }

    @Test
    void should_show_another_replica_what_one_wrote_when_both_use_the_store() {
        state().write("inspections", "w1.properties", "id=w1");
        assertThat(sameStationElsewhere().read("inspections", "w1.properties")).contains("id=w1");
    }

    @Test
    void should_create_only_once_when_the_note_already_exists() {
        StationState state = state();
        assertThat(state.create("alerts", "lease", "replica-1")).isTrue();
        assertThat(sameStationElsewhere().create("alerts", "lease", "replica-2")).isFalse();
        assertThat(state.read("alerts", "lease")).contains("replica-1");
        state.delete("alerts", "lease");
        assertThat(state.read("alerts", "lease")).isEmpty();
        assertThat(state.create("alerts", "lease", "replica-2")).isTrue();
    }

    @Test
    void should_let_exactly_one_of_many_racers_create_a_claim() throws Exception {
        StationState state = state();
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
    void should_keep_every_line_in_order_when_appended() {
        StationState state = state();
        state.append("disposition/P2026-001", "journal.log", "{\"step\":\"intent\"}\n");
        state.append("disposition/P2026-001", "journal.log", "{\"step\":\"destroyed\"}\n");
        assertThat(state.read("disposition/P2026-001", "journal.log")).contains("{\"step\":\"intent\"}\n{\"step\":\"destroyed\"}\n");
    }

    @Test
    void should_keep_every_line_when_two_replicas_append_at_once() throws Exception {
        StationState one = state();
        StationState two = sameStationElsewhere();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (StationState s : List.of(one, two)) {
                writers.add(() -> {
                    for (int i = 0; i < 10; i++) {
                        s.append("access", "register.tsv", s.hashCode() + "-" + i + "\n");
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(writers)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(one.read("access", "register.tsv").orElseThrow().lines()).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void should_list_nested_areas_and_their_notes_when_asked() {
        StationState state = state();
        state.write("disposition/P2026-002", "proposal.json", "{}");
        state.write("disposition/P2026-001", "proposal.json", "{}");
        state.write("disposition/P2026-001", "销毁清册-P2026-001.html", "<p>清册</p>");
        state.write("disposition", "holds.log", "");
        assertThat(state.areas("disposition")).containsExactly("P2026-001", "P2026-002");
        assertThat(state.list("disposition")).containsExactly("holds.log");
        assertThat(state.list("disposition/P2026-001")).containsExactly("proposal.json", "销毁清册-P2026-001.html");
        assertThat(state.read("disposition/P2026-001", "销毁清册-P2026-001.html")).contains("<p>清册</p>");
        assertThat(state.areas("absent")).isEmpty();
        assertThat(state.list("absent")).isEmpty();
        assertThat(state.locate("disposition/P2026-001", "proposal.json")).contains("P2026-001").endsWith("proposal.json");
    }

    @Test
    void should_refuse_names_that_could_leave_the_area_when_given_one() {
        StationState state = state();
        for (String bad : List.of("../x", "..", ".hidden", "a/b", "a\\b", "", "a:b", "x.", "a|b")) {
            assertThatThrownBy(() -> state.write("alerts", bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        for (String bad : List.of("../x", "..", ".hidden", "a\\b", "", "/a", "a//b", "a/")) {
            assertThatThrownBy(() -> state.read(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
