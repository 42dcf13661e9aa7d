package org.swarchive.evidence;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.swarchive.archive.LocalizedText;

/** An evaluation framework: weighted indicators with evidence requirements, and its grades. */
public record Framework(String id, LocalizedText title, BigDecimal total, List<Grade> grades, List<Indicator> indicators) {

    public Framework {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(total, "total");
        grades = grades.stream().sorted(Comparator.comparing(Grade::min).reversed()).toList();
        indicators = List.copyOf(indicators);
    }

    /** The highest grade whose minimum the score reaches. */
    public Optional<Grade> gradeFor(BigDecimal score) {
        return grades.stream().filter(g -> score.compareTo(g.min()) >= 0).findFirst();
    }

    public Stream<Indicator> allIndicators() {
        return indicators.stream().flatMap(Indicator::flatten);
    }

    public Stream<Indicator> leaves() {
        return allIndicators().filter(Indicator::isLeaf);
    }
}
