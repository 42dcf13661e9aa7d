package org.swarchive.guide;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the project's own files and the shared contract folder are, for tests that read them: the
 * repository root is the nearest folder up from the working directory that holds {@code run.sh};
 * the contract documents and Alfresco's specs lie in {@code ../shared} beside it.
 */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** The repository root (the folder with {@code run.sh}), searched upwards from the working directory. */
    public static Path root() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("run.sh"))) {
                return p;
            }
        }
        throw new IllegalStateException("no run.sh above " + Path.of("").toAbsolutePath() + ": not inside the repository");
    }

    /** Where {@code relative} would be in the shared folder beside the repository (it may not exist). */
    public static Path sharedPath(String relative) {
        return root().resolve("../shared").resolve(relative).normalize();
    }

    /** {@code relative} in the shared folder beside the repository, when it is there. */
    public static Optional<Path> shared(String relative) {
        Path p = sharedPath(relative);
        return Files.exists(p) ? Optional.of(p) : Optional.empty();
    }

    /** True on a CI machine: the environment variable {@code CI} is set to anything but empty or {@code false}. */
    public static boolean onCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }
}
