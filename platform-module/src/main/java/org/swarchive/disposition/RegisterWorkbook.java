package org.swarchive.disposition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.swarchive.i18n.Language;
import org.swarchive.archive.disposition.DestructionRegister;

/**
 * The 销毁清册 as an XLSX workbook: a cover sheet to sign and the register sheet with a row per
 * destroyed record and a total. Numbers are numeric cells, so a station can add them up again.
 */
public final class RegisterWorkbook {

    /** Columns of the register sheet that hold numbers: 序号, 所属年度, 页数. */
    private static final int[] NUMERIC = {0, 2, 6};

    public byte[] render(DestructionRegister register, Language lang) {
        RegisterCells cells = RegisterCells.of(register, lang);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            // The execution time, not the clock: resuming an execution writes the same file again.
            wb.getProperties().getCoreProperties().setCreated(Optional.of(
                    Date.from(register.destroyedAt().atZone(ZoneId.systemDefault()).toInstant())));
            wb.getProperties().getCoreProperties().setCreator("Station Archives");
            wb.getProperties().getCoreProperties().setTitle(cells.title() + " " + register.proposalId());
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle boxed = wb.createCellStyle();
            boxed.setBorderBottom(BorderStyle.THIN);
            boxed.setBorderTop(BorderStyle.THIN);
            boxed.setBorderLeft(BorderStyle.THIN);
            boxed.setBorderRight(BorderStyle.THIN);
            boxed.setWrapText(true);

            Sheet cover = wb.createSheet(RegisterText.COVER.in(lang));
            Row title = cover.createRow(0);
            title.createCell(0).setCellValue(cells.title());
            title.getCell(0).setCellStyle(bold);
            int r = 2;
            for (String[] line : cells.cover()) {
                Row row = cover.createRow(r++);
                row.createCell(0).setCellValue(line[0]);
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(line[1]);
            }
            cover.setColumnWidth(0, 24 * 256);
            cover.setColumnWidth(1, 40 * 256);

            Sheet list = wb.createSheet(RegisterText.LIST.in(lang));
            Row header = list.createRow(0);
            for (int c = 0; c < cells.header().length; c++) {
                header.createCell(c).setCellValue(cells.header()[c]);
                header.getCell(c).setCellStyle(bold);
            }
            r = 1;
            for (String[] values : cells.rows()) {
                write(list.createRow(r++), values, boxed);
            }
            write(list.createRow(r), cells.total(), bold);
            int[] widths = {6, 40, 10, 26, 14, 12, 8, 30};
            for (int c = 0; c < widths.length; c++) {
                list.setColumnWidth(c, widths[c] * 256);
            }
            list.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, String[] values, CellStyle style) {
        for (int c = 0; c < values.length; c++) {
            String v = values[c];
            var cell = row.createCell(c);
            if (isNumericColumn(c) && v.matches("\\d+")) {
                cell.setCellValue(Integer.parseInt(v));
            } else {
                cell.setCellValue(v);
            }
            cell.setCellStyle(style);
        }
    }

    private static boolean isNumericColumn(int c) {
        for (int n : NUMERIC) {
            if (n == c) {
                return true;
            }
        }
        return false;
    }
}
