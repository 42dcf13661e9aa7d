package org.swarchive.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.swarchive.evidence.assessment.ScoreSheet;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A window's score sheet as JSON (the fields scripts read: {@code indicators[]} with {@code code},
 * {@code level}, {@code weight}, {@code computedPoints}, {@code awardedPoints}, {@code verdict},
 * {@code comment}, {@code by}; {@code total}, {@code grade}), as an HTML page (Thymeleaf,
 * {@code report/templates/scoresheet.html}) and as an XLSX workbook whose points are numeric cells,
 * so a station can add them up again. The three say the same things.
 */
public final class ScoreSheetReport {

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final ZoneId zone;

    public ScoreSheetReport(ZoneId zone) {
        this.zone = zone;
    }

    public String json(ScoreSheet s, Language lang) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("station", s.station());
        json.put("framework", s.framework().id());
        json.put("frameworkTitle", s.framework().title().in(lang));
        Map<String, Object> window = new LinkedHashMap<>();
        window.put("id", s.window().id());
        window.put("evaluatorGroup", s.window().evaluatorGroup());
        window.put("from", s.window().from().toString());
        window.put("until", s.window().effectiveEnd().toString());
        json.put("window", window);
        json.put("evaluators", s.evaluators());
        Map<String, String> submitted = new TreeMap<>();
        s.submitted().forEach((who, at) -> submitted.put(who, at.toString()));
        json.put("submitted", submitted);
        json.put("complete", s.complete());
        List<Map<String, Object>> indicators = new ArrayList<>();
        for (ScoreSheet.Row r : s.rows()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("code", r.code());
            i.put("title", r.title().in(lang));
            i.put("level", r.level());
            i.put("leaf", r.leaf());
            i.put("weight", r.weight());
            i.put("computedPoints", r.computedPoints());
            i.put("awardedPoints", r.awardedPoints());
            i.put("pointsGiven", r.pointsGiven());
            i.put("verdict", r.verdict().map(v -> v.id()).orElse(null));
            i.put("verdictLabel", r.verdict().map(v -> v.in(lang)).orElse(null));
            i.put("comment", r.comment());
            i.put("by", r.by());
            i.put("at", r.at().map(Object::toString).orElse(null));
            indicators.add(i);
        }
        json.put("indicators", indicators);
        json.put("computedTotal", s.computedTotal());
        json.put("total", s.total());
        json.put("maximum", s.framework().total());
        json.put("grade", s.grade().map(g -> {
            Map<String, Object> grade = new LinkedHashMap<>();
            grade.put("min", g.min());
            grade.put("label", g.label().in(lang));
            return grade;
        }).orElse(null));
        return mapper.writeValueAsString(json) + "\n";
    }

    /** A row as the page and the workbook show it. */
    public record Line(String code, int level, String title, boolean leaf, String weight, String computed, String awarded,
                       boolean given, String source, String verdict, String comment, String by) {
    }

    public List<Line> lines(ScoreSheet s, Language lang) {
        return s.rows().stream().map(r -> new Line(r.code(), r.level(), r.title().in(lang), r.leaf(), plain(r.weight()),
                r.computedPoints().toPlainString(), r.awardedPoints().toPlainString(), r.pointsGiven(),
                r.leaf() ? Message.of(r.pointsGiven() ? "report.scoresheet.given" : "report.scoresheet.computed-stand").in(lang) : "",
                r.verdict().map(v -> v.in(lang)).orElse(""), r.comment(), r.by())).toList();
    }

    public String html(ScoreSheet s, Language lang) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("station", s.station());
        page.put("framework", s.framework().title().in(lang));
        page.put("window", s.window().id());
        page.put("from", s.window().from().atZone(zone).toLocalDate().toString());
        page.put("until", s.window().effectiveEnd().atZone(zone).toLocalDate().toString());
        page.put("evaluators", String.join("、", s.evaluators()));
        page.put("lines", lines(s, lang));
        page.put("total", s.total().toPlainString());
        page.put("computedTotal", s.computedTotal().toPlainString());
        page.put("maximum", plain(s.framework().total()));
        page.put("grade", s.grade().map(g -> g.label().in(lang)).orElse("—"));
        page.put("complete", s.complete());
        page.put("withoutPoints", s.leavesWithoutPoints());
        return HtmlTemplates.render("report/templates/scoresheet", lang, page);
    }

    public byte[] xlsx(ScoreSheet s, Language lang) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.getProperties().getCoreProperties().setCreator("Station Archives");
            wb.getProperties().getCoreProperties().setTitle(Message.of("report.scoresheet.title").in(lang) + " " + s.window().id());
            wb.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(s.window().from())));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = wb.createSheet(Message.of("report.scoresheet.title").in(lang));
            int r = 0;
            Row title = sheet.createRow(r++);
            title.createCell(0).setCellValue(Message.of("report.scoresheet.title").in(lang) + " — " + s.station() + " — "
                    + s.framework().title().in(lang));
            title.getCell(0).setCellStyle(bold);
            String[][] meta = {
                    {Message.of("report.scoresheet.window").in(lang), s.window().id() + "  " + s.window().from().atZone(zone).toLocalDate()
                            + " — " + s.window().effectiveEnd().atZone(zone).toLocalDate()},
                    {Message.of("report.scoresheet.evaluators").in(lang), String.join("、", s.evaluators())}};
            for (String[] m : meta) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(m[0]);
                row.createCell(1).setCellValue(m[1]);
            }
            r++;
            String[] head = {"report.indicator", "report.scoresheet.level", "report.scoresheet.title-column", "report.weight",
                    "report.scoresheet.computed", "report.scoresheet.awarded", "report.scoresheet.source", "report.scoresheet.verdict",
                    "report.scoresheet.comment", "report.scoresheet.by"};
            Row header = sheet.createRow(r++);
            for (int c = 0; c < head.length; c++) {
                header.createCell(c).setCellValue(Message.of(head[c]).in(lang));
                header.getCell(c).setCellStyle(bold);
            }
            int first = r;
            List<Line> lines = lines(s, lang);
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                ScoreSheet.Row data = s.rows().get(i);
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(l.code());
                row.createCell(1).setCellValue(l.level());
                row.createCell(2).setCellValue(l.title());
                row.createCell(3).setCellValue(data.weight().doubleValue());
                row.createCell(4).setCellValue(data.computedPoints().doubleValue());
                row.createCell(5).setCellValue(data.awardedPoints().doubleValue());
                row.createCell(6).setCellValue(l.source());
                row.createCell(7).setCellValue(l.verdict());
                row.createCell(8).setCellValue(l.comment());
                row.createCell(9).setCellValue(l.by());
                if (!l.leaf()) {
                    for (int c = 0; c < 6; c++) {
                        row.getCell(c).setCellStyle(bold);
                    }
                }
            }
            r++;
            Row total = sheet.createRow(r++);
            total.createCell(0).setCellValue(Message.of("report.scoresheet.total").in(lang));
            total.createCell(4).setCellValue(s.computedTotal().doubleValue());
            total.createCell(5).setCellValue(s.total().doubleValue());
            total.getCell(0).setCellStyle(bold);
            total.getCell(5).setCellStyle(bold);
            Row grade = sheet.createRow(r);
            grade.createCell(0).setCellValue(Message.of("report.grade").in(lang));
            grade.createCell(5).setCellValue(s.grade().map(g -> g.label().in(lang)).orElse("—"));
            int[] widths = {10, 6, 36, 8, 10, 10, 18, 12, 40, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, first);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
