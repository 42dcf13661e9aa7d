package org.swarchive.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the indicator page shows: the indicator with its points, the way down to it, its children
 * (a branch) or its requirements with every slot and the files that fill it (a leaf).
 */
public record IndicatorView(String code, String title, BigDecimal weight, BigDecimal points, BigDecimal readiness,
                            boolean notApplicable, long gapCount, List<Crumb> path, List<Row> children,
                            List<RequirementView> requirements, List<FileLink> linked) {

    public IndicatorView {
        path = List.copyOf(path);
        children = List.copyOf(children);
        requirements = List.copyOf(requirements);
        linked = List.copyOf(linked);
    }

    /** An indicator above this one, for the breadcrumb. */
    public record Crumb(String code, String title) {
    }

    /** A child indicator: a line of the tree. */
    public record Row(String code, String title, int level, BigDecimal weight, BigDecimal points, BigDecimal readiness,
                      boolean notApplicable, long gapCount, boolean leaf) {
    }

    /** One requirement: what documents, how often, and how each slot stands. */
    public record RequirementView(String docTypes, String cadence, int min, String sum, String per, long filled, long gaps,
                                  long upcoming, List<SlotView> slots) {
        public RequirementView {
            slots = List.copyOf(slots);
        }
    }

    /**
     * A slot: its period (null for standing evidence), subject, due date, status ({@code FILLED},
     * {@code GAP}, {@code UPCOMING}), days overdue (negative: days left) and its files.
     */
    public record SlotView(String period, String subject, LocalDate due, String status, long days, String sum,
                           List<FileLink> files) {
        public SlotView {
            files = List.copyOf(files);
        }
    }

    /** A file that backs a slot: its id (path in the station), name and folder; withheld from evaluators when confidential. */
    public record FileLink(String id, String name, String folder, boolean withheld) {
    }
}
