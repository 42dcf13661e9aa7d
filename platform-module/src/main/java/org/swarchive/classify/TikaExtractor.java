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
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.exception.TikaConfigException;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.ocr.TesseractOCRParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.swarchive.i18n.Message;
import org.xml.sax.SAXException;

/**
 * Reads documents with Apache Tika: text (up to a limit: the rules read headings, not whole
 * books) and the title, author and creation date the file carries. Files over the size limit
 * are not opened at all. One parser serves all threads; Tika's auto-detect parser is thread-safe.
 *
 * <p>Scans (JPG/PNG/TIFF, and PDF pages without text) are read by Tesseract through Tika's OCR
 * parser, in simplified Chinese ({@code chi_sim}, which also reads digits and Latin letters: adding
 * {@code eng} made a page three times slower for no gain on station documents). Without Tesseract a
 * scan is still a {@link ExtractResult.Read} — with no text and {@link Extraction.Reading#SCAN_UNREAD}
 * — so it waits for review with the reason, not as a failure.
 */
public final class TikaExtractor implements DocumentExtractor {

    /** Default: larger files wait for an archivist rather than tie up a small station's laptop. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_CHARS = 100_000;
    /** Tesseract's language pack (Debian: tesseract-ocr-chi-sim). */
    public static final String OCR_LANGUAGE = "chi_sim";
    /** Fewer text characters than this on a PDF page and the page is read as a scan. */
    static final int OCR_MIN_CHARS = 10;
    private static final int OCR_TIMEOUT_SECONDS = 120;
    /** The image formats Tesseract reads: what phones and scanners give (a DWG drawing is no scan). */
    static final java.util.Set<String> SCAN_IMAGES = java.util.Set.of("image/png", "image/jpeg", "image/tiff", "image/gif",
            "image/bmp", "image/x-ms-bmp", "image/jp2", "image/jpx", "image/x-portable-pixmap");

    /**
     * How scans are read (docs/benchmarks.md, issue 15, has what each gave on the held-out scans).
     *
     * @param pageSegMode  tesseract's --psm: 3 (automatic layout, no orientation detection) reads the same
     *                     station pages as Tika's default 1 without loading and running the OSD model
     * @param dpi          what a PDF page is rendered at for OCR
     * @param pdfImageFormat the image format a rendered PDF page is handed to tesseract in
     * @param invert       whether tesseract also tries each line as white-on-black (tessedit_do_invert)
     */
    public record OcrSettings(String pageSegMode, int dpi, String pdfImageFormat, boolean invert) {
        /** What swa file uses. */
        public static final OcrSettings DEFAULT = new OcrSettings("3", 200, "png", false);
        /** Tika's own defaults with this class's language and resolution (the issue 15 first measure). */
        public static final OcrSettings TIKA = new OcrSettings("1", 200, "png", true);
    }

    private final AutoDetectParser parser;
    private final TesseractOCRParser tesseract;
    private final boolean ocr;
    private final long maxBytes;
    private final ZoneId zone;
    private final OcrSettings settings;

    /** Tesseract is looked for on the PATH. */
    public TikaExtractor(long maxBytes, ZoneId zone) {
        this(maxBytes, zone, "");
    }

    /** @param tesseractDir the directory holding the tesseract program; empty: the PATH */
    public TikaExtractor(long maxBytes, ZoneId zone, String tesseractDir) {
        this(maxBytes, zone, tesseractDir, OcrSettings.DEFAULT);
    }

    public TikaExtractor(long maxBytes, ZoneId zone, String tesseractDir, OcrSettings settings) {
        this.maxBytes = maxBytes;
        this.zone = zone;
        this.settings = settings;
        this.tesseract = new TesseractOCRParser();
        boolean found;
        try {
            tesseract.setTesseractPath(tesseractDir);
            tesseract.setLanguage(OCR_LANGUAGE);
            tesseract.setPageSegMode(settings.pageSegMode());
            tesseract.setTimeout(OCR_TIMEOUT_SECONDS);
            tesseract.initialize(java.util.Map.of());
            found = tesseract.hasTesseract();
        } catch (TikaConfigException e) {
            // Tesseract present but unusable (no chi_sim pack): scans wait for review like without it.
            found = false;
        }
        this.ocr = found;
        DefaultParser others = new DefaultParser(MediaTypeRegistry.getDefaultRegistry(), new ServiceLoader(),
                java.util.List.of(TesseractOCRParser.class));
        this.parser = found ? new AutoDetectParser(others, tesseract) : new AutoDetectParser(others);
    }

    /** True when scans can be read: Tesseract with the Chinese pack was found. */
    public boolean readsScans() {
        return ocr;
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
        if (ocr) {
            PDFParserConfig pdf = new PDFParserConfig();
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
            pdf.setOcrDPI(settings.dpi());
            pdf.setOcrImageFormatName(settings.pdfImageFormat());
            context.set(PDFParserConfig.class, pdf);
            TesseractOCRConfig tess = new TesseractOCRConfig();
            tess.setLanguage(OCR_LANGUAGE);
            tess.setPageSegMode(settings.pageSegMode());
            if (!settings.invert()) {
                tess.addOtherTesseractConfig("tessedit_do_invert", "0");
            }
            context.set(TesseractOCRConfig.class, tess);
        }
        boolean ocrImage = false;
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            org.apache.tika.mime.MediaType detected = parser.getDetector().detect(in, metadata);
            if (ocr && SCAN_IMAGES.contains(detected.getBaseType().toString())) {
                // Tika hands a plain image/png to no parser of its own: the OCR parser reads it directly.
                metadata.set(org.apache.tika.metadata.HttpHeaders.CONTENT_TYPE, detected.toString());
                tesseract.parse(in, handler, metadata, context);
                ocrImage = true;
            } else {
                parser.parse(in, handler, metadata, context);
            }
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
        String text = handler.toString();
        boolean image = SCAN_IMAGES.contains(baseType(type));
        boolean scan = image || baseType(type).equals("application/pdf") && text.strip().length() < OCR_MIN_CHARS;
        Integer ocrPages = metadata.getInt(org.apache.tika.metadata.PDF.OCR_PAGE_COUNT);
        boolean ocrRead = ocrImage || ocr && (Arrays.stream(parsedBy).anyMatch(p -> p.endsWith("TesseractOCRParser"))
                || ocrPages != null && ocrPages > 0);
        Extraction.Reading reading = ocrRead ? Extraction.Reading.OCR
                : !ocr && scan ? Extraction.Reading.SCAN_UNREAD : Extraction.Reading.TEXT;
        if (reading == Extraction.Reading.TEXT && (parsedBy.length == 0
                || Arrays.stream(parsedBy).allMatch(p -> p.endsWith("EmptyParser") || p.endsWith("DefaultParser")))) {
            return failed(ExtractResult.Problem.UNSUPPORTED, Message.of("classify.extract.unsupported", baseType(type)));
        }
        if (reading == Extraction.Reading.OCR) {
            text = tidyOcr(text);
        }
        return new ExtractResult.Read(new Extraction(name, baseType(type), text,
                Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE)),
                Optional.ofNullable(metadata.get(TikaCoreProperties.CREATOR)),
                Optional.ofNullable(metadata.getDate(TikaCoreProperties.CREATED)).map(this::localDate), reading));
    }

    private static final java.util.regex.Pattern HAN_GAP = java.util.regex.Pattern.compile(
            "(?<=\\p{IsHan})[ \\t]+(?=[\\p{IsHan}\\d:：(（])|(?<=[\\d:：)）])[ \\t]+(?=\\p{IsHan})|(?<=\\p{IsHan})[ \\t]*[:：][ \\t]*");
    private static final java.util.regex.Pattern MISREAD_ID = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9])([SC])([0-9OoIl]{2,5})(?![A-Za-z0-9])");

    /**
     * Tesseract puts spaces between Chinese characters (员工 编号 : S01) and reads 0 as O in codes
     * (SO1): the gaps are closed and a staff or case code's letters-for-digits put back.
     */
    static String tidyOcr(String text) {
        java.util.regex.Matcher m = HAN_GAP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group().contains(":") || m.group().contains("：") ? "：" : "");
        }
        m.appendTail(out);
        java.util.regex.Matcher id = MISREAD_ID.matcher(out.toString());
        StringBuilder fixed = new StringBuilder();
        while (id.find()) {
            String digits = id.group(2);
            String mended = digits.chars().anyMatch(Character::isDigit)
                    ? digits.replace('O', '0').replace('o', '0').replace('I', '1').replace('l', '1') : digits;
            id.appendReplacement(fixed, id.group(1) + mended);
        }
        id.appendTail(fixed);
        return fixed.toString();
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
