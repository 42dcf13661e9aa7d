package org.swarchive.store.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.swarchive.filing.FilingLock;
import org.swarchive.i18n.Message;
import org.swarchive.store.StoreException;

/**
 * The filing lock of a station folder: the OS lock on {@code .swa/filing.lock} ({@link StationLock}),
 * which the OS lets go of when a process dies, so a killed run never leaves the station locked.
 */
public final class FolderLock implements FilingLock {

    private final Path root;
    private final Path file;

    public FolderLock(Path stationRoot) {
        this.root = stationRoot.toAbsolutePath().normalize();
        this.file = root.resolve(FolderState.FOLDER).resolve("filing.lock");
    }

    /** A station folder that cannot be read or written is a {@link StoreException} saying so. */
    @Override
    public <T> T holding(Supplier<T> work) {
        if (!Files.isDirectory(root)) {
            throw FolderFilingStore.noStation(root);
        }
        try {
            Files.createDirectories(file.getParent());
            try (StationLock ignored = StationLock.acquire(file)) {
                return work.get();
            }
        } catch (IOException e) {
            throw failed(e);
        } catch (UncheckedIOException e) {
            throw failed(e.getCause());
        }
    }

    private static StoreException failed(IOException e) {
        return new StoreException(Message.of("filing.folder.io", e.getMessage()), e);
    }
}
