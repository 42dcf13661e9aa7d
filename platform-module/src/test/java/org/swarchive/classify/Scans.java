package org.swarchive.classify;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;

/**
 * Real scans for tests and benchmarks: lines of text drawn with a CJK font (fonts-wqy-zenhei) onto
 * an A4 page image at 150 dpi, written as PNG, JPG, TIFF or an image-only PDF (no text layer), as a
 * phone photo or a scanner gives them.
 */
public final class Scans {

    public enum Format {
        PNG("png"), JPG("jpg"), TIFF("tiff"), PDF("pdf");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private static final int WIDTH = 1240;
    private static final int HEIGHT = 1754;
    private static final String FONT = "WenQuanYi Zen Hei";

    private Scans() {
    }

    /** The page: the first line as a heading, the rest as body lines; long lines wrap. */
    public static BufferedImage page(List<String> lines) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int y = 150;
            boolean first = true;
            for (String line : lines) {
                g.setFont(new Font(FONT, Font.PLAIN, first ? 40 : 28));
                int perLine = first ? 24 : 34;
                for (int at = 0; at < Math.max(1, line.length()) && y < HEIGHT - 60; at += perLine) {
                    g.drawString(line.substring(at, Math.min(line.length(), at + perLine)), 110, y);
                    y += first ? 80 : 48;
                }
                first = false;
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    public static void write(Path file, Format format, List<String> lines) {
        BufferedImage img = page(lines);
        try {
            switch (format) {
                case PNG -> ImageIO.write(img, "png", file.toFile());
                case JPG -> ImageIO.write(img, "jpg", file.toFile());
                case TIFF -> ImageIO.write(img, "tiff", file.toFile());
                case PDF -> {
                    try (PDDocument pdf = new PDDocument()) {
                        PDPage p = new PDPage(PDRectangle.A4);
                        pdf.addPage(p);
                        PDImageXObject image = LosslessFactory.createFromImage(pdf, img);
                        try (PDPageContentStream s = new PDPageContentStream(pdf, p)) {
                            s.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                        }
                        pdf.save(file.toFile());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(file)) {
            throw new IllegalStateException("no writer for " + format);
        }
    }

    /** Skips the calling test without Tesseract, except on CI, where it must be there (.ci/run installs it). */
    public static void assumeTesseract(TikaExtractor tika) {
        if (!tika.readsScans() && System.getenv("CI") != null) {
            throw new AssertionError("CI is set but tesseract-ocr with tesseract-ocr-chi-sim is not installed");
        }
        Assumptions.assumeTrue(tika.readsScans(), "tesseract-ocr with tesseract-ocr-chi-sim is not installed: scans not tested");
    }

    static byte[] png(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(page(lines), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
