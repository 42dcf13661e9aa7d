package org.swarchive.inspect;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.swarchive.access.AccessEntry;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.report.HtmlTemplates;

/** The access register (查阅登记) as XLSX or HTML, with the columns of docs/domain.md §6. */
public final class AccessRegisterReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final List<Message> COLUMNS = List.of(Message.of("access-register.reader"), Message.of("access-register.unit"),
            Message.of("access-register.time"), Message.of("access-register.code"), Message.of("access-register.item-title"),
            Message.of("access-register.purpose"), Message.of("access-register.approved-by"), Message.of("access-register.mode"),
            Message.of("access-register.until"));

    private final Language lang;
    private final ZoneId zone;

    public AccessRegisterReport(Language lang, ZoneId zone) {
        this.lang = lang;
        this.zone = zone;
    }

    private String[] head() {
        return COLUMNS.stream().map(c -> c.in(lang)).toArray(String[]::new);
    }

    private String[] row(AccessEntry e) {
        return new String[] {e.reader(), e.unit(), TIME.format(e.at().atZone(zone)), e.archiveCode(), e.title(), e.purpose(),
                e.approvedBy(), e.mode().label().in(lang), e.until() == null ? "" : TIME.format(e.until().atZone(zone))};
    }

    public byte[] xlsx(List<AccessEntry> entries) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Message.of("access-register.sheet").in(lang));
            fill(sheet.createRow(0), head());
            for (int i = 0; i < entries.size(); i++) {
                fill(sheet.createRow(i + 1), row(entries.get(i)));
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The register as one HTML page: the template {@code report/templates/access-register.html}. */
    public byte[] html(List<AccessEntry> entries, String station) {
        return HtmlTemplates.render("report/templates/access-register", lang, Map.of(
                "title", Message.of("access-register.title", station).in(lang), "header", head(),
                "rows", entries.stream().map(this::row).toList())).getBytes(StandardCharsets.UTF_8);
    }

    private static void fill(Row row, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
    }
}
