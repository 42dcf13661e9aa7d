package org.swarchive.inspect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.Role;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.check.CheckResult;
import org.swarchive.evidence.IndicatorResult;
import org.swarchive.evidence.SlotOutcome;
import org.swarchive.store.EvidenceFiles;

/**
 * The inspection package an evaluator takes away: one ZIP that works offline in any browser —
 * {@code index.html} by indicator (readiness, gaps, links to each evidence file), the evidence
 * files, {@code checklist.xlsx}, and {@code manifest.sha256} ({@code sha256sum -c} checks it).
 * Sensitive records are left out and named as withheld; nothing outside the station goes in: the
 * files come through the station's {@link EvidenceFiles}, which find nothing outside it.
 */
public final class InspectionPackage {

    private final DocTypeCatalogue catalogue;

    public InspectionPackage(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** What went into the package and what was kept out. */
    public record Contents(Path zip, List<String> files, List<String> withheld, List<String> refused) {
        public Contents {
            files = List.copyOf(files);
            withheld = List.copyOf(withheld);
            refused = List.copyOf(refused);
        }
    }

    /**
     * @param files   the station's documents: an id that does not name one inside the station is refused
     * @param records every record of the station by id, as the store scanned them
     */
    public Contents write(EvidenceFiles files, String station, CheckResult result, Map<String, ArchiveRecord> records,
                          Language lang, Path out) throws IOException {
        return write(files, station, result, records, lang, out, org.swarchive.store.Progress.NONE);
    }

    /** The same, telling {@code progress} how many of the evidence files are in the package (task {@code package}). */
    public Contents write(EvidenceFiles files, String station, CheckResult result, Map<String, ArchiveRecord> records,
                          Language lang, Path out, org.swarchive.store.Progress progress) throws IOException {
        Map<String, EvidenceFiles.EvidenceFile> included = new LinkedHashMap<>();
        Set<String> withheld = new LinkedHashSet<>();
        Set<String> refused = new LinkedHashSet<>();
        for (String id : evidenceIds(result)) {
            ArchiveRecord r = records.get(id);
            // The package goes to evaluators: what the access policy never shows them stays out.
            if (r != null && AccessPolicy.neverReads(Role.EVALUATOR, r.confidentiality())) {
                withheld.add(id);
                continue;
            }
            Optional<EvidenceFiles.EvidenceFile> file = files.open(id);
            if (file.isEmpty()) {
                refused.add(id);
            } else if (AccessPolicy.neverReads(Role.EVALUATOR, file.get().confidentiality())) {
                // Marked sensitive since the scan: the document says so itself.
                withheld.add(id);
            } else {
                included.put(id, file.get());
            }
        }

        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), ".swa-package-", ".tmp");
        List<String> manifest = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
            progress.start("package", included.size());
            for (Map.Entry<String, EvidenceFiles.EvidenceFile> e : included.entrySet()) {
                // Streamed from the store (the repository, for Alfresco): no document is held whole in memory.
                try (InputStream in = e.getValue().content().open()) {
                    manifest.add(put(zip, "files/" + e.getKey(), in));
                }
                progress.step();
            }
            progress.done();
            byte[] checklist = new Checklist(catalogue, lang).render(result, included.keySet(), withheld, records);
            manifest.add(put(zip, "checklist.xlsx", new java.io.ByteArrayInputStream(checklist)));
            String index = new PackageIndex(catalogue, lang).render(station, result, included.keySet(), withheld, refused, records);
            manifest.add(put(zip, "index.html", new java.io.ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8))));
            zip.putNextEntry(new ZipEntry("manifest.sha256"));
            zip.write((String.join("\n", manifest) + "\n").getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new Contents(target, List.copyOf(included.keySet()), List.copyOf(withheld), List.copyOf(refused));
    }

    /** Every record that counts towards an indicator: in a slot, or linked by swa:indicators. */
    public static Set<String> evidenceIds(CheckResult result) {
        Set<String> ids = new LinkedHashSet<>();
        result.assessment().allIndicators().filter(r -> r.indicator().isLeaf()).forEach(leaf -> ids.addAll(evidenceIds(leaf)));
        return ids;
    }

    static Set<String> evidenceIds(IndicatorResult leaf) {
        Set<String> ids = new LinkedHashSet<>();
        leaf.requirements().forEach(q -> q.slots().forEach(s -> ids.addAll(s.evidence())));
        ids.addAll(leaf.linkedEvidence());
        return ids;
    }

    private static String put(ZipOutputStream zip, String name, InputStream in) throws IOException {
        MessageDigest sha = sha256();
        zip.putNextEntry(new ZipEntry(name));
        try (OutputStream digesting = new DigestOutputStream(new NonClosing(zip), sha)) {
            in.transferTo(digesting);
        }
        zip.closeEntry();
        return HexFormat.of().formatHex(sha.digest()) + "  " + name;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Lets a digest stream be closed without closing the ZIP under it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** The checklist workbook: one row per slot, with its status and the files that fill it. */
    private record Checklist(DocTypeCatalogue catalogue, Language lang) {
        byte[] render(CheckResult result, Set<String> included, Set<String> withheld, Map<String, ArchiveRecord> records)
                throws IOException {
            try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
                Sheet sheet = wb.createSheet(Message.of("inspect.checklist.sheet").in(lang));
                String[] head = java.util.stream.Stream.of(Message.of("inspect.checklist.indicator"), Message.of("inspect.checklist.title"),
                        Message.of("inspect.checklist.doc-type"), Message.of("inspect.checklist.period"), Message.of("inspect.checklist.subject"),
                        Message.of("inspect.checklist.status"), Message.of("inspect.checklist.due"), Message.of("inspect.checklist.evidence"))
                        .map(m -> m.in(lang)).toArray(String[]::new);
                Row h = sheet.createRow(0);
                for (int i = 0; i < head.length; i++) {
                    h.createCell(i).setCellValue(head[i]);
                }
                int n = 1;
                for (IndicatorResult leaf : (Iterable<IndicatorResult>) result.assessment().allIndicators()
                        .filter(r -> r.indicator().isLeaf())::iterator) {
                    for (var q : leaf.requirements()) {
                        for (SlotOutcome s : q.slots()) {
                            Row row = sheet.createRow(n++);
                            row.createCell(0).setCellValue(leaf.code());
                            row.createCell(1).setCellValue(leaf.indicator().title().in(lang));
                            row.createCell(2).setCellValue(String.join(" / ", q.requirement().docTypes().stream()
                                    .map(t -> catalogue.find(t).map(d -> d.label().in(lang)).orElse(t)).toList()));
                            row.createCell(3).setCellValue(s.slot().period() == null ? Message.of("inspect.checklist.standing").in(lang) : s.slot().periodLabel());
                            row.createCell(4).setCellValue(s.slot().subject() == null ? "" : s.slot().subject());
                            row.createCell(5).setCellValue(status(s.status()).in(lang));
                            row.createCell(6).setCellValue(s.slot().due().toString());
                            row.createCell(7).setCellValue(String.join("\n", s.evidence().stream()
                                    .map(id -> included.contains(id) ? "files/" + id
                                            : withheld.contains(id) ? Message.of("inspect.checklist.withheld", withheldName(records.get(id), catalogue, lang)).in(lang) : id).toList()));
                        }
                    }
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                wb.write(bytes);
                wb.dispose();
                return bytes.toByteArray();
            }
        }

        private static Message status(SlotOutcome.Status s) {
            return switch (s) {
                case FILLED -> Message.of("inspect.checklist.filled");
                case GAP -> Message.of("inspect.checklist.gap");
                case UPCOMING -> Message.of("inspect.checklist.upcoming");
            };
        }
    }

    /**
     * How a withheld record is named where its content may not go: by its 档号, else by its type's
     * label in the reader's language (never the catalogue's raw id, never its file name).
     */
    static String withheldName(ArchiveRecord r, DocTypeCatalogue catalogue, Language lang) {
        if (r == null) {
            return "";
        }
        return r.property("swa:archiveCode").orElseGet(() -> r.docType() == null ? Message.of("inspect.checklist.no-type").in(lang)
                : catalogue.find(r.docType()).map(t -> t.label().in(lang)).orElse(r.docType()));
    }

    static String archiveCode(ArchiveRecord r) {
        return r == null ? "" : r.property("swa:archiveCode").orElse(r.docType() == null ? "" : r.docType());
    }
}
