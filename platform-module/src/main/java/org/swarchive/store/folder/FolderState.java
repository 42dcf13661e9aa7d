package org.swarchive.store.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.swarchive.store.StationState;

/**
 * The service's notes for a folder store: one UTF-8 file per note under the station's hidden
 * {@code .swa/AREA/} folder, which scans skip and a Bulk Import leaves out.
 */
public final class FolderState implements StationState {

    /** The product's own folder inside a station. */
    public static final String FOLDER = ".swa";

    private final Path base;

    public FolderState(Path stationRoot) {
        this.base = stationRoot.toAbsolutePath().normalize().resolve(FOLDER);
    }

    private Path file(String area, String name) {
        return dir(area).resolve(StationState.plainName(name));
    }

    private Path dir(String area) {
        return base.resolve(StationState.plainArea(area));
    }

    @Override
    public Optional<String> read(String area, String name) {
        try {
            return Optional.of(Files.readString(file(area, name)));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(String area, String name, String content) {
        // Written beside the target, then renamed over it: a rename within a folder is atomic.
        placeAside(file(area, name), content, (tmp, target) -> {
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        });
    }

    @Override
    public boolean create(String area, String name, String content) {
        // The content is written aside, then hard-linked in place: linking fails when the name
        // exists, so of two racers exactly one wins, and nobody ever sees a half-written claim.
        return placeAside(file(area, name), content, (tmp, target) -> {
            try {
                Files.createLink(target, tmp);
                return true;
            } catch (FileAlreadyExistsException taken) {
                return false;
            } catch (UnsupportedOperationException noHardLinks) {
                return createDirectly(target, content);
            }
        });
    }

    /** How a complete temporary file takes the target's place; false when it may not. */
    @FunctionalInterface
    private interface Placing {
        boolean place(Path tmp, Path target) throws IOException;
    }

    /** Writes the content to a temporary file beside the target, places it, and never leaves the temporary file behind. */
    private static boolean placeAside(Path target, String content, Placing placing) {
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + "-", ".tmp");
            try {
                Files.writeString(tmp, content);
                return placing.place(tmp, target);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without hard links the content is written after the claim: a reader may briefly see it empty. */
    private static boolean createDirectly(Path target, String content) throws IOException {
        try {
            Files.writeString(target, content, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        }
    }

    @Override
    public void delete(String area, String name) {
        try {
            Files.deleteIfExists(file(area, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void append(String area, String name, String text) {
        Path target = file(area, name);
        try {
            Files.createDirectories(target.getParent());
            // SYNC: the line is on disk before the step it announces begins.
            Files.writeString(target, text, java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND, java.nio.file.StandardOpenOption.WRITE,
                    java.nio.file.StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> list(String area) {
        return entries(area, Files::isRegularFile);
    }

    @Override
    public List<String> areas(String area) {
        return entries(area, Files::isDirectory);
    }

    @Override
    public String locate(String area, String name) {
        return file(area, name).toString();
    }

    private List<String> entries(String area, java.util.function.Predicate<Path> kind) {
        Path dir = dir(area);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(kind).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
