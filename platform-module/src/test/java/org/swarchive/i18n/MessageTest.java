package org.swarchive.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MessageTest {

    @Test
    void should_say_the_text_in_the_readers_language_when_shown() {
        Message m = Message.of("common.language.unknown", "fr");

        assertThat(m.in(Language.ZH)).isEqualTo("未知语言“fr”（请使用 zh-CN 或 en）");
        assertThat(m.in(Language.EN)).isEqualTo("unknown language 'fr' (use zh-CN or en)");
    }

    @Test
    void should_put_text_arguments_into_the_same_language_when_nested() {
        Message inner = Message.of("common.language.unknown", "de");
        Message outer = Message.of("common.language.unknown", inner);

        assertThat(outer.in(Language.EN)).isEqualTo("unknown language 'unknown language 'de' (use zh-CN or en)' (use zh-CN or en)");
    }

    @Test
    void should_name_the_key_when_the_bundle_lacks_it() {
        assertThat(Message.of("common.no-such-text").in(Language.EN)).isEqualTo("[common.no-such-text]");
    }

    @Test
    void should_refuse_a_key_without_a_room_when_made() {
        assertThatThrownBy(() -> Message.of("nodot")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nodot");
    }

    @Test
    void should_read_the_language_from_a_tag_or_locale_when_asked() {
        assertThat(Language.fromTag("en-GB")).isEqualTo(Language.EN);
        assertThat(Language.fromTag("zh_CN")).isEqualTo(Language.ZH);
        assertThat(Language.of(java.util.Locale.US)).isEqualTo(Language.EN);
        assertThat(Language.of(java.util.Locale.CHINA)).isEqualTo(Language.ZH);
        assertThatThrownBy(() -> Language.fromTag("fr")).hasMessageContaining("fr");
    }

    @Test
    void should_join_texts_with_the_readers_separator_when_listed() {
        Text names = Text.list(java.util.List.of("甲", "乙"));
        Text both = Text.join(Message.of("common.list.semicolon"), java.util.List.of(Message.of("common.language.unknown", "fr"), Text.plain("x")));

        assertThat(names.in(Language.ZH)).isEqualTo("甲、乙");
        assertThat(names.in(Language.EN)).isEqualTo("甲, 乙");
        assertThat(both.in(Language.EN)).isEqualTo("unknown language 'fr' (use zh-CN or en); x");
        assertThat(both.in(Language.ZH)).isEqualTo("未知语言“fr”（请使用 zh-CN 或 en）；x");
    }

    @Test
    void should_refuse_in_the_readers_language_when_a_language_tag_is_unknown() {
        assertThatThrownBy(() -> Language.fromTag("fr")).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.in(Language.EN)).isEqualTo("unknown language 'fr' (use zh-CN or en)"));
    }
}
