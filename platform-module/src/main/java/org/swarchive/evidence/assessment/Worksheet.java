package org.swarchive.evidence.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.swarchive.access.InspectionWindow;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.Indicator;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;

/**
 * The worksheet of one inspection window: each evaluator's latest entry per leaf indicator, who
 * has submitted and when, and — when the window names them — the evaluators allowed to score.
 * Several evaluators may score one window; on a leaf more than one scored, the latest entry stands
 * (each entry keeps its author and time, so the sheet says whose it is). An evaluator's entries are
 * editable until they submit; a submission is final.
 *
 * @param evaluators the window's evaluators by name; empty when the window records none (then any
 *                   member of its group may score, as the access policy lets them in)
 */
public record Worksheet(String window, List<EvaluatorEntry> entries, Map<String, Instant> submitted, List<String> evaluators) {

    /** A comment is a note beside the evidence, not a report: long enough for a paragraph. */
    public static final int MAX_COMMENT = 2000;

    public Worksheet {
        Objects.requireNonNull(window, "window");
        entries = List.copyOf(entries);
        submitted = Map.copyOf(submitted);
        evaluators = List.copyOf(evaluators);
    }

    public static Worksheet empty(String window) {
        return new Worksheet(window, List.of(), Map.of(), List.of());
    }

    /**
     * The entry as it may be kept, or refused with the reason: outside the open window, an unknown
     * or non-leaf indicator, points outside 0…weight, a name that is not one of the window's
     * evaluators, an evaluator who has already submitted. Points are kept to two decimals.
     */
    public EvaluatorEntry check(EvaluatorEntry entry, InspectionWindow w, Framework framework) {
        if (!w.id().equals(window)) {
            throw new IllegalArgumentException("entry for window " + w.id() + " checked against worksheet " + window);
        }
        checkEvaluator(entry.author());
        if (!w.isOpenAt(entry.at())) {
            throw new InvalidInput(Message.of("evaluation.refused.window-not-open", w.id(), w.from().toString(), w.effectiveEnd().toString()));
        }
        Indicator indicator = framework.allIndicators().filter(i -> i.code().equals(entry.indicator())).findFirst()
                .orElseThrow(() -> new InvalidInput(Message.of("evaluation.refused.unknown-indicator", entry.indicator(), framework.id())));
        if (!indicator.isLeaf()) {
            throw new InvalidInput(Message.of("evaluation.refused.not-a-leaf", indicator.code(),
                    String.join(", ", indicator.flatten().filter(Indicator::isLeaf).map(Indicator::code).toList())));
        }
        Optional<BigDecimal> points = entry.points().map(p -> p.setScale(2, RoundingMode.HALF_UP));
        if (points.isPresent() && (points.get().signum() < 0 || points.get().compareTo(indicator.weight()) > 0)) {
            throw new InvalidInput(Message.of("evaluation.refused.points-out-of-range", entry.points().get().toPlainString(),
                    indicator.code(), indicator.weight().stripTrailingZeros().toPlainString()));
        }
        if (entry.comment().length() > MAX_COMMENT) {
            throw new InvalidInput(Message.of("evaluation.refused.comment-too-long", MAX_COMMENT));
        }
        if (submitted.containsKey(entry.author())) {
            throw new InvalidInput(Message.of("evaluation.refused.submitted", entry.author(), submitted.get(entry.author()).toString()));
        }
        return new EvaluatorEntry(entry.indicator(), entry.verdict(), points, entry.comment(), entry.author(), entry.at());
    }

    /** This worksheet with the entry kept: it replaces the same evaluator's earlier entry on the indicator. */
    public Worksheet with(EvaluatorEntry entry) {
        List<EvaluatorEntry> kept = new ArrayList<>(entries.stream()
                .filter(e -> !(e.author().equals(entry.author()) && e.indicator().equals(entry.indicator()))).toList());
        kept.add(entry);
        return new Worksheet(window, kept, submitted, evaluators);
    }

    /** Refuses a submission that cannot be: a stranger, a second one, one before the window opens. */
    public void checkSubmission(String author, InspectionWindow w, Instant at) {
        checkEvaluator(author);
        if (at.isBefore(w.from())) {
            throw new InvalidInput(Message.of("evaluation.refused.window-not-open", w.id(), w.from().toString(), w.effectiveEnd().toString()));
        }
        if (submitted.containsKey(author)) {
            throw new InvalidInput(Message.of("evaluation.refused.submitted", author, submitted.get(author).toString()));
        }
    }

    public Worksheet submittedBy(String author, Instant at) {
        Map<String, Instant> all = new LinkedHashMap<>(submitted);
        all.put(author, at);
        return new Worksheet(window, entries, all, evaluators);
    }

    private void checkEvaluator(String author) {
        if (author == null || author.isBlank()) {
            throw new InvalidInput(Message.of("evaluation.refused.no-author"));
        }
        if (!evaluators.isEmpty() && !evaluators.contains(author)) {
            throw new InvalidInput(Message.of("evaluation.refused.not-an-evaluator", author, window, String.join("、", evaluators)));
        }
    }

    /** The entry that stands for a leaf: the latest of any evaluator's. */
    public Optional<EvaluatorEntry> standing(String indicator) {
        return entries.stream().filter(e -> e.indicator().equals(indicator)).max(Comparator.comparing(EvaluatorEntry::at));
    }

    /** An evaluator's own entry on a leaf, as their form shows it. */
    public Optional<EvaluatorEntry> entryOf(String author, String indicator) {
        return entries.stream().filter(e -> e.author().equals(author) && e.indicator().equals(indicator)).findFirst();
    }

    public boolean hasSubmitted(String author) {
        return submitted.containsKey(author);
    }

    /** Everyone who scored has submitted (and someone has): the sheet is final and is filed. */
    public boolean complete() {
        return !submitted.isEmpty() && entries.stream().allMatch(e -> submitted.containsKey(e.author()));
    }

    /** The evaluators' names: the window's list, else whoever scored or submitted, in order of first appearance. */
    public List<String> names() {
        if (!evaluators.isEmpty()) {
            return evaluators;
        }
        Set<String> names = new LinkedHashSet<>();
        entries.stream().sorted(Comparator.comparing(EvaluatorEntry::at)).forEach(e -> names.add(e.author()));
        names.addAll(new java.util.TreeSet<>(submitted.keySet()));
        return List.copyOf(names);
    }
}
