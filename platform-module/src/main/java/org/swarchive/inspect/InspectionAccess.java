package org.swarchive.inspect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.swarchive.access.AccessContext;
import org.swarchive.access.AccessPolicy;
import org.swarchive.access.InspectionWindow;
import org.swarchive.access.Reader;
import org.swarchive.access.Role;
import org.swarchive.archive.ArchiveRecord;
import org.swarchive.check.CheckResult;

/**
 * What an inspection window opens in a repository with permissions: the station's evidence tree,
 * and every record that is evidence — filling a slot, naming an indicator, or linked by hand
 * into an evidence folder — that the access policy lets the window's evaluators read. Never a
 * sensitive record, nothing in a restricted folder, and nothing outside the station.
 */
public final class InspectionAccess {

    /**
     * The nodes to grant, and the evidence kept back.
     *
     * @param nodes    node ids: the evidence tree first, then the records
     * @param withheld record ids of evidence the evaluators may not read (sensitive)
     */
    public record Selection(List<String> nodes, List<String> records, List<String> withheld) {
        public Selection {
            nodes = List.copyOf(nodes);
            records = List.copyOf(records);
            withheld = List.copyOf(withheld);
        }
    }

    private final AccessPolicy policy;

    public InspectionAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /**
     * @param nodeOf      the node of each record of the station, by record id
     * @param restricted  nodes that lie in a restricted folder
     * @param linked      nodes linked into the station's evidence folders
     * @param evidenceTree the evidence tree's node, or null when the station has none
     */
    public Selection select(InspectionWindow window, CheckResult result, Map<String, ArchiveRecord> records,
                            Map<String, String> nodeOf, Set<String> restricted, Set<String> linked, String evidenceTree) {
        Map<String, String> recordOf = new HashMap<>();
        nodeOf.forEach((id, node) -> recordOf.put(node, id));
        Set<String> evidence = new LinkedHashSet<>(InspectionPackage.evidenceIds(result));
        // A link to a node that is not one of the station's records grants nothing.
        linked.stream().map(recordOf::get).filter(id -> id != null && records.containsKey(id)).forEach(evidence::add);
        Reader evaluators = new Reader(window.evaluatorGroup(), Role.EVALUATOR, window.station(), window.evaluatorGroup());
        AccessContext during = AccessContext.at(window.from()).withWindows(List.of(window));
        List<String> nodes = new ArrayList<>();
        if (evidenceTree != null) {
            nodes.add(evidenceTree);
        }
        List<String> granted = new ArrayList<>();
        List<String> withheld = new ArrayList<>();
        for (String id : evidence) {
            ArchiveRecord r = records.get(id);
            String node = nodeOf.get(id);
            if (r == null || node == null) {
                continue;
            }
            if (restricted.contains(node) || !policy.canRead(evaluators, r, window.station(), true, during).allowed()) {
                withheld.add(id);
            } else {
                nodes.add(node);
                granted.add(id);
            }
        }
        return new Selection(nodes, granted, withheld);
    }
}
