package org.swarchive.store.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.swarchive.archive.RecordReader;
import org.swarchive.classify.FilingFixture;
import org.swarchive.filing.ArchiveFiler;
import org.swarchive.filing.FilingContract;
import org.swarchive.filing.FilingStation;
import org.swarchive.store.StationRecords;
import org.swarchive.store.StationState;

/** The filing contract on a station folder. */
class FolderFilingContractTest extends FilingContract {

    @Override
    protected FilingStation station(Path scratch) throws IOException {
        return new Folder(Files.createDirectories(scratch.resolve("station")));
    }

    /** A station folder with an empty inbox. */
    static final class Folder implements FilingStation {

        final Path root;
        final Path inbox;

        Folder(Path root) throws IOException {
            this.root = root;
            this.inbox = Files.createDirectories(root.resolve(FolderFiler.DEFAULT_INBOX));
        }

        @Override
        public FolderStore store() {
            return new FolderStore(root, new RecordReader(FilingFixture.CATALOGUE));
        }

        @Override
        public StationRecords records() {
            return new FolderRecords(store());
        }

        @Override
        public StationState notes() {
            return new FolderState(root);
        }

        @Override
        public ArchiveFiler filer() {
            return new FolderFiler(store(), FolderFiler.DEFAULT_INBOX, MAX);
        }

        @Override
        public void drop(String folder, String name, byte[] content) {
            write(folder == null ? inbox.resolve(name) : inbox.resolve(folder).resolve(name), content);
        }

        @Override
        public void put(String path, Map<String, String> metadata, byte[] content) {
            Path doc = root.resolve(path);
            write(doc, content);
            try {
                MetadataFile.write(MetadataFile.of(doc), metadata);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void write(Path file, byte[] content) {
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void remove(String inboxPath) {
            try {
                Files.delete(inbox.resolve(inboxPath));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public List<String> steps() {
            return List.of("journal", "metadata", "moved", "counted");
        }

        @Override
        public ArchiveFiler dying(String step, Runnable hook) {
            return new FolderFiler(store(), FolderFiler.DEFAULT_INBOX, MAX, s -> {
                if (s.equals(step)) {
                    hook.run();
                }
            });
        }

        /** The OS lets go of a dead process's lock: the next run is any run. */
        @Override
        public ArchiveFiler later() {
            return filer();
        }

        @Override
        public void expireClaims() {
        }

        @Override
        public List<String> inboxFiles() {
            try (Stream<Path> files = Files.walk(inbox)) {
                return files.filter(Files::isRegularFile).map(p -> inbox.relativize(p).toString().replace('\\', '/')).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
        }
    }
}
