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
import org.swarchive.archive.Retention;
import org.swarchive.archive.disposition.NationalSchedule;
import org.swarchive.archive.disposition.RetentionSchedule;
import org.swarchive.archive.disposition.ScheduleRule;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;
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
        return YamlSource.readFile(file, Message.of("library.not-found.schedule"), this::read);
    }

    public RetentionSchedule read(InputStream in, String fileName) {
        YamlSource src = new YamlSource(fileName);
        List<ScheduleRule> rules = new ArrayList<>();
        String[] name = {null};
        src.parse(in).ifPresent(root -> src.mapping(root, "schedule", FILE_KEYS).ifPresent(m -> {
            name[0] = src.required(m, "schedule", root, "schedule").orElse(null);
            if (name[0] != null && !name[0].matches("[a-z0-9][a-z0-9-]*")) {
                src.problem(m.get("schedule"), Message.of("library.schedule.bad-id"));
            }
            Map<String, Retention> terms = readTerms(src, m.get("terms"));
            Node list = m.get("rules");
            if (list == null) {
                src.problem(root, Message.of("library.schedule.no-rules"));
                return;
            }
            Set<String> seen = new HashSet<>();
            src.sequence(list, "rules").ifPresent(items -> items.forEach(item -> readRule(src, item, terms).ifPresent(r -> {
                if (!seen.add(r.docType())) {
                    src.problem(item, Message.of("library.schedule.duplicate", r.docType()));
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
                src.problem(value, Message.of("library.schedule.bad-term-name", termName));
            }
            src.scalar(value, "terms." + termName).ifPresent(code -> {
                Optional<Retention> r = Retention.parse(code);
                if (r.isEmpty()) {
                    src.problem(value, Message.of("library.schedule.bad-term", termName, code));
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
                    src.problem(m.get("docType"), Message.of("library.unknown-doc-type", id)));
            String what = docType.orElse("?");
            Optional<Retention> retention = src.required(m, "retention", item, "rule " + what).flatMap(v -> {
                Optional<Retention> r = terms.containsKey(v) ? Optional.of(terms.get(v)) : Retention.parse(v);
                if (r.isEmpty()) {
                    src.problem(m.get("retention"), Message.of("library.schedule.bad-retention", what, v));
                }
                return r;
            });
            boolean keepMetadata = Optional.ofNullable(m.get("keepMetadata")).flatMap(n -> src.scalar(n, "keepMetadata"))
                    .map(v -> {
                        if (!v.equals("true") && !v.equals("false")) {
                            src.problem(m.get("keepMetadata"), Message.of("library.schedule.bad-keep-metadata"));
                        }
                        return v.equals("true");
                    }).orElse(false);
            if (docType.isEmpty() || retention.isEmpty() || !catalogue.contains(docType.get())) {
                return Optional.empty();
            }
            Optional<Text> refusal = RetentionSchedule.refusal(docType.get(), retention.get());
            if (refusal.isPresent()) {
                src.problem(m.get("retention"), Message.of("library.schedule.refused", docType.get(), refusal.get()));
                return Optional.empty();
            }
            int line = YamlSource.line(item);
            Message source = Message.of("library.schedule.source", src.file() + ":" + line);
            return Optional.of(new ScheduleRule(docType.get(), retention.get(), NationalSchedule.minimum(docType.get()),
                    NationalSchedule.event(docType.get()), keepMetadata, source));
        });
    }
}
