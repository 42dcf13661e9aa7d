package org.swarchive.archive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the station's registers know by name: the staff register ({@code staff-profile} records, by
 * {@code swa:staffId}) and the case register ({@code case-intake} records, by {@code swa:caseId}),
 * each entry with the name its register record's 题名 gives. Documents name people (罗晓梅), not ids
 * (S-001): the roster turns a name back into the id the register gave it. Immutable; a filing run
 * adds the registers it files as it goes ({@link #with}).
 *
 * <p>A staff member's name is kept on the register record itself, as the end of its 题名
 * ({@code cm:title}): {@code 2025-06-16-员工档案-S-007-杜雨桐} ({@link #title}). A client's name never
 * is (保密原则): a case intake names its client to the roster only in the run that files it. A register record filed without a name
 * (by hand, or before names were kept) is in the roster by id only and resolves no name.
 */
public record SubjectRoster(List<Entry> entries) {

    public static final SubjectRoster EMPTY = new SubjectRoster(List.of());

    /** A person or a case the registers know: its kind, id, name and when it was active (when known). */
    public record Entry(SubjectKind kind, String id, String name, Optional<LocalDate> from, Optional<LocalDate> until) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }

        /** Whether the subject may be the one a document of this date speaks of (a year's grace either side). */
        public boolean activeAround(LocalDate date) {
            return from.map(f -> !date.isBefore(f.minusYears(1))).orElse(true)
                    && until.map(u -> !date.isAfter(u.plusYears(1))).orElse(true);
        }
    }

    public SubjectRoster {
        entries = List.copyOf(entries);
    }

    /** A personal name as a register gives it: two to four Han characters (with a middle dot), or a masked 赵某. */
    static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,6}");

    /**
     * The roster the store's register records make: every {@code staff-profile} with a staff id and
     * every {@code case-intake} with a case id; the name from the record's 题名.
     */
    public static SubjectRoster of(Iterable<ArchiveRecord> records) {
        List<Entry> entries = new ArrayList<>();
        for (ArchiveRecord r : records) {
            for (SubjectKind kind : SubjectKind.values()) {
                if (!kind.registerDocType().equals(r.docType())) {
                    continue;
                }
                Optional<String> id = r.subject(kind);
                if (id.isEmpty()) {
                    continue;
                }
                String name = r.property("cm:title").flatMap(t -> nameIn(t, id.get())).orElse("");
                boolean staff = kind == SubjectKind.STAFF;
                entries.add(new Entry(kind, id.get(), name,
                        r.date(staff ? RecordProperty.EMPLOYED_FROM : RecordProperty.CASE_OPENED),
                        r.date(staff ? RecordProperty.EMPLOYED_UNTIL : RecordProperty.CASE_CLOSED)));
            }
        }
        return new SubjectRoster(entries);
    }

    /** The 题名 of a register record: the rules' title, then the subject's id and name. */
    public static String title(String base, String id, String name) {
        return base.endsWith("-" + id) ? base + "-" + name : base + "-" + id + "-" + name;
    }

    /** The name at the end of a register record's 题名, after its id. */
    static Optional<String> nameIn(String title, String id) {
        Matcher m = Pattern.compile(Pattern.quote("-" + id + "-") + "(" + NAME.pattern() + ")$").matcher(title.strip());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** A copy with one more entry (a register filed during a run); an entry for the same id replaces the old one. */
    public SubjectRoster with(Entry e) {
        List<Entry> all = new ArrayList<>(entries.stream()
                .filter(x -> !(x.kind() == e.kind() && x.id().equalsIgnoreCase(e.id()))).toList());
        all.add(e);
        return new SubjectRoster(all);
    }

    /** The entries of a kind that have a name. */
    public List<Entry> named(SubjectKind kind) {
        return entries.stream().filter(e -> e.kind() == kind && !e.name().isEmpty()).toList();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }
}
