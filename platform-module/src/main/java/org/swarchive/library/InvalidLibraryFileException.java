package org.swarchive.library;

import org.swarchive.i18n.Language;
import java.util.List;
import java.util.stream.Collectors;

/** A catalogue or framework file that cannot be used, with every problem found in it. */
public final class InvalidLibraryFileException extends RuntimeException {

    private final transient List<LibraryProblem> problems;

    public InvalidLibraryFileException(List<LibraryProblem> problems) {
        super(problems.stream().map(p -> p.render(Language.EN)).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<LibraryProblem> problems() {
        return problems;
    }
}
