package org.swarchive.evidence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.swarchive.archive.LocalizedText;

/** One indicator of a framework: a branch with children, or a leaf with evidence requirements. */
public record Indicator(String code, LocalizedText title, BigDecimal weight, List<Indicator> children,
                        List<EvidenceRequirement> evidence) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(weight, "weight");
        children = List.copyOf(children);
        evidence = List.copyOf(evidence);
    }

    public static Indicator leaf(String code, LocalizedText title, BigDecimal weight, List<EvidenceRequirement> evidence) {
        return new Indicator(code, title, weight, List.of(), evidence);
    }

    public static Indicator branch(String code, LocalizedText title, BigDecimal weight, List<Indicator> children) {
        return new Indicator(code, title, weight, children, List.of());
    }

    public boolean isLeaf() {
        return children.isEmpty();
    }

    /** This indicator and all below it, depth first. */
    public Stream<Indicator> flatten() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(Indicator::flatten));
    }
}
