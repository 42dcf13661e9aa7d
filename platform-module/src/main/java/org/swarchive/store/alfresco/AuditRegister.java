package org.swarchive.store.alfresco;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alfresco.core.model.Node;
import org.swarchive.i18n.Message;
import org.swarchive.access.AccessEntry;
import org.swarchive.access.AccessRequest;
import org.swarchive.access.InspectionWindow;
import org.swarchive.access.RepositoryRead;
import org.swarchive.store.StoreException;

/**
 * The part of a station's access register the repository knows: the reads of its records' content
 * in Share, a desktop client or the REST API, from the {@code swa-access} audit trail. A read is
 * the station's when the record lies in its folder — or, for a record no longer in the repository,
 * when the path the audit trail kept lies in the station's site. Reads by the service's own
 * account are left out: the dashboard and the packages register those with the real reader.
 */
public final class AuditRegister {

    private static final Pattern ISO9075 = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final AlfrescoClient client;
    private final String site;
    private final AuditReads audit;

    public AuditRegister(AlfrescoClient client, String site) {
        this.client = client;
        this.site = site;
        this.audit = new AuditReads(client);
    }

    /**
     * @param requestNodes the node each access request is for, by request id
     */
    public List<AccessEntry> entries(Instant from, Instant to, Collection<AccessRequest> requests, Map<String, String> requestNodes,
                                     Collection<InspectionWindow> windows) {
        List<AuditReads.Read> reads = audit.reads(from, to);
        Optional<String> service = audit.serviceUser();
        Node station = StationFolders.find(client, site).orElseThrow(() -> new StoreException(
                Message.of("access.store.no-station", site), null));
        RecordNodes records = RecordNodes.of(client, station);
        Map<String, Set<String>> members = new HashMap<>();
        for (InspectionWindow w : windows) {
            if (w.from().isBefore(to) && w.effectiveEnd().isAfter(from)) {
                members.computeIfAbsent(w.evaluatorGroup(), g -> audit.members(AlfrescoPermissions.group(g)));
            }
        }
        String library = "/app:company_home/st:sites/cm:" + site + "/cm:documentLibrary/";
        List<AccessEntry> out = new ArrayList<>();
        for (AuditReads.Read r : reads) {
            if (service.map(r.user()::equals).orElse(false) || !RecordNodes.isRecordType(r.type())) {
                continue;
            }
            Optional<RecordNodes.RecordNode> known = records.byNode(r.node());
            RepositoryRead read;
            if (known.isPresent()) {
                read = new RepositoryRead(r.user(), r.at(), r.node(), known.get().archiveCode(), known.get().title());
            } else if (r.path().startsWith(library) && !r.path().startsWith(library + "cm:_x002e_swa")) {
                // Gone since (destroyed, or moved out of the station): the audit trail's path still names it.
                read = new RepositoryRead(r.user(), r.at(), r.node(), "", decode(r.path().substring(r.path().lastIndexOf('/') + 1))
                        + Message.of("access.register.gone").in(AccessEntry.REGISTER));
            } else {
                continue;
            }
            out.add(read.entry(requests, requestNodes, windows, members));
        }
        return out;
    }

    /** A path segment as the audit trail keeps it ({@code cm:_x4e2a__x6848_.pdf}) back to the name ({@code 个案.pdf}). */
    static String decode(String segment) {
        String name = segment.contains(":") ? segment.substring(segment.indexOf(':') + 1) : segment;
        Matcher m = ISO9075.matcher(name);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
