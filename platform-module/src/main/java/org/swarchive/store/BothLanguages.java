package org.swarchive.store;

import org.swarchive.archive.LocalizedText;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Text;

/**
 * A bundle text kept as it reads in each language, where a record of the ports carries a
 * {@link LocalizedText} (a scan's problem, a queued review's reasons, a check's warning) because
 * its reader's language is not known when it is made.
 */
public final class BothLanguages {

    private BothLanguages() {
    }

    public static LocalizedText of(Text text) {
        return text instanceof LocalizedText l ? l : LocalizedText.of(text.in(Language.ZH), text.in(Language.EN));
    }
}
