package org.swarchive.app;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.i18n.InvalidInput;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;
import org.swarchive.archive.Period;
import org.swarchive.classify.InboxFiling;
import org.swarchive.filing.ReviewItem;
import org.swarchive.filing.ArchiveFiler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code swa review}: the documents the filer was unsure of, with its reasons and candidates. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"列出待审队列：未能自动归档的文件、原因和候选类型；用 accept 确认归档。",
                "List the review queue: documents not filed automatically, why, and candidate types; file one with accept."})
final class ReviewCommand implements Callable<Integer>, SwaCli.LanguageAware {

    private final Workbench workbench;

    @Mixin
    CommonOptions common;

    @Mixin
    FilingOptions filing;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "Output format: table, or json for scripts. Default: ${DEFAULT-VALUE}.")
    ListFormat format;

    @Spec
    CommandSpec spec;

    ReviewCommand(Workbench workbench) {
        this.workbench = workbench;
    }

    /** The command with its {@code accept} subcommand. */
    static CommandLine commandLine(Workbench workbench, Clock clock) {
        return new CommandLine(new ReviewCommand(workbench)).addSubcommand(new Accept(workbench, clock));
    }

    @Override
    public Language language() {
        return CommonOptions.languageOf(common);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
        List<ReviewItem> queue;
        try (ArchiveFiler filer = workbench.inboxFiler(common.store, catalogue, filing.inbox, filing.maxBytes(language()))) {
            filer.pruneQueue();
            queue = filer.reviewQueue();
        }
        if (format == ListFormat.JSON) {
            out.print(JsonOut.write(json(queue, catalogue)));
            out.flush();
            return 0;
        }
        if (queue.isEmpty()) {
            say(out, "", "filing.review.empty");
            out.flush();
            return 0;
        }
        say(out, "", "filing.review.count", queue.size());
        for (ReviewItem r : queue) {
            out.println();
            say(out, "", "filing.review.item", r.id(), r.inboxId(), r.queuedAt());
            r.reasons().forEach(why -> say(out, "    ", "filing.review.why", why));
            if (!r.candidates().isEmpty()) {
                say(out, "    ", "filing.review.candidates", String.join(", ", r.candidates().stream()
                        .map(id -> catalogue.find(id).map(t -> id + " " + t.label().in(language())).orElse(id)).toList()));
            }
            if (!r.proposal().isEmpty()) {
                say(out, "    ", "filing.review.proposed", r.proposal().toString());
            }
            say(out, "    ", "filing.review.needs", needs(r, catalogue));
        }
        out.println();
        say(out, "", "filing.review.hint");
        out.flush();
        return 0;
    }

    /** The queue for scripts: {@code {"total", "items": [{"id", "inboxId", "queuedAt", "reasons", "candidates", "proposal", "needs"}]}}. */
    private java.util.Map<String, Object> json(List<ReviewItem> queue, DocTypeCatalogue catalogue) {
        java.util.Map<String, Object> doc = JsonOut.object();
        doc.put("total", queue.size());
        doc.put("items", queue.stream().map(r -> {
            java.util.Map<String, Object> m = JsonOut.object();
            m.put("id", r.id());
            m.put("inboxId", r.inboxId());
            m.put("queuedAt", r.queuedAt());
            m.put("reasons", r.reasons().stream().map(this::say).toList());
            m.put("candidates", r.candidates().stream().map(id -> {
                java.util.Map<String, Object> c = JsonOut.object();
                c.put("docType", id);
                c.put("label", catalogue.find(id).map(t -> say(t.label())).orElse(null));
                return c;
            }).toList());
            m.put("proposal", new java.util.TreeMap<>(r.proposal()));
            m.put("needs", say(needs(r, catalogue)));
            return m;
        }).toList());
        return doc;
    }

    /** What it would take to file the document: the facts the rules could not establish, as the options that give them. */
    static org.swarchive.i18n.Text needs(ReviewItem r, DocTypeCatalogue catalogue) {
        java.util.Map<String, String> p = r.proposal();
        java.util.Optional<org.swarchive.archive.DocType> type = java.util.Optional.ofNullable(p.get("swa:docType"))
                .flatMap(catalogue::find);
        List<org.swarchive.i18n.Text> missing = new java.util.ArrayList<>();
        if (type.isEmpty()) {
            missing.add(Message.of("filing.review.need.doc-type"));
        }
        if (type.map(t -> t.filing().coversPeriod()).orElse(false) && !p.containsKey("swa:period")) {
            missing.add(Message.of("filing.review.need.period"));
        }
        if (!p.containsKey("swa:period") && !p.containsKey("swa:documentDate") && type.map(t -> !t.filing().coversPeriod()).orElse(true)) {
            missing.add(Message.of("filing.review.need.date"));
        }
        if (type.flatMap(org.swarchive.archive.DocType::subject).map(k -> !p.containsKey(k.idProperty().key())).orElse(false)) {
            missing.add(Message.of("filing.review.need.subject"));
        }
        return missing.isEmpty() ? Message.of("filing.review.need.nothing")
                : org.swarchive.i18n.Text.join(Message.of("common.list.comma"), missing);
    }

    private void say(PrintWriter out, String indent, String key, Object... args) {
        out.println(indent + Message.of(key, args).in(language()));
    }

    /** {@code swa review accept ID}: files a queued document with the archivist's corrections. */
    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = {"按档案管理员的确认（可修正类型、期间）归档一份待审文件。",
                    "File a queued document as the archivist confirms or corrects it."})
    static final class Accept implements Callable<Integer>, SwaCli.LanguageAware {

        private final Workbench workbench;
        private final Clock clock;

        @Parameters(index = "0", paramLabel = "ID", description = "The review id shown by swa review.")
        String id;

        @Option(names = "--doc-type", paramLabel = "TYPE", description = "The doc type (catalogue id), e.g. monthly-summary.")
        String docType;

        @Option(names = "--period", paramLabel = "PERIOD", description = "The period covered: YYYY, YYYY-Qn, YYYY-MM.")
        String period;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The document date (成文日期).")
        LocalDate date;

        @Option(names = "--subject", paramLabel = "ID", description = "The staff or case id the document belongs to.")
        String subject;

        @Mixin
        CommonOptions common;

        @Mixin
        FilingOptions filing;

        @Spec
        CommandSpec spec;

        Accept(Workbench workbench, Clock clock) {
            this.workbench = workbench;
            this.clock = clock;
        }

        @Override
        public Language language() {
            return CommonOptions.languageOf(common);
        }

        @Override
        public Integer call() {
            Optional<Period> p = Optional.ofNullable(period).map(v -> Period.parse(v).filter(x -> x.kind() != Period.Kind.DAY)
                    .orElseThrow(() -> new InvalidInput(Message.of("filing.review.bad-period", v))));
            DocTypeCatalogue catalogue = workbench.catalogue(common.catalogue);
            try (ArchiveFiler filer = workbench.inboxFiler(common.store, catalogue, filing.inbox, filing.maxBytes(language()))) {
                InboxFiling run = workbench.inboxFiling(filer, common.store, catalogue, filing.maxBytes(language()),
                        filing.minConfidence, filing.fonds(filer, language()), clock);
                InboxFiling.Event e = run.accept(id, new InboxFiling.Correction(Optional.ofNullable(docType), p,
                        Optional.ofNullable(date), Optional.ofNullable(subject)));
                new FilingReport(spec.commandLine().getOut(), language()).event(e);
                return e instanceof InboxFiling.Event.Filed ? 0 : 1;
            }
        }
    }
}
