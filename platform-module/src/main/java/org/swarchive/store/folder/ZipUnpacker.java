package org.swarchive.store.folder;

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
import org.swarchive.store.InboxProblem;

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

        Refused(LocalizedText reason) {
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
                throw new Refused(LocalizedText.of("压缩包内文件过多（" + entries.size() + " 个，上限 " + limits.maxEntries() + "）",
                        "the zip holds too many entries (" + entries.size() + ", limit " + limits.maxEntries() + ")"));
            }
            long total = 0;
            for (ZipArchiveEntry e : entries) {
                String name = nameOf(e);
                String where = zipId + "!" + name;
                if (e.isDirectory()) {
                    continue;
                }
                if (escapes(name)) {
                    notes.add(new InboxProblem(where, LocalizedText.of("压缩包内的路径“" + name + "”指向压缩包之外（../ 或绝对路径），已跳过；原压缩包保留在 .swa/originals",
                            "the entry path '" + name + "' points outside the zip (../ or absolute): skipped; the zip is kept in .swa/originals"), true));
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
                    notes.add(new InboxProblem(where, LocalizedText.of("文件名“" + name + "”在目标文件系统中无效，已改为“" + mended + "”",
                            "the name '" + name + "' is not valid on the target file system: renamed '" + mended + "'"), false));
                }
                target = unique(target);
                Files.createDirectories(target.getParent());
                total += copy(file, e, where, target, limits.maxTotalBytes() - total);
            }
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof IOException io && io.getCause() instanceof Refused r) {
                throw r;
            }
            throw new Refused(LocalizedText.of("不是有效的 zip 压缩包：" + e.getMessage(), "not a valid zip: " + e.getMessage()));
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
                    throw refused(LocalizedText.of("压缩包内“" + where + "”解压后超过单个文件大小上限，疑似压缩炸弹，整个压缩包未解压",
                            "'" + where + "' expands past the file size limit (a zip bomb?): the zip was not unpacked"));
                }
                if (written > totalLeft) {
                    throw refused(LocalizedText.of("压缩包解压后总大小超过上限，疑似压缩炸弹，整个压缩包未解压",
                            "the zip expands past the total size limit (a zip bomb?): it was not unpacked"));
                }
                if (written > RATIO_FLOOR && written / compressed > limits.maxRatio()) {
                    throw refused(LocalizedText.of("压缩包内“" + where + "”压缩比超过 " + limits.maxRatio() + ":1，疑似压缩炸弹，整个压缩包未解压",
                            "'" + where + "' expands more than " + limits.maxRatio() + ":1 (a zip bomb?): the zip was not unpacked"));
                }
                out.write(buf, 0, n);
            }
        }
        return written;
    }

    private static IOException refused(LocalizedText reason) {
        return new IOException(reason.en(), new Refused(reason));
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

    static Path unique(Path target) {
        if (!Files.exists(target)) {
            return target;
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; ; i++) {
            Path p = target.resolveSibling(stem + "-" + i + ext);
            if (!Files.exists(p)) {
                return p;
            }
        }
    }
}
