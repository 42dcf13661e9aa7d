package org.swarchive.report;

import java.util.List;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.check.CheckResult;
import org.swarchive.check.Warning;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Gap;

/** The terminal report: the indicator tree with points and readiness, then gaps, upcoming, problems. */
public final class TableReport {

    private static final int LIST_LIMIT = 20;

    private final DocTypeCatalogue catalogue;

    public TableReport(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public String render(CheckResult result, Language lang) {
        ReportModel model = new ReportModel(result, catalogue, lang);
        Assessment a = result.assessment();
        StringBuilder out = new StringBuilder();
        out.append(Text.REPORT_TITLE.in(lang)).append(" — ").append(a.framework().title().in(lang)).append('\n');
        out.append(Text.STORE.in(lang)).append(": ").append(result.store()).append("   ")
                .append(Text.PERIOD.in(lang)).append(": ").append(a.period().label()).append("   ")
                .append(Text.AS_OF.in(lang)).append(": ").append(a.asOf()).append("   ")
                .append(Text.RECORDS.in(lang)).append(": ").append(result.records()).append("\n\n");

        int titleWidth = 44;
        out.append(pad(Text.INDICATOR.in(lang), titleWidth + 8)).append(padLeft(Text.WEIGHT.in(lang), 8))
                .append(padLeft(Text.POINTS.in(lang), 9)).append(padLeft(Text.READINESS.in(lang), 10)).append('\n');
        for (ReportModel.Row row : model.rows()) {
            var r = row.result();
            String label = "  ".repeat(row.level()) + r.code() + " " + r.indicator().title().in(lang);
            String readiness = r.notApplicable() ? Text.NOT_APPLICABLE.in(lang) : ReportModel.percent(r.readiness());
            out.append(pad(label, titleWidth + 8))
                    .append(padLeft(ReportModel.plain(r.indicator().weight()), 8))
                    .append(padLeft(r.points().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(), 9))
                    .append(padLeft(readiness, 10)).append('\n');
        }
        out.append('\n').append(Text.SCORE.in(lang)).append(": ").append(a.score().toPlainString()).append(" / ")
                .append(ReportModel.plain(a.framework().total())).append("   ")
                .append(Text.GRADE.in(lang)).append(": ").append(model.gradeLabel()).append("\n\n");

        out.append(Text.GAPS.in(lang)).append(" (").append(a.gaps().size()).append(")\n");
        if (a.gaps().isEmpty()) {
            out.append("  ").append(Text.NO_GAPS.in(lang)).append('\n');
        }
        for (Gap g : a.gaps()) {
            out.append("  ").append(pad(g.indicator(), 7)).append(pad(model.docTypeNames(g), 26))
                    .append(pad(model.slotLabel(g), 9)).append(pad(g.subject() == null ? "" : g.subject(), 8))
                    .append(Text.DUE.in(lang)).append(' ').append(g.due()).append("  ")
                    .append(Text.OVERDUE.in(lang)).append(' ').append(g.overdueDays()).append('\n');
        }
        out.append('\n').append(Text.UPCOMING.in(lang)).append(" (").append(a.upcoming().size()).append(")\n");
        if (a.upcoming().isEmpty()) {
            out.append("  ").append(Text.NO_UPCOMING.in(lang)).append('\n');
        }
        List<Gap> upcoming = a.upcoming();
        for (Gap g : upcoming.subList(0, Math.min(LIST_LIMIT, upcoming.size()))) {
            out.append("  ").append(pad(g.indicator(), 7)).append(pad(model.docTypeNames(g), 26))
                    .append(pad(model.slotLabel(g), 9)).append(pad(g.subject() == null ? "" : g.subject(), 8))
                    .append(Text.DUE.in(lang)).append(' ').append(g.due()).append("  ")
                    .append(Text.DAYS_LEFT.in(lang)).append(' ').append(-g.overdueDays()).append('\n');
        }
        more(out, upcoming.size(), lang);
        if (!result.unclassified().isEmpty()) {
            out.append('\n').append(Text.UNCLASSIFIED.in(lang)).append(" (").append(result.unclassified().size()).append(")\n");
            result.unclassified().stream().limit(LIST_LIMIT).forEach(u -> out.append("  ").append(u).append('\n'));
            more(out, result.unclassified().size(), lang);
        }
        if (!result.warnings().isEmpty()) {
            out.append('\n').append(Text.WARNINGS.in(lang)).append(" (").append(result.warnings().size()).append(")\n");
            for (Warning w : result.warnings().subList(0, Math.min(LIST_LIMIT, result.warnings().size()))) {
                out.append("  ").append(w.file());
                if (w.field() != null) {
                    out.append(" [").append(w.field()).append(']');
                }
                out.append(": ").append(w.reason().in(lang)).append('\n');
            }
            more(out, result.warnings().size(), lang);
        }
        return out.toString();
    }

    private static void more(StringBuilder out, int size, Language lang) {
        if (size > LIST_LIMIT) {
            out.append("  … ").append(Text.MORE.format(lang, size - LIST_LIMIT)).append('\n');
        }
    }

    /** Terminal columns a string takes: CJK and full-width characters take two. */
    static int width(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    public static String pad(String s, int columns) {
        int w = width(s);
        return w >= columns ? s + " " : s + " ".repeat(columns - w);
    }

    static String padLeft(String s, int columns) {
        int w = width(s);
        return w >= columns ? " " + s : " ".repeat(columns - w) + s;
    }
}
