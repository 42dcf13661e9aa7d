package org.swarchive.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.swarchive.classify.Scans;

/**
 * Turns a corpus text source into the file it arrives as: DOCX (a paragraph a line), XLSX (a row a
 * line, cells at tabs, a sheet per {@code === sheet: NAME ===}), a text PDF with an embedded CJK
 * font, or a scan (PNG/JPG/TIFF image of the page, or an image-only PDF). No title or creation date
 * is set: what the filer learns, it learns from the name and the text, as with a real inbox.
 */
public final class CorpusRenderer {

    private static final Path CJK_FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
    private static final float FONT_SIZE = 11;
    private static final int CHARS_PER_LINE = 40;

    /** Writes {@code text} to {@code file} in {@code format} (docx, xlsx, pdf, scan-pdf, jpg, png, tiff). */
    public void render(Path file, String format, String text) throws IOException {
        List<String> lines = text.lines().toList();
        switch (format) {
            case "docx" -> docx(file, lines);
            case "xlsx" -> xlsx(file, lines);
            case "pdf" -> pdf(file, lines);
            case "scan-pdf" -> Scans.write(file, Scans.Format.PDF, nonBlank(lines));
            case "jpg" -> Scans.write(file, Scans.Format.JPG, nonBlank(lines));
            case "png" -> Scans.write(file, Scans.Format.PNG, nonBlank(lines));
            case "tiff" -> Scans.write(file, Scans.Format.TIFF, nonBlank(lines));
            default -> throw new IllegalArgumentException("unknown format '" + format + "' for " + file.getFileName());
        }
    }

    private static List<String> nonBlank(List<String> lines) {
        return lines.stream().map(l -> l.replace('\t', ' ')).filter(l -> !l.isBlank()).toList();
    }

    private static void docx(Path file, List<String> lines) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String line : lines) {
                XWPFRun run = doc.createParagraph().createRun();
                run.setFontFamily("宋体");
                run.setText(line);
            }
            // POI stamps a new file with the moment it was made (here: the benchmark run, a date after
            // the filing clock's); the corpus's documents carry no creation date, as the class says.
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
            doc.write(out);
        }
    }

    private static void xlsx(Path file, List<String> lines) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = null;
            int row = 0;
            for (String line : lines) {
                if (line.startsWith("=== sheet:") && line.endsWith("===")) {
                    String name = line.substring(10, line.length() - 3).strip().replaceAll("[\\\\/?*\\[\\]:]", "_");
                    sheet = wb.createSheet(name.isEmpty() ? "Sheet" + (wb.getNumberOfSheets() + 1) : name);
                    row = 0;
                    continue;
                }
                if (sheet == null) {
                    sheet = wb.createSheet("Sheet1");
                }
                XSSFRow r = sheet.createRow(row++);
                String[] cells = line.split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        r.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            if (sheet == null) {
                wb.createSheet("Sheet1");
            }
            wb.getProperties().getCoreProperties().setCreated(java.util.Optional.empty());
            wb.write(out);
        }
    }

    /** The line without the characters the font has no glyph for (an emoji in a WeChat note). */
    private static String encodable(PDType0Font font, String line) {
        StringBuilder b = new StringBuilder();
        line.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                b.append(c);
            } catch (IOException | IllegalArgumentException e) {
                b.append(' ');
            }
        });
        return b.toString();
    }

    private static void pdf(Path file, List<String> lines) throws IOException {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            String l = line.replace('\t', ' ');
            for (int at = 0; at < Math.max(1, l.length()); at += CHARS_PER_LINE) {
                wrapped.add(l.substring(at, Math.min(l.length(), at + CHARS_PER_LINE)));
            }
        }
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(CJK_FONT.toFile())) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            PDType0Font font = PDType0Font.load(pdf, first[0], true);
            float leading = FONT_SIZE * 1.6f;
            int perPage = (int) ((PDRectangle.A4.getHeight() - 144) / leading);
            for (int start = 0; start < Math.max(1, wrapped.size()); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    s.beginText();
                    s.setFont(font, FONT_SIZE);
                    s.setLeading(leading);
                    s.newLineAtOffset(72, PDRectangle.A4.getHeight() - 72);
                    for (String l : wrapped.subList(start, Math.min(wrapped.size(), start + perPage))) {
                        s.showText(encodable(font, l));
                        s.newLine();
                    }
                    s.endText();
                }
            }
            pdf.save(file.toFile());
        }
    }
}
