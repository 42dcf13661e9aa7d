package org.swarchive.disposition;

import static org.swarchive.report.Html.esc;

import org.swarchive.i18n.Language;
import org.swarchive.archive.disposition.DestructionRegister;

/** The 销毁清册 as one printable HTML page (no scripts, no external resources), for signing on paper. */
public final class RegisterHtml {

    private static final String CSS = """
            body{font-family:"SimSun","Songti SC","Noto Serif CJK SC",serif;margin:2rem;color:#000}
            h1{text-align:center;font-size:1.6rem;letter-spacing:.3rem}
            table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #000;padding:.3rem .5rem;vertical-align:top}
            table.cover{width:auto;min-width:50%}table.cover th{text-align:left;background:#f2f2f2;white-space:nowrap}
            td.num{text-align:right;white-space:nowrap}tr.total td{font-weight:700}
            @media print{body{margin:1cm}}
            """;

    public String render(DestructionRegister register, Language lang) {
        RegisterCells cells = RegisterCells.of(register, lang);
        StringBuilder h = new StringBuilder(8_192);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang.tag()).append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(cells.title() + " " + register.proposalId())).append("</title>\n<style>").append(CSS)
                .append("</style>\n</head>\n<body>\n<h1>").append(esc(cells.title())).append("</h1>\n<table class=\"cover\">\n");
        for (String[] line : cells.cover()) {
            h.append("<tr><th>").append(esc(line[0])).append("</th><td>").append(esc(line[1])).append("</td></tr>\n");
        }
        h.append("</table>\n<table>\n<thead><tr>");
        for (String c : cells.header()) {
            h.append("<th>").append(esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (String[] row : cells.rows()) {
            row(h, row, "");
        }
        row(h, cells.total(), " class=\"total\"");
        h.append("</tbody>\n</table>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void row(StringBuilder h, String[] cells, String attributes) {
        h.append("<tr").append(attributes).append(">");
        for (int c = 0; c < cells.length; c++) {
            boolean num = c == 0 || c == 2 || c == 5 || c == 6;
            h.append(num ? "<td class=\"num\">" : "<td>").append(esc(cells[c])).append("</td>");
        }
        h.append("</tr>\n");
    }
}
