package org.swarchive.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.swarchive.archive.Category;
import org.swarchive.archive.Confidentiality;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.FilingRule;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Period;
import org.swarchive.archive.Retention;
import org.swarchive.archive.SubjectKind;
import org.swarchive.i18n.Message;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the document-type catalogue: the shipped {@code catalogue/doc-types.yaml} and a
 * station's own file of the same format, whose types are added to (or override) the shipped ones.
 */
public final class CatalogueLoader {

    public static final String SHIPPED = "catalogue/doc-types.yaml";

    private static final Set<String> FILE_KEYS = Set.of("catalogue", "docTypes");
    private static final Set<String> TYPE_KEYS = Set.of("id", "label", "category", "retention", "subject", "filing", "confidentiality");
    private static final Set<String> FILING_KEYS = Set.of("names", "content", "exclude", "period", "documentDate");
    private static final Map<String, Period.Kind> COVERAGE = Map.of(
            "year", Period.Kind.YEAR, "quarter", Period.Kind.QUARTER, "month", Period.Kind.MONTH, "date", Period.Kind.DAY);

    /** The shipped catalogue. */
    public DocTypeCatalogue shipped() {
        try (InputStream in = CatalogueLoader.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the shipped catalogue " + SHIPPED + " is missing from the build");
            }
            return new DocTypeCatalogue(read(in, SHIPPED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped catalogue extended with a station's file. */
    public DocTypeCatalogue withStationFile(Path file) {
        return shipped().extendedWith(YamlSource.readFile(file, Message.of("library.not-found.catalogue"), this::read));
    }

    List<DocType> read(InputStream in, String fileName) {
        YamlSource src = new YamlSource(fileName);
        List<DocType> types = new ArrayList<>();
        src.parse(in).flatMap(root -> src.mapping(root, "catalogue", FILE_KEYS)).ifPresent(file -> {
            Node list = file.get("docTypes");
            if (list == null) {
                src.problem(1, Message.of("library.catalogue.no-doc-types"));
                return;
            }
            Set<String> seen = new HashSet<>();
            src.sequence(list, "docTypes").ifPresent(items -> items.forEach(item ->
                    readType(src, item).ifPresent(t -> {
                        if (!seen.add(t.id())) {
                            src.problem(item, Message.of("library.catalogue.duplicate", t.id()));
                        } else {
                            types.add(t);
                        }
                    })));
        });
        if (!src.problems().isEmpty()) {
            throw new InvalidLibraryFileException(src.problems());
        }
        return types;
    }

    private Optional<DocType> readType(YamlSource src, Node item) {
        return src.mapping(item, "docType", TYPE_KEYS).flatMap(m -> {
            Optional<String> id = src.required(m, "id", item, "docType");
            String what = "docType " + id.orElse("?");
            if (id.isPresent() && !id.get().matches("[a-z0-9][a-z0-9-]*")) {
                src.problem(item, Message.of("library.catalogue.bad-id", what));
            }
            Optional<LocalizedText> label = Optional.ofNullable(m.get("label")).flatMap(n -> src.label(n, what + ".label"));
            if (m.get("label") == null) {
                src.problem(item, Message.of("library.catalogue.no-label", what));
            }
            Optional<Category> category = src.required(m, "category", item, what).flatMap(c -> {
                Optional<Category> found = Category.fromId(c);
                if (found.isEmpty()) {
                    src.problem(m.get("category"), Message.of("library.catalogue.unknown-category", c));
                }
                return found;
            });
            Optional<Retention> retention = src.required(m, "retention", item, what).flatMap(r -> {
                Optional<Retention> found = Retention.parse(r);
                if (found.isEmpty()) {
                    src.problem(m.get("retention"), Message.of("library.catalogue.bad-retention", r));
                }
                return found;
            });
            Optional<SubjectKind> subject = Optional.ofNullable(m.get("subject")).flatMap(n -> src.scalar(n, what + ".subject"))
                    .flatMap(s -> {
                        Optional<SubjectKind> found = SubjectKind.fromId(s);
                        if (found.isEmpty()) {
                            src.problem(m.get("subject"), Message.of("library.catalogue.unknown-subject", s));
                        }
                        return found;
                    });
            FilingRule filing = Optional.ofNullable(m.get("filing")).map(n -> filingRule(src, n, what + ".filing"))
                    .orElse(FilingRule.NONE);
            Optional<Confidentiality> confidentiality = Optional.ofNullable(m.get("confidentiality"))
                    .flatMap(n -> src.scalar(n, what + ".confidentiality")).flatMap(c -> {
                        Optional<Confidentiality> found = Confidentiality.fromId(c);
                        if (found.isEmpty()) {
                            src.problem(m.get("confidentiality"), Message.of("library.catalogue.unknown-confidentiality", c));
                        }
                        return found;
                    });
            if (id.isEmpty() || label.isEmpty() || category.isEmpty() || retention.isEmpty()) {
                return Optional.empty();
            }
            // Case and client types are never below confidential, whatever a station's file says (§6.3).
            Confidentiality floor = Confidentiality.defaultFor(category.get(), subject);
            return Optional.of(new DocType(id.get(), label.get(), category.get(), retention.get(), subject, filing,
                    confidentiality.map(c -> subject.isPresent() && subject.get() == SubjectKind.CASE ? c.atLeast(floor) : c)
                            .orElse(floor)));
        });
    }

    /**
     * {@code filing: {names: [...], content: [...], exclude: [...], period: month | [month, quarter] | date,
     * documentDate: first | signing | closing | issue | last-entry}}.
     */
    private FilingRule filingRule(YamlSource src, Node node, String what) {
        return src.mapping(node, what, FILING_KEYS).map(m -> {
            List<Pattern> names = patterns(src, m.get("names"), what + ".names");
            List<Pattern> content = patterns(src, m.get("content"), what + ".content");
            List<Pattern> exclude = patterns(src, m.get("exclude"), what + ".exclude");
            if (names.isEmpty() && content.isEmpty()) {
                src.problem(node, Message.of("library.catalogue.no-patterns", what));
            }
            Set<Period.Kind> coverage = new HashSet<>();
            for (String p : scalars(src, m.get("period"), what + ".period")) {
                Period.Kind kind = COVERAGE.get(p);
                if (kind == null) {
                    src.problem(m.get("period"), Message.of("library.catalogue.unknown-period", what, p));
                } else if (kind != Period.Kind.DAY) {
                    coverage.add(kind);
                }
            }
            FilingRule.DateRule dateRule = Optional.ofNullable(m.get("documentDate"))
                    .flatMap(n -> src.scalar(n, what + ".documentDate")).map(d -> {
                        Optional<FilingRule.DateRule> found = FilingRule.DateRule.fromId(d);
                        if (found.isEmpty()) {
                            src.problem(m.get("documentDate"), Message.of("library.catalogue.unknown-date-rule", what, d));
                        }
                        return found.orElse(FilingRule.DateRule.FIRST);
                    }).orElse(FilingRule.DateRule.FIRST);
            return new FilingRule(names, content, exclude, coverage, dateRule);
        }).orElse(FilingRule.NONE);
    }

    private List<Pattern> patterns(YamlSource src, Node node, String what) {
        List<Pattern> patterns = new ArrayList<>();
        for (String regex : scalars(src, node, what)) {
            try {
                patterns.add(FilingRule.compile(regex));
            } catch (PatternSyntaxException e) {
                src.problem(node, Message.of("library.catalogue.bad-pattern", what, regex, e.getDescription()));
            }
        }
        return patterns;
    }

    /** A scalar or a list of scalars; absent means none. */
    private List<String> scalars(YamlSource src, Node node, String what) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode) {
            return src.scalar(node, what).map(List::of).orElse(List.of());
        }
        List<String> values = new ArrayList<>();
        src.sequence(node, what).ifPresent(items -> items.forEach(n -> src.scalar(n, what).ifPresent(values::add)));
        return values;
    }
}
