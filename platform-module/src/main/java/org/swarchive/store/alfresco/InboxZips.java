package org.swarchive.store.alfresco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.alfresco.core.model.Node;
import org.alfresco.core.model.NodeBodyCreate;
import org.alfresco.core.model.NodeBodyMove;
import org.alfresco.core.model.NodeEntry;
import org.swarchive.archive.LocalizedText;
import org.swarchive.store.InboxProblem;
import org.swarchive.store.folder.SafeNames;
import org.swarchive.store.folder.ZipUnpacker;

/**
 * Zips in an Alfresco inbox, unpacked with the folder filer's rules (GBK names, entries that climb
 * out skipped, names mended, bombs refused whole). The entries are uploaded into a hidden folder
 * beside the zip, which is then renamed to the zip's name in one move — the commit: a run that
 * dies before it leaves only the hidden folder, which the next run removes. Then the zip itself
 * is kept in the site's {@code .swa/originals}, out of the inbox.
 */
final class InboxZips {

    static final String STAGING = ".unpacking-";
    private static final String ORIGINALS = "originals";

    private final AlfrescoClient client;
    private final String site;
    private final ZipUnpacker unpacker;

    InboxZips(AlfrescoClient client, String site, long maxFileBytes) {
        this.client = client;
        this.site = site;
        this.unpacker = new ZipUnpacker(ZipUnpacker.Limits.forMaxFileSize(maxFileBytes));
    }

    /** Unpacks one zip of the inbox ({@code zipId}: its path below the station); the notes and refusals met. */
    List<InboxProblem> unpack(Node zip, String zipId, Path temp) {
        try {
            Path work = Files.createTempDirectory(temp, "zip-");
            Path copy = work.resolve("archive.zip");
            Optional<byte[]> bytes = client.download(AlfrescoClient.Action.read(zipId), zip.getId());
            if (bytes.isEmpty()) {
                return List.of();
            }
            Files.write(copy, bytes.get());
            Path entries = Files.createDirectories(work.resolve("entries"));
            List<InboxProblem> notes;
            try {
                notes = new ArrayList<>(unpacker.unpack(copy, zipId, entries));
            } catch (ZipUnpacker.Refused r) {
                return List.of(new InboxProblem(zipId, r.reason(), true));
            }
            String stem = zip.getName().replaceFirst("(?i)\\.zip$", "");
            Node staging = client.write(AlfrescoClient.Action.createChildren(parentOf(zipId)), () -> client.nodes().createNode(
                    zip.getParentId(), new NodeBodyCreate().name(STAGING + zip.getId()).nodeType("cm:folder"), null, null, null,
                    AlfrescoStore.INCLUDE, null)).getEntry();
            upload(staging, entries, zip.getName());
            Node folder = client.createNamed(AlfrescoClient.Action.createChildren(parentOf(zipId)), SafeNames.mend(stem),
                    candidate -> () -> client.nodes().moveNode(staging.getId(),
                            new NodeBodyMove().targetParentId(zip.getParentId()).name(candidate), AlfrescoStore.INCLUDE, null)).getEntry();
            String originals = originals();
            Node kept = client.createNamed(AlfrescoClient.Action.createChildren(AlfrescoStationState.FOLDER + "/" + ORIGINALS), zip.getName(),
                    candidate -> () -> client.nodes().moveNode(zip.getId(), new NodeBodyMove().targetParentId(originals).name(candidate),
                            AlfrescoStore.INCLUDE, null)).getEntry();
            String unpackedInto = parentOf(zipId).isEmpty() ? folder.getName() : parentOf(zipId) + "/" + folder.getName();
            String keptAs = AlfrescoStationState.FOLDER + "/" + ORIGINALS + "/" + kept.getName();
            notes.add(new InboxProblem(zipId, LocalizedText.of("已解压到“" + unpackedInto + "”，原压缩包保存在站点的 " + keptAs,
                    "unpacked into '" + unpackedInto + "'; the zip is kept as " + keptAs + " in the site"), false));
            return notes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every unpacked file, in its folders, as a new document marked pending filing with where it came from. */
    private void upload(Node staging, Path entries, String zipName) throws IOException {
        List<Path> files;
        try (Stream<Path> all = Files.walk(entries)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path rel = entries.relativize(f);
            String dir = rel.getParent() == null ? null : rel.getParent().toString().replace('\\', '/');
            String name = f.getFileName().toString();
            // Setting the aspect's property adds swa:pendingFiling: the inbox rule does not reach subfolders.
            client.upload(AlfrescoClient.Action.createChildren(staging.getName()), staging.getId(), dir, name, mimeType(name),
                    Files.readAllBytes(f), Map.of(AlfrescoFiler.NOTE, "解压自 " + zipName + " / unpacked from " + zipName));
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

    private static String parentOf(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? "" : id.substring(0, slash);
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
