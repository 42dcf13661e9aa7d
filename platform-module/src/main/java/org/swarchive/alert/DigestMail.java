package org.swarchive.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.Language;
import org.swarchive.evidence.Gap;

/**
 * Writes a digest as an email: a subject, a plain-text body for any mail client, and an HTML body
 * with inline styles only (mail clients drop style sheets and scripts). Chinese unless asked otherwise.
 */
public final class DigestMail {

    private final DocTypeCatalogue catalogue;

    public DigestMail(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public AlertMail render(Digest d, List<String> to, Language lang) {
        return new AlertMail(to, subject(d, lang), text(d, lang), html(d, lang));
    }

    String subject(Digest d, Language lang) {
        return d.kind() == Digest.Kind.DIGEST
                ? Words.DIGEST_SUBJECT.format(lang, d.station(), d.score().toPlainString(), d.overdue().size())
                : Words.OVERDUE_SUBJECT.format(lang, d.station(), d.newGaps().size());
    }

    /** The sections of a digest, in order, each with its lines; an immediate alert has one. */
    private List<Section> sections(Digest d, Language lang) {
        List<Section> s = new ArrayList<>();
        if (d.kind() == Digest.Kind.OVERDUE) {
            s.add(new Section(Words.NEW_NOW.in(lang), d.newGaps().stream().map(g -> gapLine(g, lang)).toList()));
            return s;
        }
        s.add(new Section(Words.OVERDUE.in(lang), d.overdue().stream().map(g -> gapLine(g, lang)).toList()));
        s.add(new Section(Words.DUE_SOON.format(lang, d.withinDays()), d.dueSoon().stream().map(g -> gapLine(g, lang)).toList()));
        s.add(new Section(Words.NEW.in(lang), d.newGaps().stream().map(g -> gapLine(g, lang)).toList()));
        s.add(new Section(Words.CLOSED.in(lang), d.closed().stream().map(n -> noteLine(n, lang)).toList()));
        s.add(new Section(Words.PROPOSALS.in(lang), d.proposals().stream()
                .map(p -> p.title() + " (" + Words.RECORDS.format(lang, p.records()) + ", " + p.proposedOn() + ")").toList()));
        s.add(new Section(Words.WINDOWS.in(lang), d.windows().stream()
                .map(w -> w.date() + " " + w.evaluator() + " " + (w.opens() ? Words.OPENS : Words.CLOSES).in(lang)).toList()));
        return s;
    }

    private record Section(String heading, List<String> lines) {
    }

    private String gapLine(Gap g, Language lang) {
        String days = g.overdueDays() >= 0 ? Words.DAYS_OVERDUE.format(lang, g.overdueDays())
                : Words.DAYS_LEFT.format(lang, -g.overdueDays());
        return g.indicator() + " " + g.indicatorTitle().in(lang) + " · " + docTypes(g.docTypes(), lang) + " · "
                + (g.period() == null ? Words.STANDING.in(lang) : g.period())
                + (g.subject() == null ? "" : " · " + g.subject()) + " · " + Words.DUE.in(lang) + " " + g.due() + " (" + days + ")";
    }

    private String noteLine(GapNote n, Language lang) {
        return n.indicator() + " " + (lang == Language.EN ? n.indicatorEn() : n.indicatorZh()) + " · "
                + docTypes(n.docTypes(), lang) + " · " + (n.period() == null ? Words.STANDING.in(lang) : n.period())
                + (n.subject() == null ? "" : " · " + n.subject());
    }

    private String docTypes(List<String> ids, Language lang) {
        return String.join(" / ", ids.stream().map(id -> catalogue.find(id).map(t -> t.label().in(lang)).orElse(id)).toList());
    }

    private String heading(Digest d, Language lang) {
        return (d.kind() == Digest.Kind.DIGEST ? Words.DIGEST_TITLE : Words.OVERDUE_TITLE).in(lang);
    }

    private List<String> facts(Digest d, Language lang) {
        return List.of(Words.STATION.in(lang) + ": " + d.station(),
                Words.FRAMEWORK.in(lang) + ": " + d.framework().in(lang) + " · " + Words.PERIOD.in(lang) + ": " + d.period(),
                Words.AS_OF.in(lang) + ": " + d.asOf() + " · " + Words.SCORE.in(lang) + ": " + d.score().toPlainString()
                        + " · " + Words.GRADE.in(lang) + ": " + d.grade().in(lang));
    }

    String text(Digest d, Language lang) {
        StringBuilder t = new StringBuilder();
        t.append(heading(d, lang)).append("\n\n");
        facts(d, lang).forEach(f -> t.append(f).append('\n'));
        for (Section s : sections(d, lang)) {
            t.append('\n').append(s.heading()).append(" (").append(s.lines().size()).append(")\n");
            if (s.lines().isEmpty()) {
                t.append("  ").append(Words.NONE.in(lang)).append('\n');
            }
            s.lines().forEach(l -> t.append("  - ").append(l).append('\n'));
        }
        t.append('\n').append(Words.FOOTER.in(lang)).append('\n');
        return t.toString();
    }

    String html(Digest d, Language lang) {
        Function<String, String> esc = DigestMail::escape;
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html><html lang=\"").append(lang.tag()).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(esc.apply(subject(d, lang))).append("</title></head>")
                .append("<body style=\"font-family:'PingFang SC','Microsoft YaHei',sans-serif;color:#1b1f24;line-height:1.5\">")
                .append("<h1 style=\"font-size:20px;color:#0b3d6e\">").append(esc.apply(heading(d, lang))).append("</h1>");
        facts(d, lang).forEach(f -> h.append("<p style=\"margin:2px 0\">").append(esc.apply(f)).append("</p>"));
        for (Section s : sections(d, lang)) {
            h.append("<h2 style=\"font-size:16px;border-bottom:1px solid #d0d7de;margin-top:18px\">").append(esc.apply(s.heading()))
                    .append(" (").append(s.lines().size()).append(")</h2>");
            if (s.lines().isEmpty()) {
                h.append("<p style=\"color:#424a53\">").append(esc.apply(Words.NONE.in(lang))).append("</p>");
            } else {
                h.append("<ul>");
                s.lines().forEach(l -> h.append("<li>").append(esc.apply(l)).append("</li>"));
                h.append("</ul>");
            }
        }
        h.append("<p style=\"color:#57606a;font-size:12px;margin-top:24px\">").append(esc.apply(Words.FOOTER.in(lang)))
                .append("</p></body></html>");
        return h.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
