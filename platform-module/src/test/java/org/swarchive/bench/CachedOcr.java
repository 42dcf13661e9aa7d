package org.swarchive.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.swarchive.classify.DocumentExtractor;
import org.swarchive.classify.ExtractResult;
import org.swarchive.classify.Extraction;

/**
 * A benchmark's extractor that keeps what OCR read, by the content's SHA-256, so that iterating on
 * the rules does not read the same page images again. Text documents are always read afresh.
 */
final class CachedOcr implements DocumentExtractor {

    private final DocumentExtractor reader;
    private final Path dir;

    CachedOcr(DocumentExtractor reader, Path dir) {
        this.reader = reader;
        this.dir = dir;
    }

    @Override
    public ExtractResult extract(Path file, String name) {
        try {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            boolean maybeScan = lower.endsWith(".jpg") || lower.endsWith(".png") || lower.endsWith(".tif")
                    || lower.endsWith(".tiff") || lower.endsWith(".jpeg") || lower.endsWith(".pdf");
            if (!maybeScan) {
                return reader.extract(file, name);
            }
            Path kept = dir.resolve(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file))) + ".properties");
            if (Files.exists(kept)) {
                Properties p = new Properties();
                try (InputStream in = Files.newInputStream(kept)) {
                    p.load(in);
                }
                return new ExtractResult.Read(new Extraction(name, p.getProperty("mediaType"), p.getProperty("text"),
                        Optional.ofNullable(p.getProperty("title")), Optional.ofNullable(p.getProperty("author")),
                        Optional.ofNullable(p.getProperty("created")).map(LocalDate::parse),
                        Extraction.Reading.valueOf(p.getProperty("reading"))));
            }
            ExtractResult r = reader.extract(file, name);
            if (r instanceof ExtractResult.Read read && read.extraction().ocr()) {
                Extraction e = read.extraction();
                Properties p = new Properties();
                p.setProperty("mediaType", e.mediaType());
                p.setProperty("text", e.text());
                e.title().ifPresent(t -> p.setProperty("title", t));
                e.author().ifPresent(t -> p.setProperty("author", t));
                e.created().ifPresent(t -> p.setProperty("created", t.toString()));
                p.setProperty("reading", e.reading().name());
                Files.createDirectories(dir);
                try (OutputStream out = Files.newOutputStream(kept)) {
                    p.store(out, name);
                }
            }
            return r;
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
