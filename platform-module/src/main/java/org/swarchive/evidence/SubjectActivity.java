package org.swarchive.evidence;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.archive.Period;

/** Which subjects of a register a per-subject requirement asks about in a period ({@code when}). */
public enum SubjectActivity {
    /** Employed, or the case open, at some time in the period. */
    ACTIVE("active"),
    /** Employment began, or the case was opened, in the period. */
    OPENED("opened"),
    /** Employment ended, or the case was closed, in the period. */
    CLOSED("closed");

    private final String id;

    SubjectActivity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<SubjectActivity> fromId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    public boolean holds(ActivityWindow window, Period period) {
        return switch (this) {
            case ACTIVE -> period.overlaps(window.from(), window.until());
            case OPENED -> period.contains(window.from());
            case CLOSED -> window.until() != null && period.contains(window.until());
        };
    }
}
