package org.swarchive.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.evidence.Gap;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.report.HtmlTemplates;

/**
 * Writes a digest as an email: a subject, a plain-text body for any mail client, and an HTML body
 * with inline styles only (mail clients drop style sheets and scripts), the template
 * {@code report/templates/digest-mail.html}. Chinese unless asked otherwise.
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
        return (d.kind() == Digest.Kind.DIGEST
                ? Message.of("digest.subject", d.station(), d.score().toPlainString(), d.overdue().size())
                : Message.of("digest.overdue-subject", d.station(), d.newGaps().size())).in(lang);
    }

    /** A section of a digest, with its lines. */
    public record Section(String heading, List<String> lines) {
    }

    /** The sections of a digest, in order; an immediate alert has one. */
    private List<Section> sections(Digest d, Language lang) {
        List<Section> s = new ArrayList<>();
        if (d.kind() == Digest.Kind.OVERDUE) {
            s.add(section(Message.of("digest.new-now"), d.newGaps().stream().map(g -> gapLine(g, lang)).toList(), lang));
            return s;
        }
        s.add(section(Message.of("digest.overdue"), d.overdue().stream().map(g -> gapLine(g, lang)).toList(), lang));
        s.add(new Section(Message.of("digest.due-soon", d.withinDays()).in(lang),
                d.dueSoon().stream().map(g -> gapLine(g, lang)).toList()));
        s.add(section(Message.of("digest.new"), d.newGaps().stream().map(g -> gapLine(g, lang)).toList(), lang));
        s.add(section(Message.of("digest.closed"), d.closed().stream().map(n -> noteLine(n, lang)).toList(), lang));
        s.add(section(Message.of("digest.proposals"), d.proposals().stream()
                .map(p -> p.title() + " (" + Message.of("digest.records", p.records()).in(lang) + ", " + p.proposedOn() + ")")
                .toList(), lang));
        s.add(section(Message.of("digest.windows"), d.windows().stream().map(w -> w.date() + " " + w.evaluator() + " "
                + (w.opens() ? Message.of("digest.opens") : Message.of("digest.closes")).in(lang)).toList(), lang));
        // Only when a sheet was filed: a digest without an inspection reads as before.
        if (!d.evaluations().isEmpty()) {
            List<String> lines = new ArrayList<>();
            for (Digest.Evaluation e : d.evaluations()) {
                lines.add(Message.of("digest.evaluation", e.window(), e.total().toPlainString(), e.grade(),
                        e.archiveCode().isEmpty() ? "—" : e.archiveCode()).in(lang));
                e.remarks().forEach(r -> lines.add("  " + r.indicator() + " " + r.title().in(lang) + " · " + r.verdict().in(lang)
                        + (r.comment().isEmpty() ? "" : " · " + r.comment()) + " (" + r.by() + ")"));
            }
            s.add(section(Message.of("digest.evaluations"), lines, lang));
        }
        return s;
    }

    private static Section section(Message heading, List<String> lines, Language lang) {
        return new Section(heading.in(lang), lines);
    }

    private String gapLine(Gap g, Language lang) {
        Message days = g.overdueDays() >= 0 ? Message.of("digest.days-overdue", g.overdueDays())
                : Message.of("digest.days-left", -g.overdueDays());
        return g.indicator() + " " + g.indicatorTitle().in(lang) + " · " + docTypes(g.docTypes(), lang) + " · "
                + slot(g.period(), lang) + (g.subject() == null ? "" : " · " + g.subject()) + " · "
                + Message.of("digest.due").in(lang) + " " + g.due() + " (" + days.in(lang) + ")";
    }

    private String noteLine(GapNote n, Language lang) {
        return n.indicator() + " " + n.indicatorTitle().in(lang) + " · " + docTypes(n.docTypes(), lang) + " · "
                + slot(n.period(), lang) + (n.subject() == null ? "" : " · " + n.subject());
    }

    private static String slot(String period, Language lang) {
        return period == null ? Message.of("digest.standing").in(lang) : period;
    }

    private String docTypes(List<String> ids, Language lang) {
        return String.join(" / ", ids.stream().map(id -> catalogue.find(id).map(t -> t.label().in(lang)).orElse(id)).toList());
    }

    private String heading(Digest d, Language lang) {
        return (d.kind() == Digest.Kind.DIGEST ? Message.of("digest.title") : Message.of("digest.overdue-title")).in(lang);
    }

    private List<String> facts(Digest d, Language lang) {
        return List.of(label(Message.of("digest.station"), lang) + d.station(),
                label(Message.of("digest.framework"), lang) + d.framework().in(lang) + " · "
                        + label(Message.of("digest.period"), lang) + d.period(),
                label(Message.of("digest.as-of"), lang) + d.asOf() + " · " + label(Message.of("digest.score"), lang)
                        + d.score().toPlainString() + " · " + label(Message.of("digest.grade"), lang) + d.grade().in(lang));
    }

    private static String label(Message label, Language lang) {
        return label.in(lang) + ": ";
    }

    String text(Digest d, Language lang) {
        StringBuilder t = new StringBuilder();
        t.append(heading(d, lang)).append("\n\n");
        facts(d, lang).forEach(f -> t.append(f).append('\n'));
        for (Section s : sections(d, lang)) {
            t.append('\n').append(s.heading()).append(" (").append(s.lines().size()).append(")\n");
            if (s.lines().isEmpty()) {
                t.append("  ").append(Message.of("digest.none").in(lang)).append('\n');
            }
            s.lines().forEach(l -> t.append("  - ").append(l).append('\n'));
        }
        t.append('\n').append(Message.of("digest.footer").in(lang)).append('\n');
        return t.toString();
    }

    String html(Digest d, Language lang) {
        return HtmlTemplates.render("report/templates/digest-mail", lang, Map.of("subject", subject(d, lang),
                "heading", heading(d, lang), "facts", facts(d, lang), "sections", sections(d, lang)));
    }
}
