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
}
