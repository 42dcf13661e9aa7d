package org.swarchive.disposition;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.swarchive.i18n.Language;
import org.swarchive.archive.disposition.Approval;
import org.swarchive.archive.disposition.DestructionRegister;
import org.swarchive.archive.disposition.SignOffRole;

/**
 * The 销毁清册 as label/value cover lines and table rows of text: the XLSX and the HTML show the
 * same cells, worked out once here.
 */
record RegisterCells(String title, List<String[]> cover, String[] header, List<String[]> rows, String[] total) {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static RegisterCells of(DestructionRegister r, Language lang) {
        List<String[]> cover = new ArrayList<>();
        String none = RegisterText.NONE.in(lang);
        cover.add(new String[] {RegisterText.FONDS.in(lang), r.fonds() == null ? none : r.fonds()});
        cover.add(new String[] {RegisterText.PROPOSAL.in(lang), r.proposalId()});
        cover.add(new String[] {RegisterText.QUANTITY.in(lang), String.valueOf(r.quantity())});
        cover.add(new String[] {RegisterText.TOTAL_PAGES.in(lang), pages(r, lang)});
        cover.add(new String[] {RegisterText.APPRAISER.in(lang), r.appraiser()});
        cover.add(new String[] {RegisterText.APPRAISED_ON.in(lang), r.appraisedOn().toString()});
        Approval head = r.approver().orElse(null);
        cover.add(new String[] {RegisterText.APPROVER.in(lang), head == null ? none : head.name()});
        cover.add(new String[] {RegisterText.APPROVED_ON.in(lang), head == null ? none : head.at().toLocalDate().toString()});
        for (Approval a : r.signOffs()) {
            if (a.role() != SignOffRole.STATION_HEAD) {
                cover.add(new String[] {a.role().label().in(lang), a.name() + "（" + a.at().toLocalDate() + "）"});
            }
        }
        for (int i = 0; i < r.supervisors().size(); i++) {
            cover.add(new String[] {RegisterText.SUPERVISOR.in(lang) + (i + 1), r.supervisors().get(i)});
        }
        cover.add(new String[] {RegisterText.DESTROYED_AT.in(lang), r.destroyedAt().format(MINUTE)});

        String[] header = {RegisterText.SEQ.in(lang), RegisterText.ITEM_TITLE.in(lang), RegisterText.YEAR.in(lang),
                RegisterText.CODE.in(lang), RegisterText.RETENTION.in(lang), RegisterText.KEPT.in(lang),
                RegisterText.PAGES.in(lang), RegisterText.NOTE.in(lang)};
        List<String[]> rows = new ArrayList<>();
        for (DestructionRegister.Row row : r.rows()) {
            rows.add(new String[] {String.valueOf(row.seq()), row.title(), String.valueOf(row.year()),
                    row.archiveCode() == null ? none : row.archiveCode(), row.retention().in(lang),
                    RegisterText.YEARS.format(lang, row.keptYears()), row.pages() == null ? "" : String.valueOf(row.pages()),
                    row.note()});
        }
        boolean noPages = r.rows().stream().allMatch(row -> row.pages() == null);
        String[] total = {RegisterText.TOTAL.in(lang), RegisterText.ITEMS.format(lang, r.quantity()), "", "", "", "",
                noPages ? "" : String.valueOf(r.totalPages()),
                r.allPagesKnown() ? "" : (noPages ? RegisterText.PAGES_UNKNOWN : RegisterText.PAGES_PARTLY).in(lang).trim()};
        return new RegisterCells(RegisterText.TITLE.in(lang), cover, header, rows, total);
    }

    private static String pages(DestructionRegister r, Language lang) {
        if (r.rows().stream().allMatch(row -> row.pages() == null)) {
            return RegisterText.PAGES_UNKNOWN.in(lang);
        }
        return r.totalPages() + (r.allPagesKnown() ? "" : RegisterText.PAGES_PARTLY.in(lang));
    }
}
