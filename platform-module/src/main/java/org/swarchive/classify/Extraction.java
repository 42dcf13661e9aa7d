package org.swarchive.classify;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What was read from one document: its name, the text and the properties the file carries
 * (title, author, creation date). Plain values, so the filing rules never touch a file.
 *
 * @param name      the file name as the station saw it, e.g. {@code 3月总结(终稿)(2).docx}
 * @param mediaType the detected media type, e.g. {@code application/pdf}
 * @param text      the document's text, possibly cut at the extractor's limit
 */
public record Extraction(String name, String mediaType, String text, Optional<String> title, Optional<String> author,
                         Optional<LocalDate> created, Reading reading) {

    /** How the text was got: from the file's own text, by OCR of a scan, or not at all (a scan with no OCR). */
    public enum Reading { TEXT, OCR, SCAN_UNREAD }

    /** How many leading lines count as the document's heading. */
    static final int HEADING_LINES = 3;
    private static final int HEADING_CHARS = 200;

    public Extraction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        text = text == null ? "" : text;
        title = title.map(String::strip).filter(t -> !t.isEmpty());
        author = author.map(String::strip).filter(t -> !t.isEmpty());
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(reading, "reading");
    }

    /** A document read from its own text. */
    public Extraction(String name, String mediaType, String text, Optional<String> title, Optional<String> author,
                      Optional<LocalDate> created) {
        this(name, mediaType, text, title, author, created, Reading.TEXT);
    }

    /** True when the text came from OCR of an image: read, but less surely. */
    public boolean ocr() {
        return reading == Reading.OCR;
    }

    public static Extraction ofText(String name, String text) {
        return new Extraction(name, "text/plain", text, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The file name without its extension: the part people put the title in. */
    public String stem() {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The first non-blank lines of the text: where a document states what it is. */
    public String heading() {
        StringBuilder h = new StringBuilder();
        int lines = 0;
        for (String line : text.split("\\R", 40)) {
            String l = line.strip();
            if (l.isEmpty() || reading == Reading.OCR && l.codePoints().filter(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN).count() < 2) {
                // A photo's OCR starts with specks and stray marks read as 一 | . : they are no heading.
                continue;
            }
            h.append(l).append('\n');
            if (++lines == HEADING_LINES || h.length() >= HEADING_CHARS) {
                break;
            }
        }
        return h.length() > HEADING_CHARS ? h.substring(0, HEADING_CHARS) : h.toString();
    }

    public boolean hasText() {
        return !text.isBlank();
    }
}
