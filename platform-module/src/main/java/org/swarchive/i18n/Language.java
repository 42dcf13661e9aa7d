package org.swarchive.i18n;

import java.util.Locale;

/** The languages the product speaks; Chinese first. Tags as used on the command line and in files. */
public enum Language {
    ZH("zh-CN", Locale.SIMPLIFIED_CHINESE), EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public static Language fromTag(String tag) {
        String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (t.equals("en") || t.startsWith("en-")) {
            return EN;
        }
        if (t.equals("zh") || t.startsWith("zh-")) {
            return ZH;
        }
        throw new InvalidInput(Message.of("common.language.unknown", tag));
    }

    /** The product's language for a locale: English for any English locale, Chinese otherwise. */
    public static Language of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? EN : ZH;
    }
}
