package org.swarchive.store.alfresco;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.search.model.ResultNode;
import org.swarchive.evidence.Assessment;
import org.swarchive.evidence.Gap;
import org.swarchive.evidence.IndicatorResult;

/**
 * A check's results where Share users look: on each {@code swa:evidenceFolder} of the framework
 * its readiness, gap count, gap list and check time, and in it (as secondary children) the
 * records whose {@code swa:indicators} name its indicator — the records stay where they are filed.
 *
 * <p>The evidence folders are found by a transactional metadata query (the database answers it,
 * one request per 1,000 folders, kept to the station's by path); the records that name indicators
 * by a walk of the station's folders ({@link StationTree}), which is what the check read too.
 */
public final class EvidenceWriteBack {

    /**
     * How many evidence folders were updated, how many new links were made, and where the
     * readiness report is below the station folder (null when none was written).
     */
    public record Outcome(int folders, int links, String report) {
        public Outcome(int folders, int links) {
            this(folders, links, null);
        }
    }

    private final AlfrescoClient client;
    private final AlfrescoNodes nodes;

    public EvidenceWriteBack(AlfrescoClient client) {
        this.client = client;
        this.nodes = new AlfrescoNodes(client);
    }

    /** The evidence folders and links, then the readiness report (see {@link ReadinessReportDocument}). */
    public Outcome write(Node station, Assessment assessment, Instant checkedAt, String reportHtml) {
        Outcome evidence = write(station, assessment, checkedAt);
        String report = new ReadinessReportDocument(client).write(station.getId(), assessment, reportHtml, checkedAt);
        return new Outcome(evidence.folders(), evidence.links(), report);
    }

    public Outcome write(Node station, Assessment assessment, Instant checkedAt) {
        Map<String, ResultNode> folders = new LinkedHashMap<>();
        ConsistentSearch.inStation(client, station, evidenceFolderQuery(assessment.framework().id()))
                .forEach(n -> AlfrescoProperties.swaStrings(n.getProperties()).entrySet().stream()
                        .filter(e -> e.getKey().equals("swa:indicatorCode")).findFirst()
                        .ifPresent(e -> folders.putIfAbsent(e.getValue(), n)));
        int updated = 0;
        for (IndicatorResult r : (Iterable<IndicatorResult>) assessment.allIndicators()::iterator) {
            ResultNode folder = folders.get(r.code());
            if (folder != null) {
                nodes.update(asNode(folder), properties(r, assessment, checkedAt), List.of());
                updated++;
            }
        }
        Map<String, Set<String>> links = new LinkedHashMap<>();
        try (Stream<ResultNode> records = StationTree.documents(client, station).filter(n -> !indicators(n).isEmpty())) {
            records.forEach(n -> indicators(n).stream().filter(folders::containsKey)
                    .forEach(code -> links.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(n.getId())));
        }
        int linked = 0;
        for (Map.Entry<String, Set<String>> e : links.entrySet()) {
            ResultNode folder = folders.get(e.getKey());
            linked += nodes.link(folder.getId(), folder.getName(), e.getValue());
        }
        return new Outcome(updated, linked);
    }

    static String evidenceFolderQuery(String frameworkId) {
        return ConsistentSearch.EVIDENCE_FOLDERS + " AND " + ConsistentSearch.exact("swa:frameworkId", frameworkId);
    }

    /** The values the model's swa:evidenceFolder holds for one indicator. */
    static Map<String, Object> properties(IndicatorResult r, Assessment assessment, Instant checkedAt) {
        Set<String> codes = r.flatten().map(IndicatorResult::code).collect(Collectors.toSet());
        List<String> gaps = assessment.gaps().stream().filter(g -> codes.contains(g.indicator())).map(EvidenceWriteBack::line).toList();
        // Scalars as strings: the specs type node properties as strings and the repository converts
        // them by the model's d:double and d:int; the multi-valued swa:gaps has to be a list.
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("swa:readiness", r.readiness().stripTrailingZeros().toPlainString());
        p.put("swa:gapCount", String.valueOf(r.gapCount()));
        p.put("swa:gaps", gaps);
        p.put("swa:checkedAt", DateTimeFormatter.ISO_INSTANT.format(checkedAt));
        return p;
    }

    /** One line per missing document, as the model describes swa:gaps: doc type, period, subject, due date. */
    static String line(Gap g) {
        return g.docType() + " | " + (g.period() == null ? "-" : g.period()) + " | " + (g.subject() == null ? "-" : g.subject())
                + " | " + g.due();
    }

    private static List<String> indicators(ResultNode n) {
        if (n.getProperties() instanceof Map<?, ?> m && m.get("swa:indicators") instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        String one = AlfrescoProperties.swaStrings(n.getProperties()).get("swa:indicators");
        return one == null ? List.of() : List.of(one.split(","));
    }

    /** Only what an update needs: the id, a name for messages, the aspects to merge with. */
    private static Node asNode(ResultNode n) {
        return new Node().id(n.getId()).name(n.getName()).aspectNames(n.getAspectNames());
    }
}
