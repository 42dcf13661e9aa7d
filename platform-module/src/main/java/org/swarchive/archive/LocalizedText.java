package org.swarchive.archive;

import java.util.Locale;
import java.util.Objects;

/** A label in Chinese and English; Chinese is the product's default language. */
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        Objects.requireNonNull(zh, "zh");
        if (en == null || en.isBlank()) {
            en = zh;
        }
    }

    public static LocalizedText of(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** The languages the product speaks; tags as used on the command line and in files. */
    public enum Language {
        ZH("zh-CN"), EN("en");

        private final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }

        public static Language fromTag(String tag) {
            String t = tag == null ? "" : tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            if (t.equals("en") || t.startsWith("en-")) {
                return EN;
            }
            if (t.equals("zh") || t.startsWith("zh-")) {
                return ZH;
            }
            throw new IllegalArgumentException("unknown language '" + tag + "' (use zh-CN or en / 请使用 zh-CN 或 en)");
        }
    }
}
