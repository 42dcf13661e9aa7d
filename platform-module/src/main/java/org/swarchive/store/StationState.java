package org.swarchive.store;

import java.util.List;
import java.util.Optional;

/**
 * The service's own notes about a station — what alerts already announced, past check results,
 * inspection windows, access requests and the access register, disposal proposals and their
 * journals — kept in the station's store beside its archive, so that a restart or a second
 * replica knows what the first one did (docs/architecture.md: the platform service is stateless).
 *
 * <p>Notes live in areas ({@code alerts}, {@code history}, {@code disposition/P2026-001}): an
 * area is one or more segments joined by {@code /}. Segments and note names are plain names
 * ({@link #plainName}): no separators, nothing either store would refuse or read as a path.
 */
public interface StationState {

    Optional<String> read(String area, String name);

    /** Replaces the note atomically: a reader sees the old content or the new, never half of either. */
    void write(String area, String name, String content);

    /**
     * Creates the note only if it does not exist yet, atomically: of two replicas racing, exactly
     * one gets {@code true}. This is how a replica claims work, and how a record that must never
     * be rewritten (a sign-off, an execution) is kept.
     */
    boolean create(String area, String name, String content);

    /**
     * Adds {@code text} at the end of the note (creating it), durably before returning: a journal
     * line written is a journal line kept. Callers that append to one note from several processes
     * hold a claim ({@link #create}) or a lock of their own around it.
     */
    void append(String area, String name, String text);

    void delete(String area, String name);

    /** The note names in an area, sorted; empty when the area does not exist. */
    List<String> list(String area);

    /** The areas directly inside {@code area} (their last segments), sorted. */
    List<String> areas(String area);

    /** Where a note is, for a message a person reads: a file path, or the repository's node path. */
    String locate(String area, String name);

    /**
     * Checks a note name or an area segment: no path separators, no name that reads as a path
     * ({@code .}, {@code ..}) or hides ({@code .x}), none of the characters Alfresco's node names
     * refuse ({@code * " < > \ / ? : |}), no trailing dot or space, no control characters. Chinese
     * names are fine: a destruction register is {@code 销毁清册-P2026-001.html}.
     */
    static String plainName(String name) {
        if (name == null || name.isEmpty() || name.length() > 200 || name.startsWith(".") || name.endsWith(".")
                || name.endsWith(" ") || name.startsWith(" ") || !name.codePoints().allMatch(StationState::plainChar)) {
            throw new IllegalArgumentException("not a plain note name: " + name);
        }
        return name;
    }

    /** Checks an area: plain segments joined by single slashes. Returns it unchanged. */
    static String plainArea(String area) {
        if (area == null || area.isEmpty()) {
            throw new IllegalArgumentException("not a plain note area: " + area);
        }
        for (String segment : area.split("/", -1)) {
            try {
                plainName(segment);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("not a plain note area: " + area, e);
            }
        }
        return area;
    }

    private static boolean plainChar(int c) {
        return c >= 0x20 && c != 0x7f && "*\"<>\\/?:|".indexOf(c) < 0 && !Character.isISOControl(c);
    }
}
