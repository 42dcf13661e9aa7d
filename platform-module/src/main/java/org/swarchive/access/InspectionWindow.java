package org.swarchive.access;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;

/**
 * A time-boxed window during which an evaluator group may read one station's evidence: the one
 * record of an inspection window. Alfresco has no expiring permissions, so the product keeps the
 * window in the station's notes ({@code inspect.InspectionWindowStore}) and revokes the grant
 * itself when {@link #until} passes or the window is closed early. What each feature needs of a
 * window is a pure function here: the evaluator's view asks {@link #isOpenTo}, disposition's hold
 * asks {@link #covers}, the digest's calendar asks {@link #changesBetween}.
 */
public record InspectionWindow(String id, String station, String evaluatorGroup, Instant from, Instant until,
                               Optional<Instant> closedAt, String openedBy) {

    /** An evaluator group's name: a plain name, as the repository's group ids allow. */
    private static final String GROUP = "[A-Za-z0-9_.@-]+";

    /** An evaluator's window opens or closes on a date: a line of the digest's calendar. */
    public record Change(String evaluator, LocalDate date, boolean opens) {
    }

    public InspectionWindow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(station, "station");
        Objects.requireNonNull(evaluatorGroup, "evaluatorGroup");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(closedAt, "closedAt");
        if (!until.isAfter(from)) {
            throw new InvalidInput(Message.of("access.window.ends-before-start"));
        }
    }

    /** The rules a window must meet before anything is done for it: a plain group name, an end after the start. */
    public static void check(String group, Instant from, Instant until) {
        if (group == null || !group.matches(GROUP)) {
            throw new InvalidInput(Message.of("access.window.bad-group", String.valueOf(group)));
        }
        if (!until.isAfter(from)) {
            throw new InvalidInput(Message.of("access.window.until-before-from"));
        }
    }

    /** Open at this instant: started, not ended, not closed early. */
    public boolean isOpenAt(Instant at) {
        return !at.isBefore(from) && at.isBefore(effectiveEnd());
    }

    /** Open to this evaluator group at this instant: the evaluator's view of a station. */
    public boolean isOpenTo(String group, Instant at) {
        return evaluatorGroup.equals(group) && isOpenAt(at);
    }

    /** When access ends: the planned end, or the early close if that came first. */
    public Instant effectiveEnd() {
        return closedAt.filter(c -> c.isBefore(until)).orElse(until);
    }

    /** Past its end at this instant, so any grant it made must be gone. */
    public boolean isOverAt(Instant at) {
        return !at.isBefore(effectiveEnd());
    }

    /** Open at some moment of this day: an inspection in progress, which holds the station's records from destruction. */
    public boolean covers(LocalDate day, ZoneId zone) {
        return from.isBefore(day.plusDays(1).atStartOfDay(zone).toInstant()) && effectiveEnd().isAfter(day.atStartOfDay(zone).toInstant());
    }

    /** The day the window opens, in a zone. */
    public LocalDate firstDay(ZoneId zone) {
        return LocalDate.ofInstant(from, zone);
    }

    /** The day access ends (the planned end, or the early close), in a zone. */
    public LocalDate endDay(ZoneId zone) {
        return LocalDate.ofInstant(effectiveEnd(), zone);
    }

    /** "Open until" that day, as a hold on destruction says it. */
    public Message openUntil(ZoneId zone) {
        return Message.of("access.window.open-until", endDay(zone).toString());
    }

    /** The windows' openings and closings that fall between two days (both included), soonest first. */
    public static List<Change> changesBetween(Collection<InspectionWindow> windows, LocalDate first, LocalDate last, ZoneId zone) {
        return windows.stream()
                .flatMap(w -> Stream.of(new Change(w.evaluatorGroup(), w.firstDay(zone), true),
                        new Change(w.evaluatorGroup(), w.endDay(zone), false)))
                .filter(c -> !c.date().isBefore(first) && !c.date().isAfter(last))
                .sorted(Comparator.comparing(Change::date)).toList();
    }

    /** The 事由 of a read made under this window, as the access register shows it. */
    public Message purpose() {
        return Message.of("access.window.purpose", id);
    }

    /** The 单位/部门 of a read made under this window: the evaluator group. */
    public Message unit() {
        return Message.of("access.window.unit", evaluatorGroup);
    }

    public InspectionWindow closedAt(Instant at) {
        return new InspectionWindow(id, station, evaluatorGroup, from, until, Optional.of(at), openedBy);
    }
}
