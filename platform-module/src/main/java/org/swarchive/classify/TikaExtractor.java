package org.swarchive.classify;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.swarchive.i18n.Message;
import org.xml.sax.SAXException;

/**
 * Reads documents with Apache Tika: text (up to a limit: the rules read headings, not whole
 * books) and the title, author and creation date the file carries. Files over the size limit
 * are not opened at all. One parser serves all threads; Tika's auto-detect parser is thread-safe.
 */
public final class TikaExtractor implements DocumentExtractor {

    /** Default: larger files wait for an archivist rather than tie up a small station's laptop. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_CHARS = 100_000;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final long maxBytes;
    private final ZoneId zone;

    public TikaExtractor(long maxBytes, ZoneId zone) {
        this.maxBytes = maxBytes;
        this.zone = zone;
    }

    @Override
    public ExtractResult extract(Path file, String name) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return failed(ExtractResult.Problem.UNREADABLE, Message.of("classify.extract.unreadable", e.getMessage()));
        }
        if (size == 0) {
            return failed(ExtractResult.Problem.EMPTY, Message.of("classify.extract.empty"));
        }
        if (size > maxBytes) {
            return failed(ExtractResult.Problem.TOO_LARGE, Message.of("classify.extract.too-large", mib(size), mib(maxBytes)));
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        BodyContentHandler handler = new BodyContentHandler(MAX_CHARS);
        ParseContext context = new ParseContext();
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            parser.parse(in, handler, metadata, context);
        } catch (EncryptedDocumentException e) {
            return failed(ExtractResult.Problem.ENCRYPTED, Message.of("classify.extract.encrypted"));
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                return corrupt(e);
            }
            // Past the limit: the text so far is all the rules need.
        } catch (TikaException | IOException | RuntimeException e) {
            if (isEncrypted(e)) {
                return failed(ExtractResult.Problem.ENCRYPTED, Message.of("classify.extract.encrypted"));
            }
            return corrupt(e);
        }
        String type = Optional.ofNullable(metadata.get(org.apache.tika.metadata.HttpHeaders.CONTENT_TYPE))
                .orElse("application/octet-stream");
        String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        if (parsedBy.length == 0 || Arrays.stream(parsedBy).allMatch(p -> p.endsWith("EmptyParser") || p.endsWith("DefaultParser"))) {
            return failed(ExtractResult.Problem.UNSUPPORTED, Message.of("classify.extract.unsupported", baseType(type)));
        }
        return new ExtractResult.Read(new Extraction(name, baseType(type), handler.toString(),
                Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)),
                Optional.ofNullable(metadata.get(TikaCoreProperties.CREATOR)),
                Optional.ofNullable(metadata.getDate(TikaCoreProperties.CREATED)).map(this::localDate)));
    }

    /** The parser, for callers that only need detection. */
    Parser parser() {
        return parser;
    }

    private LocalDate localDate(Date d) {
        return d.toInstant().atZone(zone).toLocalDate();
    }

    private static boolean isEncrypted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getSimpleName().equals("InvalidPasswordException")
                    || t.getClass().getSimpleName().equals("EncryptedDocumentException")) {
                return true;
            }
        }
        return false;
    }

    private static ExtractResult corrupt(Exception e) {
        String why = rootMessage(e);
        return failed(ExtractResult.Problem.CORRUPT, Message.of("classify.extract.corrupt", why));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + (m.length() > 160 ? m.substring(0, 160) + "…" : m));
    }

    private static String baseType(String type) {
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).trim();
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / 1024.0 / 1024.0);
    }

    private static ExtractResult failed(ExtractResult.Problem p, Message why) {
        return new ExtractResult.Failed(p, why);
    }
}
