package org.swarchive.inspect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.swarchive.access.AccessEntry;
import org.swarchive.i18n.Language;
import org.swarchive.report.Html;

/** The access register (查阅登记) as XLSX or HTML, with the columns of domain.md §6. */
public final class AccessRegisterReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Language lang;
    private final ZoneId zone;

    public AccessRegisterReport(Language lang, ZoneId zone) {
        this.lang = lang;
        this.zone = zone;
    }

    private String[] head() {
        return lang == Language.EN
                ? new String[] {"Reader", "Unit / department", "Time", "Archive code", "Title", "Purpose", "Approved by", "Mode", "Until"}
                : new String[] {"查阅人", "单位/部门", "时间", "档号", "题名", "事由", "批准人", "方式", "期限"};
    }

    private String[] row(AccessEntry e) {
        return new String[] {e.reader(), e.unit(), TIME.format(e.at().atZone(zone)), e.archiveCode(), e.title(), e.purpose(),
                e.approvedBy(), e.mode().label().in(lang), e.until() == null ? "" : TIME.format(e.until().atZone(zone))};
    }

    public byte[] xlsx(List<AccessEntry> entries) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(lang == Language.EN ? "Access register" : "查阅登记");
            fill(sheet.createRow(0), head());
            for (int i = 0; i < entries.size(); i++) {
                fill(sheet.createRow(i + 1), row(entries.get(i)));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    public byte[] html(List<AccessEntry> entries, String station) {
        String title = (lang == Language.EN ? "Access register — " : "查阅登记 — ") + station;
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(Html.esc(title)).append("</title>\n<style>")
                .append("body{font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",system-ui,sans-serif;margin:16px}")
                .append("table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left}")
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.esc(title)).append("</h1>\n<table>\n<thead><tr>");
        for (String c : head()) {
            h.append("<th scope=\"col\">").append(Html.esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (AccessEntry e : entries) {
            h.append("<tr>");
            for (String c : row(e)) {
                h.append("<td>").append(Html.esc(c)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void fill(Row row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
