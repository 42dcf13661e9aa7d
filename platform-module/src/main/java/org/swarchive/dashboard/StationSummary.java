package org.swarchive.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.swarchive.i18n.Language;
import org.swarchive.check.ScoreHistory;
import org.swarchive.evidence.Assessment;

/**
 * One line of the station list, and one element of {@code GET /api/v1/stations}: score, grade,
 * gaps and where the score is heading.
 *
 * @param trend  {@code UP}, {@code DOWN}, {@code STEADY}, or {@code FIRST} when there is no earlier day
 * @param change score now minus the last earlier day's, or null on the first day
 * @param series scores of earlier days and today, oldest first (at most {@link #SERIES} points)
 */
public record StationSummary(String id, String framework, String period, LocalDate asOf, BigDecimal score,
                             BigDecimal total, String grade, long gapCount, long upcomingCount, int records,
                             String trend, BigDecimal change, List<BigDecimal> series, Instant checkedAt) {

    static final int SERIES = 12;

    public StationSummary {
        series = List.copyOf(series);
    }

    static StationSummary of(ReadinessBoard.Snapshot s, Language lang) {
        Assessment a = s.result().assessment();
        ScoreHistory.Trend t = s.trend();
        List<BigDecimal> series = new ArrayList<>(t.earlier().stream().map(ScoreHistory.Entry::score).toList());
        series.add(a.score());
        return new StationSummary(s.station().id(), a.framework().title().in(lang), a.period().label(), a.asOf(), a.score(),
                a.framework().total(), a.grade().map(g -> g.label().in(lang)).orElse(null), a.gaps().size(),
                a.upcoming().size(), s.result().records(), t.direction().name(), t.change().orElse(null),
                series.subList(Math.max(0, series.size() - SERIES), series.size()), s.checkedAt());
    }

    /** Points of an SVG polyline 100 × 24 for the score series (scaled to the framework's total). */
    public String sparkline() {
        if (series.size() < 2) {
            return "";
        }
        double step = 100.0 / (series.size() - 1);
        double max = total.signum() > 0 ? total.doubleValue() : 100;
        List<String> points = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            double y = 23 - 22 * Math.min(1, Math.max(0, series.get(i).doubleValue() / max));
            points.add(String.format(java.util.Locale.ROOT, "%.1f,%.1f", i * step, y));
        }
        return points.stream().collect(Collectors.joining(" "));
    }

    /** When the check ran, to the minute, in this machine's time zone. */
    public String checkedAtText() {
        return java.time.LocalDateTime.ofInstant(checkedAt, java.time.ZoneId.systemDefault())
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString().replace('T', ' ');
    }

    /** The change with its sign, e.g. {@code +2.50}, or empty on the first day. */
    public String signedChange() {
        if (change == null) {
            return "";
        }
        String v = change.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return change.signum() > 0 ? "+" + v : v;
    }
}
