package org.swarchive.store.alfresco;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeEntry;
import org.swarchive.i18n.Message;
import org.swarchive.store.StationState;

/**
 * The service's notes for a station in Alfresco: one unversioned document per note in the folder
 * {@code .swa/AREA/} of the station's site ({@code documentLibrary/.swa}, beside the station
 * folder, so that neither a scan nor the change poller ever takes a note for a record). Like the
 * folder store's {@code .swa/}, it is the station's memory: a restart, or another replica, reads
 * what the last one wrote.
 *
 * <ul>
 *   <li>a note is created with its content in one request (multipart upload), so nobody sees it
 *       empty; of two creators the repository lets exactly one have the name (409 for the other);</li>
 *   <li>a rewrite is one content update, which the repository makes in one transaction;</li>
 *   <li>{@link #append} reads and rewrites under a short lock note ({@code locks/}), so two
 *       replicas appending to one register both keep their lines.</li>
 * </ul>
 */
public final class AlfrescoStationState implements StationState {

    /** The notes folder's name in the site's document library, as in the folder store. */
    public static final String FOLDER = ".swa";

    private final AlfrescoClient client;
    private final String site;
    /** The site's document library, looked up once: every new note is created below it. */
    private volatile String libraryId;

    public AlfrescoStationState(AlfrescoClient client, String site) {
        this.client = client;
        this.site = site;
    }

    /** The repository path of an area, from Company Home: {@code Sites/swa-jn01/documentLibrary/.swa/alerts}. */
    private String areaPath(String area) {
        return StationFolders.documentLibrary(site) + "/" + FOLDER + "/" + StationState.plainArea(area);
    }

    private Optional<Node> find(String relativePath) {
        return client.find(AlfrescoClient.Action.read(relativePath),
                () -> client.nodes().getNode("-root-", null, relativePath, null)).map(NodeEntry::getEntry);
    }

    private Optional<Node> note(String area, String name) {
        return find(areaPath(area) + "/" + StationState.plainName(name)).filter(n -> !Boolean.TRUE.equals(n.isIsFolder()));
    }

    @Override
    public Optional<String> read(String area, String name) {
        return note(area, name).flatMap(n -> client.download(AlfrescoClient.Action.read(label(area, name)), n.getId()))
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void write(String area, String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Node> existing = note(area, name);
            if (existing.isPresent()) {
                client.replaceContent(AlfrescoClient.Action.write(label(area, name)), existing.get().getId(), bytes);
                return;
            }
            if (upload(area, name, bytes)) {
                return;
            }
            // Somebody created it between our look and our upload: replace theirs on the next round.
        }
        throw AlfrescoClient.changed(AlfrescoClient.Action.write(label(area, name)));
    }

    @Override
    public boolean create(String area, String name, String content) {
        StationState.plainName(name);
        return upload(area, name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A lock older than this was left by a process that died holding it. */
    static final java.time.Duration STALE_LOCK = java.time.Duration.ofSeconds(60);

    @Override
    public synchronized void append(String area, String name, String text) {
        String lock = (StationState.plainArea(area) + "~" + StationState.plainName(name)).replace('/', '~');
        long waited = 0;
        while (!create(LOCKS, lock, java.time.Instant.now().toString())) {
            if (stale(lock)) {
                delete(LOCKS, lock);
                continue;
            }
            if (waited > STALE_LOCK.toMillis() * 2) {
                throw new org.swarchive.store.StoreException(AlfrescoClient.reason(Message.of("alfresco.notes.locked", label(area, name))),
                        null);
            }
            pause(100);
            waited += 100;
        }
        try {
            write(area, name, read(area, name).orElse("") + text);
        } finally {
            delete(LOCKS, lock);
        }
    }

    private static final String LOCKS = "locks";

    private boolean stale(String lock) {
        return read(LOCKS, lock).map(at -> {
            try {
                return java.time.Instant.parse(at.trim()).plus(STALE_LOCK).isBefore(java.time.Instant.now());
            } catch (java.time.format.DateTimeParseException unreadable) {
                return true;
            }
        }).orElse(false);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.swarchive.store.StoreException(AlfrescoClient.reason(Message.of("alfresco.notes.interrupted")), e);
        }
    }

    @Override
    public void delete(String area, String name) {
        note(area, name).ifPresent(n -> client.delete(AlfrescoClient.Action.write(label(area, name)), n.getId(), true));
    }

    @Override
    public List<String> list(String area) {
        return children(area, "(isFile=true)");
    }

    @Override
    public List<String> areas(String area) {
        return children(area, "(isFolder=true)");
    }

    @Override
    public String locate(String area, String name) {
        return "alfresco:" + client.baseUrl() + "/" + areaPath(area) + "/" + StationState.plainName(name);
    }

    private List<String> children(String area, String where) {
        String path = areaPath(area);
        return find(path).map(folder -> new AlfrescoNodes(client).children(folder.getId(), path, where).stream()
                .map(Node::getName).filter(n -> !n.startsWith(".")).sorted().toList()).orElse(List.of());
    }

    /** Uploads a new note below the document library, making the area's folders as needed; false when the name is taken. */
    private boolean upload(String area, String name, byte[] content) {
        String library = StationFolders.documentLibrary(site);
        String parent = libraryId;
        if (parent == null) {
            parent = find(library).orElseThrow(() -> AlfrescoClient.changed(AlfrescoClient.Action.read(library))).getId();
            libraryId = parent;
        }
        return client.upload(AlfrescoClient.Action.createChildren(library + "/" + FOLDER + "/" + area), parent,
                FOLDER + "/" + StationState.plainArea(area), name, mimeType(name), content, Map.of()).isPresent();
    }

    private String label(String area, String name) {
        return FOLDER + "/" + area + "/" + name;
    }

    static String mimeType(String name) {
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".html")) {
            return "text/html; charset=UTF-8";
        }
        if (name.endsWith(".xml")) {
            return "text/xml; charset=UTF-8";
        }
        return "text/plain; charset=UTF-8";
    }
}
