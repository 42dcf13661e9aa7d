package org.swarchive.store.alfresco;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeEntry;
import org.swarchive.i18n.Message;
import org.swarchive.evidence.Assessment;
import org.swarchive.store.StoreException;

/**
 * The readiness report where Share users find it: one {@code swa:readinessReport} document per
 * framework and period in the framework's evidence tree ({@code 评估佐证/station-star/readiness-station-star-2025.html}),
 * its content replaced by every re-check (one request, so a reader sees the old report or the new)
 * and its score, grade and gap count set as properties. Created unversioned: it is the service's
 * current answer, not a record to keep the history of (the score history is in the notes).
 */
public final class ReadinessReportDocument {

    /** The content type: a subtype of cm:content that scans and the change poller leave out. */
    public static final String TYPE = "swa:readinessReport";
    private static final String MIME = "text/html; charset=UTF-8";

    private final AlfrescoClient client;
    private final AlfrescoNodes nodes;

    public ReadinessReportDocument(AlfrescoClient client) {
        this.client = client;
        this.nodes = new AlfrescoNodes(client);
    }

    /** The report's name: {@code readiness-<framework>-<period>.html}, as {@code swa check --format html --out} would call it. */
    public static String name(Assessment a) {
        return "readiness-" + a.framework().id() + "-" + a.period().label() + ".html";
    }

    /** The report's folder below the station folder: the framework's evidence tree. */
    static String folder(Assessment a) {
        return StationProvisioner.EVIDENCE + "/" + a.framework().id();
    }

    /** Puts the report in place (made on first use, its content replaced after); returns its path below the station folder. */
    public String write(String stationId, Assessment assessment, String html, Instant checkedAt) {
        String path = folder(assessment) + "/" + name(assessment);
        byte[] content = html.getBytes(StandardCharsets.UTF_8);
        Map<String, Object> properties = properties(assessment, checkedAt);
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<Node> existing = client.find(AlfrescoClient.Action.read(path),
                    () -> client.nodes().getNode(stationId, AlfrescoStore.INCLUDE, path, null)).map(NodeEntry::getEntry);
            if (existing.isPresent()) {
                replace(existing.get(), path, content, properties);
                return path;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("nodeType", TYPE);
            properties.forEach((k, v) -> fields.put(k, String.valueOf(v)));
            if (client.upload(AlfrescoClient.Action.createChildren(folder(assessment)), stationId, folder(assessment),
                    name(assessment), MIME, content, fields).isPresent()) {
                return path;
            }
            // Another replica made it between our look and our upload: replace theirs.
        }
        throw AlfrescoClient.changed(AlfrescoClient.Action.write(path));
    }

    private void replace(Node report, String path, byte[] content, Map<String, Object> properties) {
        if (!TYPE.equals(report.getNodeType())) {
            // Somebody's own document under the report's name: it is theirs, and stays as it is.
            throw new StoreException(AlfrescoClient.reason(Message.of("alfresco.report.not-a-report", path, TYPE)), null);
        }
        client.replaceContent(AlfrescoClient.Action.write(path), report.getId(), content);
        nodes.update(report, properties, List.of());
    }

    /** What Share shows of the report without opening it; scalars as strings, as the specs type node properties. */
    static Map<String, Object> properties(Assessment a, Instant checkedAt) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("cm:title", a.framework().title().zh() + " " + a.period().label() + " 准备度报告");
        p.put("swa:reportFramework", a.framework().id());
        p.put("swa:reportPeriod", a.period().label());
        p.put("swa:reportScore", a.score().stripTrailingZeros().toPlainString());
        a.grade().ifPresent(g -> p.put("swa:reportGrade", g.label().zh()));
        p.put("swa:reportGapCount", String.valueOf(a.gaps().size()));
        p.put("swa:reportCheckedAt", DateTimeFormatter.ISO_INSTANT.format(checkedAt));
        return p;
    }
}
