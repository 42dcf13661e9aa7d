package org.swarchive.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.swarchive.evidence.Assessment;
import org.swarchive.store.StationState;
import tools.jackson.databind.json.JsonMapper;

/**
 * Past check results of a station, one note per framework, evaluation period and day under the
 * {@code history} area of its state (a later check on the same day replaces that day's note), so
 * the dashboard can show where readiness is heading.
 */
public final class ScoreHistory {

    static final String AREA = "history";

    private final JsonMapper json = JsonMapper.builder().build();

    /** One day's result: enough to draw a trend and to say how many gaps there were. */
    public record Entry(String framework, String period, LocalDate asOf, BigDecimal score, long gaps, long upcoming,
                        int records) {
    }

    public Entry record(StationState state, CheckResult result) {
        Assessment a = result.assessment();
        Entry e = new Entry(a.framework().id(), a.period().label(), a.asOf(), a.score(), a.gaps().size(),
                a.upcoming().size(), result.records());
        state.write(AREA, name(e.framework(), e.period(), e.asOf()), json.writeValueAsString(e));
        return e;
    }

    /** Entries of one framework and period, oldest first; unreadable notes are skipped. */
    public List<Entry> entries(StationState state, String framework, String period) {
        String prefix = framework + "_" + period + "_";
        return state.list(AREA).stream().filter(n -> n.startsWith(prefix))
                .flatMap(n -> state.read(AREA, n).stream())
                .flatMap(this::parse)
                .sorted(Comparator.comparing(Entry::asOf)).toList();
    }

    /** The trend of a result against the entries of earlier days. */
    public Trend trend(StationState state, CheckResult result) {
        return trend(state, result, Integer.MAX_VALUE);
    }

    /**
     * The same against at most the {@code days} latest earlier days: only their notes are read
     * (names sort by date), so a check costs the same in the station's first week and after years
     * of history — in Alfresco each note read is a request.
     */
    public Trend trend(StationState state, CheckResult result, int days) {
        Assessment a = result.assessment();
        String prefix = a.framework().id() + "_" + a.period().label() + "_";
        String today = name(a.framework().id(), a.period().label(), a.asOf());
        List<String> names = state.list(AREA).stream().filter(n -> n.startsWith(prefix) && n.compareTo(today) < 0).sorted().toList();
        List<Entry> earlier = names.subList(Math.max(0, names.size() - days), names.size()).stream()
                .flatMap(n -> state.read(AREA, n).stream())
                .flatMap(this::parse)
                .filter(e -> e.asOf().isBefore(a.asOf()))
                .sorted(Comparator.comparing(Entry::asOf)).toList();
        return new Trend(earlier.isEmpty() ? Optional.empty() : Optional.of(earlier.get(earlier.size() - 1)), earlier, a.score());
    }

    private java.util.stream.Stream<Entry> parse(String text) {
        try {
            return java.util.stream.Stream.of(json.readValue(text, Entry.class));
        } catch (RuntimeException unreadable) {
            // A note damaged by hand must not take the dashboard down; the trend just has one point less.
            return java.util.stream.Stream.empty();
        }
    }

    static String name(String framework, String period, LocalDate asOf) {
        return framework + "_" + period + "_" + asOf + ".json";
    }

    /** The score now against the last earlier day's, and the earlier days for a sparkline. */
    public record Trend(Optional<Entry> previous, List<Entry> earlier, BigDecimal score) {

        public Trend {
            earlier = List.copyOf(earlier);
        }

        public enum Direction { UP, DOWN, STEADY, FIRST }

        public Optional<BigDecimal> change() {
            return previous.map(p -> score.subtract(p.score()));
        }

        public Direction direction() {
            return change().map(c -> c.signum() > 0 ? Direction.UP : c.signum() < 0 ? Direction.DOWN : Direction.STEADY)
                    .orElse(Direction.FIRST);
        }
    }
}
