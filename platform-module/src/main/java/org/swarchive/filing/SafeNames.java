package org.swarchive.filing;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.swarchive.store.MetadataXml;

/**
 * File names that are valid everywhere a station's folder goes: Linux, a Windows share, and
 * Alfresco (whose {@code cm:name} forbids the same characters as Windows). A name that is not is
 * mended, never refused, so the document still gets filed.
 */
public final class SafeNames {

    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    /** Bytes, as Linux counts them; leaves room for the metadata file's suffix and a -2. */
    static final int MAX_BYTES = 255 - MetadataXml.SUFFIX.length() - 4;

    private SafeNames() {
    }

    /** The name mended: forbidden characters become _, reserved names get a _, long names are cut. */
    public static String mend(String name) {
        String n = FORBIDDEN.matcher(name).replaceAll("_").strip();
        n = n.replaceAll("[. ]+$", "");
        if (n.isEmpty() || n.equals(".") || n.equals("..")) {
            n = "未命名";
        }
        String stem = n.contains(".") ? n.substring(0, n.indexOf('.')) : n;
        if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            n = "_" + n;
        }
        if (n.startsWith(".")) {
            n = "_" + n.substring(1);
        }
        return cut(n);
    }

    /** A file's extension, lower case, with its dot ({@code .docx}); empty when it has none or a long one. */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.length() - dot <= 8 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
    }

    /** The name without a {@code .zip} ending: what an unpacked zip's folder is called. */
    public static String stemOf(String zipName) {
        return zipName.replaceFirst("(?i)\\.zip$", "");
    }

    /**
     * The n-th name tried when a name is taken (1 = the name itself): {@code 报告.pdf},
     * {@code 报告-2.pdf}, {@code 报告-3.pdf}, …; the suffix goes before a file's extension. The
     * same on every store, so a clash reads alike in a folder and in Alfresco.
     */
    public static String candidate(String name, int n) {
        if (n <= 1) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
    }

    static boolean isValid(String name) {
        return mend(name).equals(name);
    }

    /** Cuts the stem so the whole name fits in {@link #MAX_BYTES} UTF-8 bytes, keeping the extension. */
    private static String cut(String name) {
        if (name.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - ext.length());
        int budget = MAX_BYTES - ext.getBytes(StandardCharsets.UTF_8).length - 3;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < stem.length(); ) {
            int cp = stem.codePointAt(i);
            int bytes = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + bytes > budget) {
                break;
            }
            kept.appendCodePoint(cp);
            used += bytes;
            i += Character.charCount(cp);
        }
        return kept + "…" + ext;
    }
}
