package org.swarchive.inspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.swarchive.access.AccessEntry;
import org.swarchive.access.AccessMode;
import org.swarchive.access.AccessRequest;
import org.swarchive.access.Role;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.LocalizedText;
import org.swarchive.store.StoreException;

/**
 * Access requests and the access register (查阅登记) of a folder-store station, kept in the
 * station ({@code .swa/access/}): requests one file each, written whole; the register an
 * append-only file of tab-separated lines, so a read once registered is never rewritten.
 */
public final class AccessLedger {

    private final Path requests;
    private final Path register;

    public AccessLedger(Path stationRoot) {
        Path dir = stationRoot.resolve(".swa").resolve("access");
        this.requests = dir.resolve("requests");
        this.register = dir.resolve("register.tsv");
    }

    public AccessRequest request(String requester, Role role, String record, String purpose, Instant at) {
        AccessRequest q = new AccessRequest(UUID.randomUUID().toString().substring(0, 8), requester, role, record, purpose, at,
                Optional.empty());
        save(q);
        return q;
    }

    public AccessRequest approve(String id, String by, Instant at, Instant until) {
        AccessRequest q = requests().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("没有编号为 " + id + " 的查阅申请 / no access request '" + id + "'"));
        if (q.approval().isPresent()) {
            throw new IllegalArgumentException("查阅申请 " + id + " 已批准 / access request '" + id + "' is already approved");
        }
        AccessRequest approved = q.approved(by, at, until);
        save(approved);
        return approved;
    }

    public List<AccessRequest> requests() {
        if (!Files.isDirectory(requests)) {
            return List.of();
        }
        List<AccessRequest> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(requests)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                all.add(read(f));
            }
        } catch (IOException e) {
            throw new StoreException(LocalizedText.of("无法读取查阅申请：" + requests, "cannot read access requests in " + requests), e);
        }
        all.sort(Comparator.comparing(AccessRequest::requestedAt));
        return all;
    }

    /** Registers one read; appended, never rewritten. */
    public synchronized void record(AccessEntry e) {
        String line = String.join("\t", clean(e.reader()), clean(e.unit()), e.at().toString(), clean(e.archiveCode()),
                clean(e.title()), clean(e.purpose()), clean(e.approvedBy()), e.mode().name(),
                e.until() == null ? "" : e.until().toString()) + "\n";
        try {
            Files.createDirectories(register.getParent());
            Files.writeString(register, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException ex) {
            throw new StoreException(LocalizedText.of("无法写入查阅登记：" + register, "cannot write the access register " + register), ex);
        }
    }

    /** Every file that leaves in an inspection package is a download in the register. */
    public void recordDownloads(InspectionPackage.Contents contents, Map<String, ArchiveRecord> records,
                                String reader, String unit, Instant at) {
        for (String id : contents.files()) {
            ArchiveRecord r = records.get(id);
            record(new AccessEntry(reader, unit, at, InspectionPackage.archiveCode(r),
                    r == null ? id : r.property("cm:title").orElse(r.name()), "评估资料包 / inspection package", "",
                    AccessMode.DOWNLOAD, null));
        }
    }

    /** The register lines whose time falls in [from, to). */
    public List<AccessEntry> entries(Instant from, Instant to) {
        if (!Files.exists(register)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(register, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.isBlank()).map(AccessLedger::parse)
                    .filter(e -> !e.at().isBefore(from) && e.at().isBefore(to)).toList();
        } catch (IOException e) {
            throw new StoreException(LocalizedText.of("无法读取查阅登记：" + register, "cannot read the access register " + register), e);
        }
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
        try {
            Files.createDirectories(requests);
            Path tmp = Files.createTempFile(requests, ".request-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Station Archives access request");
            }
            Files.move(tmp, requests.resolve(q.id() + ".properties"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(LocalizedText.of("无法保存查阅申请：" + requests, "cannot save the access request in " + requests), e);
        }
    }

    private static AccessRequest read(Path f) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(f)) {
            p.load(in);
        }
        Optional<AccessRequest.Approval> approval = Optional.ofNullable(p.getProperty("approvedBy")).map(by ->
                new AccessRequest.Approval(by, Instant.parse(p.getProperty("approvedAt")), Instant.parse(p.getProperty("until"))));
        return new AccessRequest(p.getProperty("id"), p.getProperty("requester"), Role.fromId(p.getProperty("role")).orElseThrow(),
                p.getProperty("record"), p.getProperty("purpose"), Instant.parse(p.getProperty("requestedAt")), approval);
    }
}
