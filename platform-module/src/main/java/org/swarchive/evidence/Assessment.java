package org.swarchive.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.swarchive.archive.Period;

/**
 * A station's readiness against a framework for an evaluation period on an as-of date: the
 * indicator tree with points, the score and grade, the gaps and the slots coming due.
 */
public record Assessment(Framework framework, Period period, LocalDate asOf, BigDecimal score, Optional<Grade> grade,
                         List<IndicatorResult> indicators, List<Gap> gaps, List<Gap> upcoming) {

    public Assessment {
        indicators = List.copyOf(indicators);
        gaps = List.copyOf(gaps);
        upcoming = List.copyOf(upcoming);
    }

    public Stream<IndicatorResult> allIndicators() {
        return indicators.stream().flatMap(IndicatorResult::flatten);
    }

    public Optional<IndicatorResult> indicator(String code) {
        return allIndicators().filter(r -> r.code().equals(code)).findFirst();
    }
}
