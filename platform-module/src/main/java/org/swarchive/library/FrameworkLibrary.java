package org.swarchive.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.swarchive.archive.LocalizedText;
import org.swarchive.evidence.Framework;

/** Finds a framework by shipped id ({@code station-star}) or by file path. */
public final class FrameworkLibrary {

    /** The frameworks that ship with the product, as data under {@code frameworks/}. */
    public static final List<String> SHIPPED = List.of("station-star", "project-performance");

    private final FrameworkLoader loader;

    public FrameworkLibrary(FrameworkLoader loader) {
        this.loader = loader;
    }

    public Framework resolve(String idOrFile) {
        if (SHIPPED.contains(idOrFile)) {
            String resource = "frameworks/" + idOrFile + ".yaml";
            try (InputStream in = FrameworkLibrary.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the shipped framework " + resource + " is missing from the build");
                }
                return loader.read(in, resource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Path file = Path.of(idOrFile);
        if (!Files.isRegularFile(file)) {
            throw new InvalidLibraryFileException(List.of(new LibraryProblem(idOrFile, 0, LocalizedText.of(
                    "既不是内置评估框架（" + String.join("、", SHIPPED) + "），也不是可读的文件",
                    "neither a shipped framework (" + String.join(", ", SHIPPED) + ") nor a readable file"))));
        }
        return loader.load(file);
    }
}
