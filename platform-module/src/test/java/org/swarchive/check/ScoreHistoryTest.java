package org.swarchive.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.swarchive.DemoStations;
import org.swarchive.store.Station;
import org.swarchive.store.folder.FolderState;

class ScoreHistoryTest {

    @TempDir
    static Path tmp;
    static final DemoStations demo = new DemoStations();
    static Path made;

    @BeforeAll
    static void make() {
        made = demo.make(tmp.resolve("made"));
    }

    @Test
    void should_say_first_check_when_no_earlier_day_was_recorded() {
        Station s = demo.station(DemoStations.copy(made, tmp.resolve("first")), "first");
        CheckResult today = demo.check(s, DemoStations.AS_OF);
        ScoreHistory history = new ScoreHistory();
        history.record(s.state(), today);
        ScoreHistory.Trend t = history.trend(s.state(), today);
        assertThat(t.direction()).isEqualTo(ScoreHistory.Trend.Direction.FIRST);
        assertThat(t.change()).isEmpty();
    }

    @Test
    void should_show_the_score_rising_when_a_gap_was_filled_since_an_earlier_day() {
        Path dir = DemoStations.copy(made, tmp.resolve("rising"));
        Station s = demo.station(dir, "rising");
        ScoreHistory history = new ScoreHistory();
        history.record(s.state(), demo.check(s, LocalDate.of(2026, 3, 30)));
        DemoStations.file(dir, "文书档案/2025/定期10年/2025-07-月度工作总结.txt",
                java.util.Map.of("swa:docType", "monthly-summary", "swa:period", "2025-07"));
        CheckResult today = demo.check(s, DemoStations.AS_OF);
        ScoreHistory.Trend t = history.trend(s.state(), today);
        assertThat(t.direction()).isEqualTo(ScoreHistory.Trend.Direction.UP);
        assertThat(t.change().orElseThrow()).isPositive();
        assertThat(t.previous().orElseThrow().gaps()).isEqualTo(4);
    }

    @Test
    void should_skip_a_damaged_note_when_reading_the_history() {
        Station s = demo.station(DemoStations.copy(made, tmp.resolve("damaged")), "damaged");
        new FolderState(tmp.resolve("damaged")).write("history", "station-star_2025_2026-03-01.json", "{not json");
        CheckResult today = demo.check(s, DemoStations.AS_OF);
        assertThat(new ScoreHistory().trend(s.state(), today).direction()).isEqualTo(ScoreHistory.Trend.Direction.FIRST);
    }

    @Test
    void should_read_only_the_latest_earlier_days_when_the_trend_is_limited() {
        Station s = demo.station(DemoStations.copy(made, tmp.resolve("long")), "long");
        FolderState state = new FolderState(tmp.resolve("long"));
        for (int day = 1; day <= 20; day++) {
            LocalDate d = LocalDate.of(2026, 3, day);
            state.write("history", ScoreHistory.name("station-star", "2025", d), "{\"framework\":\"station-star\",\"period\":\"2025\","
                    + "\"asOf\":\"" + d + "\",\"score\":" + (70 + day) + ",\"gaps\":9,\"upcoming\":0,\"records\":400}");
        }
        // A note that is not the framework's, and a day after the check: neither counts.
        state.write("history", ScoreHistory.name("project-performance", "2025", LocalDate.of(2026, 3, 25)), "{not read");
        state.write("history", ScoreHistory.name("station-star", "2025", LocalDate.of(2026, 4, 2)), "{not read");
        CheckResult today = demo.check(s, DemoStations.AS_OF);
        ScoreHistory.Trend t = new ScoreHistory().trend(s.state(), today, 5);
        assertThat(t.earlier()).extracting(ScoreHistory.Entry::asOf).containsExactly(LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 3, 18), LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 20));
        assertThat(t.previous().orElseThrow().score()).isEqualByComparingTo("90");
        assertThat(new ScoreHistory().trend(s.state(), today).earlier()).as("unlimited: every earlier day").hasSize(20);
    }
}
