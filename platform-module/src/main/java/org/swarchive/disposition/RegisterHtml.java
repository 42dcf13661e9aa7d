package org.swarchive.disposition;

import java.util.Map;
import java.util.Set;
import org.swarchive.archive.disposition.DestructionRegister;
import org.swarchive.i18n.Language;
import org.swarchive.report.HtmlTemplates;

/**
 * The 销毁清册 as one printable HTML page (no scripts, no external resources), for signing on paper:
 * the template {@code report/templates/destruction-register.html} over the register's cells.
 */
public final class RegisterHtml {

    /** The columns set right-aligned: sequence, year, years kept, pages. */
    private static final Set<Integer> NUMERIC = Set.of(0, 2, 5, 6);

    public String render(DestructionRegister register, Language lang) {
        RegisterCells cells = RegisterCells.of(register, lang);
        return HtmlTemplates.render("report/templates/destruction-register", lang, Map.of("title", cells.title(),
                "proposal", register.proposalId(), "cover", cells.cover(), "header", cells.header(), "rows", cells.rows(),
                "total", cells.total(), "numeric", NUMERIC));
    }
}
