package org.swarchive.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The module's message bundles: complete in both languages, and written the way Share reads them. */
class ShareMessagesTest {

    private static final List<String> BUNDLES = List.of(Resources.SHARE_BUNDLE, Resources.DASHLET);

    /** Fails unless every key is labelled in the Share bundle in Chinese and in English. */
    static void assertLabelled(Collection<String> keys) {
        assertLabelled(Resources.SHARE_BUNDLE, keys);
    }

    static void assertLabelled(String bundle, Collection<String> keys) {
        Properties zh = Resources.bundle(bundle, "_zh_CN");
        Properties en = Resources.bundle(bundle, "_en");
        assertThat(keys).as("keys missing in " + bundle + "_zh_CN").allMatch(k -> !zh.getProperty(k, "").isBlank());
        assertThat(keys).as("keys missing in " + bundle + "_en").allMatch(k -> !en.getProperty(k, "").isBlank());
        assertThat(keys).as("Chinese labels in " + bundle + "_zh_CN")
                .allMatch(k -> k.startsWith("label.lang") || zh.getProperty(k).codePoints().anyMatch(Resources::isHan));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void should_hold_the_same_keys_when_a_bundle_is_translated(int which) {
        String base = BUNDLES.get(which);
        Properties zh = Resources.bundle(base, "_zh_CN");
        Properties en = Resources.bundle(base, "_en");
        Properties fallback = Resources.bundle(base, "");

        assertThat(zh.stringPropertyNames()).isEqualTo(en.stringPropertyNames());
        assertThat(fallback.entrySet()).as("the default bundle is the English one").isEqualTo(en.entrySet());
        assertThat(en.values()).allMatch(v -> v.toString().codePoints().noneMatch(Resources::isHan), "no Chinese in English");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "_zh_CN", "_en"})
    void should_escape_non_ascii_when_a_bundle_is_written(String suffix) throws IOException {
        for (String base : BUNDLES) {
            try (InputStream in = Resources.open(base + suffix + ".properties")) {
                for (byte b : in.readAllBytes()) {
                    assertThat(b & 0xff).as(base + suffix + " is ASCII (\\uXXXX escapes)").isLessThan(0x80);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_zh_CN", "_en"})
    void should_survive_message_format_when_a_message_takes_arguments(String suffix) {
        for (String base : BUNDLES) {
            Properties p = Resources.bundle(base, suffix);
            p.forEach((k, v) -> {
                if (v.toString().contains("{0}")) {
                    assertThat(v.toString()).as(k + ": MessageFormat drops a plain apostrophe").doesNotContain("'");
                    assertThat(java.text.MessageFormat.format(v.toString(), "X", "Y")).as(k.toString()).contains("X");
                }
            });
        }
    }
}
