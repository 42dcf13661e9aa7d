package org.swarchive.filing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Message;

/**
 * Unpacks a zip from the inbox into a folder, defensively: entry names in GBK (what Windows'
 * built-in zip writes for Chinese names) are read as such, names that would escape the folder
 * ({@code ../}, absolute) are skipped, names a share or Alfresco would refuse are mended, and a
 * zip that expands past the limits (a zip bomb) is refused whole. Sizes are counted as bytes
 * are written, never taken from the zip's own headers.
 */
public final class ZipUnpacker {

    /** How far a zip may expand. */
    public record Limits(long maxEntryBytes, long maxTotalBytes, int maxEntries, int maxRatio) {
        public static Limits forMaxFileSize(long maxFileBytes) {
            return new Limits(maxFileBytes, Math.max(maxFileBytes, 4 * maxFileBytes), 10_000, 200);
        }
    }

    /** A zip refused whole: nothing of it is unpacked. */
    public static final class Refused extends Exception {
        private final transient LocalizedText reason;

        Refused(Message reason) {
            this(StationFiler.both(reason));
        }

        private Refused(LocalizedText reason) {
            super(reason.en());
            this.reason = reason;
        }

        public LocalizedText reason() {
            return reason;
        }
    }

    private static final Charset GBK = Charset.forName("GB18030");
    private static final long RATIO_FLOOR = 1024 * 1024;

    private final Limits limits;

    public ZipUnpacker(Limits limits) {
        this.limits = limits;
    }

    /**
     * Unpacks {@code zip} into {@code into} (which must exist and be empty); {@code zipId} names
     * the zip in problems. Returns the notes on entries skipped or renamed.
     */
    public List<InboxProblem> unpack(Path zip, String zipId, Path into) throws Refused, IOException {
        List<InboxProblem> notes = new ArrayList<>();
        try (ZipFile file = ZipFile.builder().setPath(zip).setUseUnicodeExtraFields(true).get()) {
            List<ZipArchiveEntry> entries = Collections.list(file.getEntries());
            if (entries.size() > limits.maxEntries()) {
                throw new Refused(Message.of("filing.zip.too-many", entries.size(), limits.maxEntries()));
            }
            long total = 0;
            for (ZipArchiveEntry e : entries) {
                String name = nameOf(e);
                String where = InboxId.ofEntry(zipId, name);
                if (e.isDirectory()) {
                    continue;
                }
                if (escapes(name)) {
                    notes.add(new InboxProblem(where, StationFiler.both(Message.of("filing.zip.escapes", name)), true));
                    continue;
                }
                Path target = into;
                List<String> parts = List.of(name.replace('\\', '/').split("/+"));
                StringBuilder mended = new StringBuilder();
                for (String part : parts) {
                    if (part.isEmpty() || part.equals(".")) {
                        continue;
                    }
                    String safe = SafeNames.mend(part);
                    mended.append(mended.length() == 0 ? "" : "/").append(safe);
                    target = target.resolve(safe);
                }
                if (!mended.toString().equals(name.replace('\\', '/'))) {
                    notes.add(new InboxProblem(where, StationFiler.both(Message.of("filing.zip.renamed", name, mended.toString())), false));
                }
                target = unique(target);
                Files.createDirectories(target.getParent());
                total += copy(file, e, where, target, limits.maxTotalBytes() - total);
            }
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof IOException io && io.getCause() instanceof Refused r) {
                throw r;
            }
            throw new Refused(Message.of("filing.zip.invalid", String.valueOf(e.getMessage())));
        }
        return notes;
    }

    /** Copies one entry, refusing the zip when it grows past a limit or expands like a bomb. */
    private long copy(ZipFile file, ZipArchiveEntry e, String where, Path target, long totalLeft) throws IOException {
        long written = 0;
        long compressed = Math.max(1, e.getCompressedSize());
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = file.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                written += n;
                if (written > limits.maxEntryBytes()) {
                    throw refused(Message.of("filing.zip.entry-too-large", where));
                }
                if (written > totalLeft) {
                    throw refused(Message.of("filing.zip.too-large"));
                }
                if (written > RATIO_FLOOR && written / compressed > limits.maxRatio()) {
                    throw refused(Message.of("filing.zip.ratio", where, limits.maxRatio()));
                }
                out.write(buf, 0, n);
            }
        }
        return written;
    }

    private static IOException refused(Message reason) {
        Refused r = new Refused(reason);
        return new IOException(r.getMessage(), r);
    }

    /** The entry's name: UTF-8 when flagged or valid as such, else GBK (GB18030, its superset). */
    static String nameOf(ZipArchiveEntry e) {
        byte[] raw = e.getRawName();
        if (raw == null || e.getGeneralPurposeBit().usesUTF8ForNames()) {
            return e.getName();
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(raw, GBK);
        }
    }

    private static boolean escapes(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return true;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** {@code target}, else the first free of its {@link SafeNames#candidate candidates}. */
    public static Path unique(Path target) {
        for (int n = 1; ; n++) {
            Path p = target.resolveSibling(SafeNames.candidate(target.getFileName().toString(), n));
            if (!Files.exists(p)) {
                return p;
            }
        }
    }
}
