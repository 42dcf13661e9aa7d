package org.swarchive.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the indicator page shows: the indicator with its points, the way down to it, its children
 * (a branch) or its requirements with their slots and the files that fill them (a leaf). The
 * slots of all requirements are one list, shown a page at a time: a large station's indicator
 * can have thousands (every case, every month).
 */
public record IndicatorView(String code, String title, BigDecimal weight, BigDecimal points, BigDecimal readiness,
                            boolean notApplicable, long gapCount, List<Crumb> path, List<Row> children,
                            List<RequirementView> requirements, List<FileLink> linked, SlotPage page) {

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

    /**
     * One requirement: what documents, how often, and how each slot stands. {@code slots} are those
     * on the page shown; {@code slotCount} all the viewer may see, on pages {@code firstPage} to
     * {@code lastPage} (0 when there are none); {@code applicable}: the requirement has slots at all.
     */
    public record RequirementView(String docTypes, String cadence, int min, String sum, String per, long filled, long gaps,
                                  long upcoming, List<SlotView> slots, int slotCount, int firstPage, int lastPage,
                                  boolean applicable) {
        public RequirementView {
            slots = List.copyOf(slots);
        }
    }

    /**
     * Which slots are shown: page {@code number} of {@code pages}, slots {@code from} to {@code to}
     * (1-based, 0 when there are none) of {@code total}, {@code size} a page.
     */
    public record SlotPage(int number, int pages, int size, int total, int from, int to) {

        /** Slots {@code (number-1)·size} onwards of {@code total}; a number out of range is the nearest page. */
        static SlotPage of(int requested, int size, int total) {
            int pages = Math.max(1, (total + size - 1) / size);
            int number = Math.min(Math.max(1, requested), pages);
            int from = total == 0 ? 0 : (number - 1) * size + 1;
            return new SlotPage(number, pages, size, total, from, Math.min(total, number * size));
        }

        public boolean paged() {
            return pages > 1;
        }

        public boolean hasPrevious() {
            return number > 1;
        }

        public boolean hasNext() {
            return number < pages;
        }

        /** The page that shows the slot at this 0-based index. */
        int pageOf(int index) {
            return index / size + 1;
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

    /** A file that backs a slot: its id (path in the station), name and folder; withheld from evaluators when sensitive. */
    public record FileLink(String id, String name, String folder, boolean withheld) {
    }
}
