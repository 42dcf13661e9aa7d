package org.swarchive.store.alfresco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeBodyMove;
import org.alfresco.core.model.NodeEntry;
import org.swarchive.filing.FilingEntry;
import org.swarchive.filing.FilingStore;
import org.swarchive.filing.SafeNames;
import org.swarchive.i18n.Message;

/**
 * Zips in an Alfresco inbox, once unpacked by filing's rules (GBK names, entries that climb out
 * skipped, names mended, bombs refused whole): the entries are uploaded into a hidden folder beside
 * the zip, which is then renamed to the zip's name in one move — the commit: a run that dies before
 * it leaves only the hidden folder, which the next run removes. Then the zip itself is kept in the
 * site's {@code .swa/originals}, out of the inbox.
 */
final class InboxZips {

    static final String STAGING = ".unpacking-";
    private static final String ORIGINALS = "originals";

    private final AlfrescoClient client;
    private final String site;

    InboxZips(AlfrescoClient client, String site) {
        this.client = client;
        this.site = site;
    }

    /** Makes the files unpacked in {@code entries} documents of the inbox beside the zip, then keeps the zip. */
    FilingStore.Unpacked commit(FilingStore.Waiting zip, Path entries) throws IOException {
        String parent = FilingEntry.parentOf(zip.id());
        Node staging = client.write(AlfrescoClient.Action.createChildren(parent), () -> client.nodes().createNode(
                zip.parent(), new NodeBodyCreate().name(STAGING + zip.ref()).nodeType("cm:folder"), null, null, null,
                AlfrescoStore.INCLUDE, null)).getEntry();
        upload(staging, entries, zip.name());
        Node folder = client.createNamed(AlfrescoClient.Action.createChildren(parent), SafeNames.mend(SafeNames.stemOf(zip.name())),
                candidate -> () -> client.nodes().moveNode(staging.getId(),
                        new NodeBodyMove().targetParentId(zip.parent()).name(candidate), AlfrescoStore.INCLUDE, null)).getEntry();
        String originals = originals();
        Node kept = client.createNamed(AlfrescoClient.Action.createChildren(AlfrescoStationState.FOLDER + "/" + ORIGINALS), zip.name(),
                candidate -> () -> client.nodes().moveNode(zip.ref(), new NodeBodyMove().targetParentId(originals).name(candidate),
                        AlfrescoStore.INCLUDE, null)).getEntry();
        return new FilingStore.Unpacked(parent.isEmpty() ? folder.getName() : parent + "/" + folder.getName(),
                AlfrescoStationState.FOLDER + "/" + ORIGINALS + "/" + kept.getName());
    }

    /** Every unpacked file, in its folders, as a new document marked pending filing with where it came from. */
    private void upload(Node staging, Path entries, String zipName) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(entries)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        Message from = Message.of("filing.zip.from", zipName);
        for (Path f : files) {
            Path rel = entries.relativize(f);
            String dir = rel.getParent() == null ? null : rel.getParent().toString().replace('\\', '/');
            String name = f.getFileName().toString();
            // Setting the aspect's property adds swa:pendingFiling: the inbox rule does not reach subfolders.
            client.upload(AlfrescoClient.Action.createChildren(staging.getName()), staging.getId(), dir, name, mimeType(name),
                    Files.readAllBytes(f), Map.of(AlfrescoFilingStore.NOTE, AlfrescoFilingStore.onNode(from::in)));
        }
    }
    /** The site's {@code .swa/originals}, made when missing. */
    private String originals() {
        String path = StationFolders.documentLibrary(site) + "/" + AlfrescoStationState.FOLDER + "/" + ORIGINALS;
        Optional<Node> existing = client.find(AlfrescoClient.Action.read(path),
                () -> client.nodes().getNode("-root-", null, path, null)).map(NodeEntry::getEntry);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        String library = StationFolders.documentLibrary(site);
        Node lib = client.write(AlfrescoClient.Action.read(library), () -> client.nodes().getNode("-root-", null, library, null)).getEntry();
        return client.create(AlfrescoClient.Action.createChildren(AlfrescoStationState.FOLDER), () -> client.nodes().createNode(lib.getId(),
                        new NodeBodyCreate().name(ORIGINALS).nodeType("cm:folder").relativePath(AlfrescoStationState.FOLDER),
                        null, null, null, null, null))
                .map(e -> e.getEntry().getId())
                .or(() -> client.find(AlfrescoClient.Action.read(path), () -> client.nodes().getNode("-root-", null, path, null))
                        .map(e -> e.getEntry().getId()))
                .orElseThrow(() -> AlfrescoClient.changed(AlfrescoClient.Action.createChildren(path)));
    }

    /** The repository keeps the type it is given; the common office formats by extension, else octets. */
    static String mimeType(String name) {
        String ext = SafeNames.extensionOf(name);
        return switch (ext) {
            case ".pdf" -> "application/pdf";
            case ".docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case ".xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case ".pptx" -> "application/vnd.openxmlformats-officedocument.presentationml.presentation";
            case ".doc" -> "application/msword";
            case ".xls" -> "application/vnd.ms-excel";
            case ".txt" -> "text/plain";
            case ".jpg", ".jpeg" -> "image/jpeg";
            case ".png" -> "image/png";
            default -> "application/octet-stream";
        };
    }
}
