package org.swarchive.archive;

import org.swarchive.i18n.Language;
import org.swarchive.i18n.Text;

import java.util.Objects;

/**
 * A label a data file gives in Chinese and English (a document type, an indicator, a framework):
 * the data's own words. Texts the code says come from the bundles ({@link org.swarchive.i18n.Message}).
 */
public record LocalizedText(String zh, String en) implements Text {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        if (en == null || en.isBlank()) {
            en = zh;
        }
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** A text as it reads in each language, for what keeps both wordings (a note in the station, a queued review). */
    public static LocalizedText from(Text text) {
        return text instanceof LocalizedText l ? l : new LocalizedText(text.in(Language.ZH), text.in(Language.EN));
    }

    @Override
    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }
}
