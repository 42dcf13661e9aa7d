package org.swarchive.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.swarchive.evidence.Framework;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Text;

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
            throw new InvalidLibraryFileException(List.of(new LibraryProblem(idOrFile, 0, Message.of("library.framework.not-found",
                    Text.list(SHIPPED)))));
        }
        return loader.load(file);
    }
}
