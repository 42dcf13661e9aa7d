package org.swarchive.access;

import java.time.Instant;
import java.util.Collection;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.Category;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.SubjectKind;

/**
 * Who may read which record (docs/domain.md §6–§7): the permission plan for the station's own
 * staff; for evaluators, only the evidence of the station an open inspection window names, and
 * never a sensitive record. The one place these rules live: the CLI's requests and approvals, the
 * inspection window's grants, the inspection package, the dashboard's evaluator view and the
 * repository's folder permissions all ask here. Pure: the caller supplies the windows and the moment.
 */
public final class AccessPolicy {

    private final PermissionPlan plan;

    public AccessPolicy(PermissionPlan plan) {
        this.plan = plan;
    }

    /**
     * The rule no approval lifts (《个人信息保护法》第二十八条): an evaluator never reads a sensitive
     * record — not during a window, not under an approved request, not in a package, not on the
     * dashboard. An unmarked record ({@code null}) is not sensitive.
     */
    public static boolean neverReads(Role role, Confidentiality confidentiality) {
        return role == Role.EVALUATOR && confidentiality == Confidentiality.SENSITIVE;
    }

    /**
     * A record's confidentiality as a store holds it ({@code swa:confidentiality}): {@code null}
     * when unmarked; a value outside the list counts as sensitive ({@link Confidentiality#read}, the one rule).
     */
    public static Confidentiality confidentiality(String value) {
        return Confidentiality.read(value).orElse(null);
    }

    /**
     * Whether someone in this role may ask to read a record of this confidentiality at all: an
     * approval could never show an evaluator a sensitive record, so such a request is refused
     * when it is made, and again when it is approved.
     */
    public static AccessDecision mayRequest(Role role, Confidentiality confidentiality) {
        return neverReads(role, confidentiality) ? AccessDecision.deny("access.deny.sensitive-request")
                : AccessDecision.allow("access.allow.request");
    }

    /**
     * Whether this person may record verdicts, points and comments on this window's station now
     * (docs/domain.md §7, evaluator): an evaluator of the window's group, while it is open.
     */
    public static AccessDecision mayScore(Reader reader, InspectionWindow window, java.time.Instant at) {
        if (reader.role() != Role.EVALUATOR) {
            return AccessDecision.deny("access.deny.not-evaluator");
        }
        if (!window.station().equals(reader.station()) || !window.isOpenTo(reader.group(), at)) {
            return AccessDecision.deny("access.deny.no-window");
        }
        return AccessDecision.allow("access.allow.score");
    }

    /**
     * Whether this person may file documents into a station's archive (an upload on a gap's row,
     * Share's File now): the station's head and archivists, of their own station; read-only roles,
     * social workers and finance never.
     */
    public static AccessDecision mayFile(Person person, String station) {
        boolean filer = person.role() == AccountRole.STATION_HEAD || person.role() == AccountRole.ARCHIVIST;
        return filer && person.station().equals(station) ? AccessDecision.allow("access.allow.file")
                : AccessDecision.deny("access.deny.not-filer");
    }

    /** The permission a role's group holds on a category folder, or on its restricted folder for sensitive records. */
    public Permission folderPermission(Role role, Category category, boolean restricted) {
        return restricted ? plan.ofSensitive(role, category) : plan.of(role, category);
    }

    /**
     * A read is allowed by the rules above, or by an approved access request still running.
     *
     * @param recordStation the station the record belongs to
     * @param isEvidence    whether the record is evidence of an indicator (in a slot, or linked)
     */
    public AccessDecision canRead(Reader reader, ArchiveRecord record, String recordStation, boolean isEvidence,
                                  AccessContext context) {
        AccessDecision byRule = reader.role() == Role.EVALUATOR
                ? evaluator(reader, record, recordStation, isEvidence, context.windows(), context.at())
                : staff(reader, record, recordStation);
        if (byRule.allowed() || !reader.station().equals(recordStation) || neverReads(reader.role(), record.confidentiality())) {
            return byRule; // never unredacted to evaluators, approval or not
        }
        return approved(reader, record, context).orElse(byRule);
    }

    /**
     * Whether a signed-in person sees a station at all (its pages, its readiness): its own staff;
     * the district administrator, every station; an evaluator, a station with a window open to
     * their group now.
     */
    public static AccessDecision maySee(Person person, String station, Collection<InspectionWindow> windows, Instant at) {
        return switch (person.role()) {
            case DISTRICT_ADMIN -> AccessDecision.allow("access.allow.district");
            case EVALUATOR -> windows.stream().anyMatch(w -> w.station().equals(station) && w.isOpenTo(person.group(), at))
                    ? AccessDecision.allow("access.allow.window") : AccessDecision.deny("access.deny.no-window");
            default -> person.station().equals(station) ? AccessDecision.allow("access.allow.own-station")
                    : AccessDecision.deny("access.deny.other-station");
        };
    }

    /**
     * Whether a signed-in person may open a record (a page lists it, a file is sent, the API names
     * it): the district administrator reads every station; an evaluator only the evidence of a
     * station with a window open to their group, never a sensitive record; the station's staff by
     * the plan, and a social worker a sensitive record only of their own cases (or under an
     * approved request). The same answer for every web surface.
     *
     * @param isEvidence whether the record is evidence of an indicator of the served framework
     */
    public AccessDecision mayOpen(Person person, ArchiveRecord record, String recordStation, boolean isEvidence, AccessContext context) {
        Role role = person.role().stationRole().orElse(null);
        if (role == null) {
            return AccessDecision.allow("access.allow.district");
        }
        Reader reader = new Reader(person.name(), role, person.isEvaluator() ? recordStation : person.station(), person.group());
        if (record.category() == null && role != Role.STATION_HEAD && role != Role.ARCHIVIST && role != Role.EVALUATOR) {
            // Not filed yet (an inbox scan, a file without metadata): it could be anything, a case file among them.
            return AccessDecision.deny("access.deny.unclassified");
        }
        if (role == Role.SOCIAL_WORKER && record.confidentiality() == Confidentiality.SENSITIVE && reader.station().equals(recordStation)
                && !record.subject(SubjectKind.CASE).map(person.cases()::contains).orElse(false)) {
            return approved(reader, record, context).orElse(AccessDecision.deny("access.deny.not-own-case"));
        }
        return canRead(reader, record, recordStation, isEvidence, context);
    }

    /**
     * Whether {@link #mayOpen} allows this person every record of a station they see, whatever it
     * is: the district administrator, and staff whose plan reads every category and who read
     * sensitive records (so a page need not ask record by record).
     */
    public boolean readsEverything(Person person) {
        Role role = person.role().stationRole().orElse(null);
        if (role == null) {
            return true;
        }
        if (role == Role.EVALUATOR || role == Role.SOCIAL_WORKER || !role.readsSensitive()) {
            return false;
        }
        return (role == Role.STATION_HEAD || role == Role.ARCHIVIST)
                && java.util.Arrays.stream(Category.values()).allMatch(c -> plan.of(role, c).canRead());
    }

    private static java.util.Optional<AccessDecision> approved(Reader reader, ArchiveRecord record, AccessContext context) {
        return context.requests().stream()
                .filter(q -> q.requester().equals(reader.name()) && q.record().equals(record.id()) && q.grantsAt(context.at()))
                .findFirst()
                .map(q -> AccessDecision.allow("access.allow.request-approved", q.approval().orElseThrow().approvedBy()));
    }

    private AccessDecision staff(Reader reader, ArchiveRecord record, String recordStation) {
        if (!reader.station().equals(recordStation)) {
            return AccessDecision.deny("access.deny.other-station");
        }
        Category category = record.category() == null ? Category.DOCUMENTS : record.category();
        Permission p = plan.of(reader.role(), category);
        if (!p.canRead()) {
            return AccessDecision.deny("access.deny.plan", reader.role().label(), category.label());
        }
        if (record.confidentiality() == Confidentiality.SENSITIVE && !reader.role().readsSensitive()) {
            return AccessDecision.deny("access.deny.sensitive-needs-approval");
        }
        return AccessDecision.allow("access.allow.plan", p.alfrescoName());
    }

    private static AccessDecision evaluator(Reader reader, ArchiveRecord record, String recordStation, boolean isEvidence,
                                            Collection<InspectionWindow> windows, Instant at) {
        boolean open = windows.stream().anyMatch(w -> w.station().equals(recordStation) && w.isOpenTo(reader.group(), at));
        if (!open) {
            return AccessDecision.deny("access.deny.no-window");
        }
        if (neverReads(reader.role(), record.confidentiality())) {
            return AccessDecision.deny("access.deny.sensitive-evaluator");
        }
        if (!isEvidence) {
            return AccessDecision.deny("access.deny.not-evidence");
        }
        return AccessDecision.allow("access.allow.window");
    }
}
