package org.swarchive.inspect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.swarchive.access.AccessEntry;
import org.swarchive.access.AccessMode;
import org.swarchive.access.AccessRequest;
import org.swarchive.access.Role;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;

/**
 * Access requests and the access register (查阅登记) of a station, kept in its own notes (area
 * {@code access}: the folder store's {@code .swa/access/}): requests one note each, written whole;
 * the register an append-only note of tab-separated lines, so a read once registered is never
 * rewritten.
 */
public final class AccessLedger {

    public static final String AREA = "access";
    static final String REQUESTS = AREA + "/requests";
    static final String REGISTER = "register.tsv";

    private final StationState state;
    private final PropertiesNotes<AccessRequest> requests;

    public AccessLedger(StationState state) {
        this.state = state;
        this.requests = new PropertiesNotes<>(state, REQUESTS, Message.of("inspect.note.request"), AccessLedger::read);
    }

    public AccessRequest request(String requester, Role role, String record, String purpose, Instant at) {
        AccessRequest q = new AccessRequest(UUID.randomUUID().toString().substring(0, 8), requester, role, record, purpose, at,
                Optional.empty());
        save(q);
        return q;
    }

    /** The request of that id; refused when there is none. */
    public AccessRequest request(String id) {
        return requests().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() ->
                new InvalidInput(Message.of("inspect.request.unknown", id)));
    }

    public AccessRequest approve(String id, String by, Instant at, Instant until) {
        AccessRequest q = request(id);
        if (q.approval().isPresent()) {
            throw new InvalidInput(Message.of("inspect.request.approved-already", id));
        }
        AccessRequest approved = q.approved(by, at, until);
        save(approved);
        return approved;
    }

    public List<AccessRequest> requests() {
        List<AccessRequest> all = new ArrayList<>(requests.all());
        all.sort(Comparator.comparing(AccessRequest::requestedAt));
        return all;
    }

    /** Registers one read; appended, never rewritten. */
    public synchronized void record(AccessEntry e) {
        state.append(AREA, REGISTER, line(e));
    }

    /** Every file that leaves in an inspection package is a download in the register: one append for the whole package. */
    public synchronized void recordDownloads(InspectionPackage.Contents contents, Map<String, ArchiveRecord> records,
                                             String reader, String unit, Instant at) {
        StringBuilder lines = new StringBuilder();
        for (String id : contents.files()) {
            ArchiveRecord r = records.get(id);
            lines.append(line(new AccessEntry(reader, unit, at, InspectionPackage.archiveCode(r),
                    r == null ? id : r.property("cm:title").orElse(r.name()), Message.of("inspect.package.purpose").in(AccessEntry.REGISTER), "",
                    AccessMode.DOWNLOAD, null)));
        }
        if (!lines.isEmpty()) {
            state.append(AREA, REGISTER, lines.toString());
        }
    }

    private static String line(AccessEntry e) {
        return String.join("\t", clean(e.reader()), clean(e.unit()), e.at().toString(), clean(e.archiveCode()),
                clean(e.title()), clean(e.purpose()), clean(e.approvedBy()), e.mode().name(),
                e.until() == null ? "" : e.until().toString()) + "\n";
    }

    /** The register lines whose time falls in [from, to). */
    public List<AccessEntry> entries(Instant from, Instant to) {
        return state.read(AREA, REGISTER).stream().flatMap(String::lines).filter(l -> !l.isBlank()).map(AccessLedger::parse)
                .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
    }

    private static AccessEntry parse(String line) {
        String[] f = line.split("\t", -1);
        return new AccessEntry(f[0], f[1], Instant.parse(f[2]), f[3], f[4], f[5], f[6], AccessMode.valueOf(f[7]),
                f[8].isEmpty() ? null : Instant.parse(f[8]));
    }

    /** Tabs and line breaks would split a register line: fold them to spaces. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    private void save(AccessRequest q) {
        Properties p = new Properties();
        p.setProperty("id", q.id());
        p.setProperty("requester", q.requester());
        p.setProperty("role", q.role().id());
        p.setProperty("record", q.record());
        p.setProperty("purpose", q.purpose());
        p.setProperty("requestedAt", q.requestedAt().toString());
        q.approval().ifPresent(a -> {
            p.setProperty("approvedBy", a.approvedBy());
            p.setProperty("approvedAt", a.at().toString());
            p.setProperty("until", a.until().toString());
        });
        requests.save(q.id(), p, "Station Archives access request");
    }

    private static AccessRequest read(Properties p) {
        Optional<AccessRequest.Approval> approval = Optional.ofNullable(p.getProperty("approvedBy")).map(by ->
                new AccessRequest.Approval(by, Instant.parse(p.getProperty("approvedAt")), Instant.parse(p.getProperty("until"))));
        return new AccessRequest(p.getProperty("id"), p.getProperty("requester"), Role.fromId(p.getProperty("role")).orElseThrow(),
                p.getProperty("record"), p.getProperty("purpose"), Instant.parse(p.getProperty("requestedAt")), approval);
    }
}
