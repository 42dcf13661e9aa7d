package org.swarchive.library;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.swarchive.archive.DocType;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.SubjectKind;
import org.swarchive.evidence.Cadence;
import org.swarchive.evidence.EvidenceRequirement;
import org.swarchive.evidence.Framework;
import org.swarchive.evidence.Grade;
import org.swarchive.evidence.Indicator;
import org.swarchive.evidence.SubjectActivity;
import org.swarchive.evidence.SumRule;
import org.swarchive.i18n.Message;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates framework files (docs/domain.md §8). Every problem names the file, the line
 * and the reason; all of them are collected before the file is refused.
 */
public final class FrameworkLoader {

    private static final Set<String> FILE_KEYS = Set.of("framework", "title", "total", "grades", "indicators");
    private static final Set<String> GRADE_KEYS = Set.of("min", "label");
    private static final Set<String> INDICATOR_KEYS = Set.of("code", "title", "weight", "children", "evidence");
    private static final Set<String> EVIDENCE_KEYS = Set.of("docType", "cadence", "min", "due", "per", "when", "sum", "validFor");
    private static final Set<String> SUM_KEYS = Set.of("property", "min");

    private final DocTypeCatalogue catalogue;

    public FrameworkLoader(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Framework load(Path file) {
        return YamlSource.readFile(file, Message.of("library.not-found.framework"), this::read);
    }

    public Framework read(InputStream in, String fileName) {
        YamlSource src = new YamlSource(fileName);
        Optional<Framework> framework = src.parse(in).flatMap(root -> src.mapping(root, "framework", FILE_KEYS)
                .flatMap(m -> readFramework(src, root, m)));
        if (!src.problems().isEmpty() || framework.isEmpty()) {
            throw new InvalidLibraryFileException(src.problems());
        }
        return framework.get();
    }

    private Optional<Framework> readFramework(YamlSource src, Node root, Map<String, Node> m) {
        Optional<String> id = src.required(m, "framework", root, "framework");
        id.filter(i -> !i.matches("[a-z0-9-]+")).ifPresent(i -> src.problem(m.get("framework"),
                Message.of("library.framework.bad-id", i)));
        Optional<LocalizedText> title = labelOf(src, m, "title", root, "framework");
        Optional<BigDecimal> total = Optional.ofNullable(m.get("total")).flatMap(n -> src.number(n, "total"));
        if (m.get("total") == null) {
            src.problem(root, Message.of("library.framework.no-total"));
        }
        List<Grade> grades = readGrades(src, m.get("grades"), root);
        List<Indicator> indicators = new ArrayList<>();
        Node list = m.get("indicators");
        if (list == null) {
            src.problem(root, Message.of("library.framework.no-indicators"));
        } else {
            Set<String> codes = new HashSet<>();
            src.sequence(list, "indicators").ifPresent(items -> items.forEach(n ->
                    readIndicator(src, n, codes).ifPresent(indicators::add)));
            if (total.isPresent() && !indicators.isEmpty()) {
                String t = total.get().stripTrailingZeros().toPlainString();
                checkSum(src, list, indicators, total.get(), s -> Message.of("library.framework.sum-total", s, t));
            }
        }
        if (id.isEmpty() || title.isEmpty() || total.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Framework(id.get(), title.get(), total.get(), grades, indicators));
    }

    private List<Grade> readGrades(YamlSource src, Node node, Node root) {
        List<Grade> grades = new ArrayList<>();
        if (node == null) {
            src.problem(root, Message.of("library.framework.no-grades"));
            return grades;
        }
        BigDecimal previous = null;
        for (Node g : src.sequence(node, "grades").orElse(List.of())) {
            Optional<Map<String, Node>> m = src.mapping(g, "grade", GRADE_KEYS);
            if (m.isEmpty()) {
                continue;
            }
            Optional<BigDecimal> min = Optional.ofNullable(m.get().get("min")).flatMap(n -> src.number(n, "grade.min"));
            Optional<LocalizedText> label = labelOf(src, m.get(), "label", g, "grade");
            if (m.get().get("min") == null) {
                src.problem(g, Message.of("library.framework.grade-no-min"));
            }
            if (min.isPresent() && previous != null && min.get().compareTo(previous) >= 0) {
                src.problem(g, Message.of("library.framework.grades-order"));
            }
            min.ifPresent(v -> label.ifPresent(l -> grades.add(new Grade(v, l))));
            previous = min.orElse(previous);
        }
        return grades;
    }

    private Optional<Indicator> readIndicator(YamlSource src, Node node, Set<String> codes) {
        Optional<Map<String, Node>> mapping = src.mapping(node, "indicator", INDICATOR_KEYS);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> m = mapping.get();
        Optional<String> code = src.required(m, "code", node, "indicator");
        String what = "indicator " + code.orElse("?");
        code.filter(c -> !codes.add(c)).ifPresent(c ->
                src.problem(m.get("code"), Message.of("library.framework.duplicate-code", c)));
        Optional<LocalizedText> title = labelOf(src, m, "title", node, what);
        Optional<BigDecimal> weight = Optional.ofNullable(m.get("weight")).flatMap(n -> src.number(n, what + ".weight"));
        if (m.get("weight") == null) {
            src.problem(node, Message.of("library.framework.no-weight", what));
        }
        weight.filter(w -> w.signum() <= 0).ifPresent(w ->
                src.problem(m.get("weight"), Message.of("library.framework.weight-not-positive", what)));

        Node childrenNode = m.get("children");
        Node evidenceNode = m.get("evidence");
        List<Indicator> children = new ArrayList<>();
        List<EvidenceRequirement> evidence = new ArrayList<>();
        if (childrenNode != null && evidenceNode != null) {
            src.problem(evidenceNode, Message.of("library.framework.evidence-on-branch", what));
        } else if (childrenNode != null) {
            src.sequence(childrenNode, what + ".children").ifPresent(items -> items.forEach(n ->
                    readIndicator(src, n, codes).ifPresent(children::add)));
            if (weight.isPresent() && !children.isEmpty()) {
                String w = weight.get().stripTrailingZeros().toPlainString();
                checkSum(src, childrenNode, children, weight.get(), s -> Message.of("library.framework.sum-weight", s, what, w));
            }
        } else if (evidenceNode != null) {
            src.sequence(evidenceNode, what + ".evidence").ifPresent(items -> items.forEach(n ->
                    readRequirement(src, n, what).ifPresent(evidence::add)));
        } else {
            src.problem(node, Message.of("library.framework.leaf-without-evidence", what));
        }
        if (code.isEmpty() || title.isEmpty() || weight.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(code.get(), title.get(), weight.get(), children, evidence));
    }

    /** @param problem what to say, given the sum the parts add up to */
    private static void checkSum(YamlSource src, Node at, List<Indicator> parts, BigDecimal expected,
                                 java.util.function.Function<String, Message> problem) {
        BigDecimal sum = parts.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(expected) != 0) {
            src.problem(at, problem.apply(sum.stripTrailingZeros().toPlainString()));
        }
    }

    private Optional<EvidenceRequirement> readRequirement(YamlSource src, Node node, String indicator) {
        String what = indicator + " evidence";
        Optional<Map<String, Node>> mapping = src.mapping(node, what, EVIDENCE_KEYS);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Node> m = mapping.get();
        int before = src.problems().size();

        List<String> docTypes = new ArrayList<>();
        Node typeNode = m.get("docType");
        if (typeNode == null) {
            src.problem(node, Message.of("library.framework.no-doc-type", what));
        } else {
            List<Node> typeNodes = typeNode instanceof SequenceNode s ? s.getValue() : List.of(typeNode);
            for (Node t : typeNodes) {
                src.scalar(t, what + ".docType").ifPresent(id -> {
                    if (!catalogue.contains(id)) {
                        src.problem(t, Message.of("library.unknown-doc-type", id));
                    } else {
                        docTypes.add(id);
                    }
                });
            }
        }
        Cadence cadence = enumValue(src, m.get("cadence"), "cadence", Cadence::fromId, Cadence.ONCE,
                "once | annual | quarterly | monthly | weekly");
        Optional<SubjectKind> per = Optional.ofNullable(m.get("per"))
                .map(n -> enumValue(src, n, "per", SubjectKind::fromId, null, "staff | case"));
        SubjectActivity when = enumValue(src, m.get("when"), "when", SubjectActivity::fromId, SubjectActivity.ACTIVE,
                "closed | opened | active");
        if (m.get("when") != null && m.get("per") == null) {
            src.problem(m.get("when"), Message.of("library.framework.when-without-per"));
        }
        int min = Optional.ofNullable(m.get("min")).flatMap(n -> src.number(n, "min")).map(v -> {
            if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 0) {
                src.problem(m.get("min"), Message.of("library.framework.min-not-positive"));
                return 1;
            }
            return v.intValue();
        }).orElse(1);
        java.time.Period due = isoPeriod(src, m.get("due"), "due").orElse(java.time.Period.ZERO);
        java.time.Period validFor = isoPeriod(src, m.get("validFor"), "validFor").orElse(null);
        if (validFor != null && cadence != Cadence.ONCE) {
            src.problem(m.get("validFor"), Message.of("library.framework.valid-for-standing"));
        }
        SumRule sum = Optional.ofNullable(m.get("sum")).flatMap(n -> readSum(src, n)).orElse(null);
        per.ifPresent(kind -> docTypes.stream().map(catalogue::find).flatMap(Optional::stream)
                .filter(t -> t.subject().map(s -> s != kind).orElse(true))
                .map(DocType::id)
                .forEach(id -> src.problem(typeNode, Message.of("library.framework.not-per", id, kind.label(), kind.id()))));

        if (src.problems().size() > before || docTypes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceRequirement(docTypes, cadence, min, due, per, when, sum, validFor));
    }

    private Optional<SumRule> readSum(YamlSource src, Node node) {
        return src.mapping(node, "sum", SUM_KEYS).flatMap(m -> {
            Optional<String> property = src.required(m, "property", node, "sum");
            Optional<BigDecimal> min = Optional.ofNullable(m.get("min")).flatMap(n -> src.number(n, "sum.min"));
            if (m.get("min") == null) {
                src.problem(node, Message.of("library.framework.sum-no-min"));
            }
            return property.flatMap(p -> min.map(v -> new SumRule(p, v)));
        });
    }

    private static <T> T enumValue(YamlSource src, Node node, String key, java.util.function.Function<String, Optional<T>> parse,
                                   T fallback, String allowed) {
        if (node == null) {
            return fallback;
        }
        Optional<String> v = src.scalar(node, key);
        if (v.isEmpty()) {
            return fallback;
        }
        Optional<T> parsed = parse.apply(v.get());
        if (parsed.isEmpty()) {
            src.problem(node, Message.of("library.framework.unknown-value", key, v.get(), allowed));
        }
        return parsed.orElse(fallback);
    }

    private static Optional<java.time.Period> isoPeriod(YamlSource src, Node node, String key) {
        if (node == null) {
            return Optional.empty();
        }
        return src.scalar(node, key).flatMap(v -> {
            try {
                java.time.Period p = java.time.Period.parse(v);
                if (p.isNegative()) {
                    src.problem(node, Message.of("library.framework.negative", key));
                    return Optional.empty();
                }
                return Optional.of(p);
            } catch (DateTimeParseException e) {
                src.problem(node, Message.of("library.framework.not-iso-period", key, v));
                return Optional.empty();
            }
        });
    }

    private static Optional<LocalizedText> labelOf(YamlSource src, Map<String, Node> m, String key, Node parent, String what) {
        Node n = m.get(key);
        if (n == null) {
            src.problem(parent, Message.of("library.framework.no-label", what, key));
            return Optional.empty();
        }
        if (n instanceof ScalarNode) {
            src.problem(n, Message.of("library.framework.label-both", what, key));
            return Optional.empty();
        }
        return src.label(n, what + "." + key);
    }
}
