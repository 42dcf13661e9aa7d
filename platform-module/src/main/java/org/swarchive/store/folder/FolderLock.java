package org.swarchive.store.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.swarchive.filing.FilingLock;

/**
 * The filing lock of a station folder: the OS lock on {@code .swa/filing.lock} ({@link StationLock}),
 * which the OS lets go of when a process dies, so a killed run never leaves the station locked.
 */
public final class FolderLock implements FilingLock {

    private final Path file;

    public FolderLock(Path stationRoot) {
        this.file = stationRoot.toAbsolutePath().normalize().resolve(FolderState.FOLDER).resolve("filing.lock");
    }

    @Override
    public <T> T holding(Supplier<T> work) {
        try {
            Files.createDirectories(file.getParent());
            try (StationLock ignored = StationLock.acquire(file)) {
                return work.get();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
