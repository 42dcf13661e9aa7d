package org.swarchive.library;

import org.swarchive.i18n.Language;
import org.swarchive.i18n.Text;

/** What is wrong with a catalogue or framework file, and where: file, 1-based line, reason. */
public record LibraryProblem(String file, int line, Text reason) {

    public String render(Language language) {
        return file + ":" + line + ": " + reason.in(language);
    }
}
