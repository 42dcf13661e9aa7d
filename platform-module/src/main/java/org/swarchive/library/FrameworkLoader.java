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
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and validates framework files (domain.md §8). Every problem names the file, the line
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
        return YamlSource.readFile(file, LocalizedText.of("找不到评估框架文件", "framework file not found"), this::read);
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
                "框架编号“" + i + "”只能含小写字母、数字和连字符", "framework id '" + i + "' must match [a-z0-9-]+"));
        Optional<LocalizedText> title = labelOf(src, m, "title", root, "framework");
        Optional<BigDecimal> total = Optional.ofNullable(m.get("total")).flatMap(n -> src.number(n, "total"));
        if (m.get("total") == null) {
            src.problem(root, "缺少 total（总分）", "no total");
        }
        List<Grade> grades = readGrades(src, m.get("grades"), root);
        List<Indicator> indicators = new ArrayList<>();
        Node list = m.get("indicators");
        if (list == null) {
            src.problem(root, "缺少 indicators（指标）", "no indicators");
        } else {
            Set<String> codes = new HashSet<>();
            src.sequence(list, "indicators").ifPresent(items -> items.forEach(n ->
                    readIndicator(src, n, codes).ifPresent(indicators::add)));
            if (total.isPresent() && !indicators.isEmpty()) {
                checkSum(src, list, indicators, total.get(), "total " + total.get().stripTrailingZeros().toPlainString(),
                        "总分 " + total.get().stripTrailingZeros().toPlainString());
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
            src.problem(root, "缺少 grades（等级）", "no grades");
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
                src.problem(g, "等级缺少 min", "grade has no min");
            }
            if (min.isPresent() && previous != null && min.get().compareTo(previous) >= 0) {
                src.problem(g, "等级应从高到低排列", "grades must be listed highest first");
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
                src.problem(m.get("code"), "指标编码重复：" + c, "duplicate indicator code '" + c + "'"));
        Optional<LocalizedText> title = labelOf(src, m, "title", node, what);
        Optional<BigDecimal> weight = Optional.ofNullable(m.get("weight")).flatMap(n -> src.number(n, what + ".weight"));
        if (m.get("weight") == null) {
            src.problem(node, what + " 缺少 weight（分值）", what + " has no weight");
        }
        weight.filter(w -> w.signum() <= 0).ifPresent(w ->
                src.problem(m.get("weight"), what + " 的分值应大于 0", what + ": weight must be positive"));

        Node childrenNode = m.get("children");
        Node evidenceNode = m.get("evidence");
        List<Indicator> children = new ArrayList<>();
        List<EvidenceRequirement> evidence = new ArrayList<>();
        if (childrenNode != null && evidenceNode != null) {
            src.problem(evidenceNode, what + "：只有末级指标可以有 evidence", what + ": only leaves carry evidence");
        } else if (childrenNode != null) {
            src.sequence(childrenNode, what + ".children").ifPresent(items -> items.forEach(n ->
                    readIndicator(src, n, codes).ifPresent(children::add)));
            if (weight.isPresent() && !children.isEmpty()) {
                String w = weight.get().stripTrailingZeros().toPlainString();
                checkSum(src, childrenNode, children, weight.get(), what + " weight " + w, what + " 的分值 " + w);
            }
        } else if (evidenceNode != null) {
            src.sequence(evidenceNode, what + ".evidence").ifPresent(items -> items.forEach(n ->
                    readRequirement(src, n, what).ifPresent(evidence::add)));
        } else {
            src.problem(node, what + "：末级指标应列出 evidence（佐证要求）", what + ": a leaf must list its evidence");
        }
        if (code.isEmpty() || title.isEmpty() || weight.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(code.get(), title.get(), weight.get(), children, evidence));
    }

    private static void checkSum(YamlSource src, Node at, List<Indicator> parts, BigDecimal expected, String en, String zh) {
        BigDecimal sum = parts.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(expected) != 0) {
            String s = sum.stripTrailingZeros().toPlainString();
            src.problem(at, "分值合计 " + s + "，应等于" + zh, "weights add up to " + s + ", not " + en);
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
            src.problem(node, what + " 缺少 docType", what + " has no docType");
        } else {
            List<Node> typeNodes = typeNode instanceof SequenceNode s ? s.getValue() : List.of(typeNode);
            for (Node t : typeNodes) {
                src.scalar(t, what + ".docType").ifPresent(id -> {
                    if (!catalogue.contains(id)) {
                        src.problem(t, "未知文档类型“" + id + "”", "unknown doc type '" + id + "'");
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
            src.problem(m.get("when"), "when 须与 per 一起使用", "'when' needs 'per' (staff or case)");
        }
        int min = Optional.ofNullable(m.get("min")).flatMap(n -> src.number(n, "min")).map(v -> {
            if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 0) {
                src.problem(m.get("min"), "min 应为正整数", "min must be a positive whole number");
                return 1;
            }
            return v.intValue();
        }).orElse(1);
        java.time.Period due = isoPeriod(src, m.get("due"), "due").orElse(java.time.Period.ZERO);
        java.time.Period validFor = isoPeriod(src, m.get("validFor"), "validFor").orElse(null);
        if (validFor != null && cadence != Cadence.ONCE) {
            src.problem(m.get("validFor"), "validFor 只适用于常备佐证（cadence: once）",
                    "validFor applies to standing evidence only (cadence: once)");
        }
        SumRule sum = Optional.ofNullable(m.get("sum")).flatMap(n -> readSum(src, n)).orElse(null);
        per.ifPresent(kind -> docTypes.stream().map(catalogue::find).flatMap(Optional::stream)
                .filter(t -> t.subject().map(s -> s != kind).orElse(true))
                .map(DocType::id)
                .forEach(id -> src.problem(typeNode, "文档类型“" + id + "”不属于" + kind.label().zh() + "登记",
                        "doc type '" + id + "' has no " + kind.id() + " subject, so it cannot be per " + kind.id())));

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
                src.problem(node, "sum 缺少 min", "sum has no min");
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
            src.problem(node, "未知的 " + key + "“" + v.get() + "”（可选：" + allowed + "）",
                    "unknown " + key + " '" + v.get() + "' (one of: " + allowed + ")");
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
                    src.problem(node, key + " 不能为负", key + " must not be negative");
                    return Optional.empty();
                }
                return Optional.of(p);
            } catch (DateTimeParseException e) {
                src.problem(node, key + " 应为 ISO-8601 期间（如 P5D、P1M、P1Y），而不是“" + v + "”",
                        key + " must be an ISO-8601 period such as P5D, P1M or P1Y, not '" + v + "'");
                return Optional.empty();
            }
        });
    }

    private static Optional<LocalizedText> labelOf(YamlSource src, Map<String, Node> m, String key, Node parent, String what) {
        Node n = m.get(key);
        if (n == null) {
            src.problem(parent, what + " 缺少 " + key, what + " has no " + key);
            return Optional.empty();
        }
        if (n instanceof ScalarNode) {
            src.problem(n, what + "." + key + " 应同时给出 zh-CN 和 en", what + "." + key + " must give zh-CN and en");
            return Optional.empty();
        }
        return src.label(n, what + "." + key);
    }
}
