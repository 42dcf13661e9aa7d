package org.swarchive.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes real Office and PDF documents with Chinese text, as a station's staff would make them:
 * DOCX (POI), XLSX (POI) and PDF (PDFBox). Used by the demo station, the tests and the benchmark.
 *
 * <p>PDFs use the standard Chinese font {@code STSong-Light} with the {@code UniGB-UCS2-H} CMap,
 * not embedded (as many Chinese office tools write them): the text is exact and extractable with
 * no font file on this machine, and viewers show it with their own Song typeface.
 */
public final class DemoDocuments {

    /** A document's content: a title (first line), body lines, and the properties the file carries. */
    public record Content(String title, List<String> lines, Optional<String> author, Optional<LocalDate> created) {
        public Content {
            lines = List.copyOf(lines);
        }
    }

    public enum Format {
        DOCX("docx"), XLSX("xlsx"), PDF("pdf"), TXT("txt");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    public void write(Path file, Format format, Content c) throws IOException {
        switch (format) {
            case DOCX -> docx(file, c);
            case XLSX -> xlsx(file, c);
            case PDF -> pdf(file, c, Optional.empty());
            case TXT -> Files.writeString(file, c.title() + "\n\n" + String.join("\n", c.lines()) + "\n", StandardCharsets.UTF_8);
        }
    }

    public void docx(Path file, Content c) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFParagraph heading = doc.createParagraph();
            XWPFRun run = heading.createRun();
            run.setBold(true);
            run.setFontSize(16);
            run.setFontFamily("宋体");
            run.setText(c.title());
            for (String line : c.lines()) {
                XWPFRun r = doc.createParagraph().createRun();
                r.setFontFamily("宋体");
                r.setText(line);
            }
            properties(doc.getProperties().getCoreProperties(), c);
            doc.write(out);
        }
    }

    /** A sheet: the title in A1, then one row per line, cells split at tabs or at the first colon. */
    public void xlsx(Path file, Content c) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet(sheetName(c.title()));
            sheet.createRow(0).createCell(0).setCellValue(c.title());
            int r = 1;
            for (String line : c.lines()) {
                XSSFRow row = sheet.createRow(r++);
                String[] cells = line.contains("\t") ? line.split("\t") : line.split("(?<=[:：])", 2);
                for (int i = 0; i < cells.length; i++) {
                    String v = cells[i].strip();
                    if (i > 0 && v.matches("\\d{1,9}(\\.\\d+)?")) {
                        row.createCell(i).setCellValue(Double.parseDouble(v));
                    } else {
                        row.createCell(i).setCellValue(v);
                    }
                }
            }
            sheet.setColumnWidth(0, 30 * 256);
            properties(wb.getProperties().getCoreProperties(), c);
            wb.write(out);
        }
    }

    public void pdf(Path file, Content c) throws IOException {
        pdf(file, c, Optional.empty());
    }

    /** A PDF that opens only with this password: for the filer's bad-input tests. */
    public void encryptedPdf(Path file, Content c, String password) throws IOException {
        pdf(file, c, Optional.of(password));
    }

    /** A PDF with no text layer, as a scanner makes it: one grey box standing in for the image. */
    public void scannedPdf(Path file, Optional<LocalDate> created) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream s = new PDStream(doc);
            try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) {
                o.write("0.85 g 60 120 480 600 re f\n".getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(s);
            created.ifPresent(d -> doc.getDocumentInformation().setCreationDate(calendar(d)));
            doc.save(file.toFile());
        }
    }

    private void pdf(Path file, Content c, Optional<String> password) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            COSDictionary font = songFont();
            List<String> all = new java.util.ArrayList<>();
            all.add(c.title());
            all.add("");
            all.addAll(c.lines());
            int perPage = 40;
            for (int from = 0; from < all.size(); from += perPage) {
                PDPage page = new PDPage();
                doc.addPage(page);
                PDResources res = new PDResources();
                COSDictionary fonts = new COSDictionary();
                fonts.setItem(COSName.getPDFName("F1"), font);
                res.getCOSObject().setItem(COSName.FONT, fonts);
                page.setResources(res);
                StringBuilder content = new StringBuilder("BT\n/F1 12 Tf\n16 TL\n60 740 Td\n");
                for (String line : all.subList(from, Math.min(all.size(), from + perPage))) {
                    content.append('<').append(ucs2(line)).append("> Tj T*\n");
                }
                content.append("ET\n");
                PDStream s = new PDStream(doc);
                try (OutputStream o = s.createOutputStream(COSName.FLATE_DECODE)) {
                    o.write(content.toString().getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(s);
            }
            doc.getDocumentInformation().setTitle(c.title());
            c.author().ifPresent(a -> doc.getDocumentInformation().setAuthor(a));
            c.created().ifPresent(d -> doc.getDocumentInformation().setCreationDate(calendar(d)));
            if (password.isPresent()) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password.get(), password.get(),
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(file.toFile());
        }
    }

    /** STSong-Light, Adobe-GB1, addressed by UCS-2 codes: the PDF standard's own Chinese font. */
    private static COSDictionary songFont() {
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "GB1");
        info.setInt(COSName.SUPPLEMENT, 2);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray bbox = new COSArray();
        for (int v : new int[] {-25, -254, 1000, 880}) {
            bbox.add(COSInteger.get(v));
        }
        descriptor.setItem(COSName.FONT_BBOX, bbox);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cid.setName(COSName.BASE_FONT, "STSong-Light");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cid);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static String ucs2(String s) {
        StringBuilder hex = new StringBuilder();
        s.chars().forEach(ch -> hex.append(String.format("%04X", ch)));
        return hex.toString();
    }

    private static void properties(POIXMLProperties.CoreProperties p, Content c) {
        p.setTitle(c.title());
        c.author().ifPresent(p::setCreator);
        c.created().ifPresent(d -> p.setCreated(Optional.of(Date.from(d.atTime(9, 0).toInstant(ZoneOffset.ofHours(8))))));
    }

    private static Calendar calendar(LocalDate d) {
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("Asia/Shanghai"));
        cal.clear();
        cal.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 9, 0);
        return cal;
    }

    private static String sheetName(String title) {
        String n = title.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return n.length() > 31 ? n.substring(0, 31) : n;
    }
}
