package org.swarchive.library;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.swarchive.archive.DocTypeCatalogue;
import org.swarchive.archive.LocalizedText;
import org.swarchive.archive.Retention;
import org.swarchive.archive.disposition.NationalSchedule;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.archive.disposition.ScheduleRule;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a station's retention schedule file: named terms (e.g. the project rules' short, medium
 * and long, seed 003) and per-doc-type rules laid over the national default. A rule that would
 * shorten a legal minimum is refused with the file, the line and the law.
 */
public final class ScheduleLoader {

    private static final Set<String> FILE_KEYS = Set.of("schedule", "terms", "rules");
    private static final Set<String> RULE_KEYS = Set.of("docType", "retention", "keepMetadata", "note");

    private final DocTypeCatalogue catalogue;

    public ScheduleLoader(DocTypeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public RetentionSchedule load(Path file) {
        return YamlSource.readFile(file, LocalizedText.of("找不到保管期限表文件", "schedule file not found"), this::read);
    }

    public RetentionSchedule read(InputStream in, String fileName) {
        YamlSource src = new YamlSource(fileName);
        List<ScheduleRule> rules = new ArrayList<>();
        String[] name = {null};
        src.parse(in).ifPresent(root -> src.mapping(root, "schedule", FILE_KEYS).ifPresent(m -> {
            name[0] = src.required(m, "schedule", root, "schedule").orElse(null);
            if (name[0] != null && !name[0].matches("[a-z0-9][a-z0-9-]*")) {
                src.problem(m.get("schedule"), "保管期限表编号只能含小写字母、数字和连字符",
                        "schedule id must be lowercase letters, digits and hyphens");
            }
            Map<String, Retention> terms = readTerms(src, m.get("terms"));
            Node list = m.get("rules");
            if (list == null) {
                src.problem(root, "缺少 rules 列表", "no rules list");
                return;
            }
            Set<String> seen = new HashSet<>();
            src.sequence(list, "rules").ifPresent(items -> items.forEach(item -> readRule(src, item, terms).ifPresent(r -> {
                if (!seen.add(r.docType())) {
                    src.problem(item, "文档类型重复：" + r.docType(), "duplicate rule for doc type '" + r.docType() + "'");
                } else {
                    rules.add(r);
                }
            })));
        }));
        if (!src.problems().isEmpty()) {
            throw new InvalidLibraryFileException(src.problems());
        }
        return RetentionSchedule.national(catalogue).withStationRules(name[0], rules);
    }

    private static Map<String, Retention> readTerms(YamlSource src, Node node) {
        Map<String, Retention> terms = new HashMap<>();
        if (node == null) {
            return terms;
        }
        src.mapping(node, "terms", null).ifPresent(m -> m.forEach((termName, value) -> {
            if (!termName.matches("[a-z][a-z0-9-]*")) {
                src.problem(value, "期限名称“" + termName + "”只能含小写字母、数字和连字符",
                        "term name '" + termName + "' must be lowercase letters, digits and hyphens");
            }
            src.scalar(value, "terms." + termName).ifPresent(code -> {
                Optional<Retention> r = Retention.parse(code);
                if (r.isEmpty()) {
                    src.problem(value, "期限“" + termName + "”的值“" + code + "”不是保管期限（Y、D<n>、E<n>）",
                            "term '" + termName + "': '" + code + "' is not a retention (Y, D<n>, E<n>)");
                } else {
                    terms.put(termName, r.get());
                }
            });
        }));
        return terms;
    }

    private Optional<ScheduleRule> readRule(YamlSource src, Node item, Map<String, Retention> terms) {
        return src.mapping(item, "rule", RULE_KEYS).flatMap(m -> {
            Optional<String> docType = src.required(m, "docType", item, "rule");
            docType.filter(id -> !catalogue.contains(id)).ifPresent(id ->
                    src.problem(m.get("docType"), "未知文档类型“" + id + "”", "unknown doc type '" + id + "'"));
            String what = docType.orElse("?");
            Optional<Retention> retention = src.required(m, "retention", item, "rule " + what).flatMap(v -> {
                Optional<Retention> r = terms.containsKey(v) ? Optional.of(terms.get(v)) : Retention.parse(v);
                if (r.isEmpty()) {
                    src.problem(m.get("retention"), what + "：“" + v + "”既不是保管期限（Y、D<n>、E<n>），也不是 terms 中的期限名称",
                            what + ": '" + v + "' is neither a retention (Y, D<n>, E<n>) nor a term named under terms");
                }
                return r;
            });
            boolean keepMetadata = Optional.ofNullable(m.get("keepMetadata")).flatMap(n -> src.scalar(n, "keepMetadata"))
                    .map(v -> {
                        if (!v.equals("true") && !v.equals("false")) {
                            src.problem(m.get("keepMetadata"), "keepMetadata 应为 true 或 false", "keepMetadata must be true or false");
                        }
                        return v.equals("true");
                    }).orElse(false);
            if (docType.isEmpty() || retention.isEmpty() || !catalogue.contains(docType.get())) {
                return Optional.empty();
            }
            Optional<LocalizedText> refusal = RetentionSchedule.refusal(docType.get(), retention.get());
            if (refusal.isPresent()) {
                src.problem(m.get("retention"), docType.get() + "：" + refusal.get().zh(), docType.get() + ": " + refusal.get().en());
                return Optional.empty();
            }
            int line = YamlSource.line(item);
            LocalizedText source = LocalizedText.of("站点保管期限表 " + src.file() + ":" + line,
                    "station schedule " + src.file() + ":" + line);
            return Optional.of(new ScheduleRule(docType.get(), retention.get(), NationalSchedule.minimum(docType.get()),
                    NationalSchedule.event(docType.get()), keepMetadata, source));
        });
    }
}
