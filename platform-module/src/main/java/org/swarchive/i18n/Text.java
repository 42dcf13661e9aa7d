package org.swarchive.i18n;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Something a person reads, said in their language only when it is shown: a {@link Message} from
 * the product's bundles, or a label a data file gives in both languages ({@code LocalizedText}).
 */
public interface Text {

    String in(Language language);

    /** Words that read the same in every language: a code, a name, a value someone typed. */
    static Text plain(String words) {
        return language -> words;
    }

    /**
     * Texts one after the other, each in the reader's language, with the separator's words between
     * them ({@code common.list.comma}: 、 or ", "; {@code common.list.semicolon}: ； or "; ").
     */
    static Text join(Text separator, Collection<? extends Text> parts) {
        List<Text> all = List.copyOf(parts);
        return language -> all.stream().map(t -> t.in(language)).collect(Collectors.joining(separator.in(language)));
    }

    /** Words that read the same in every language (names, ids, codes) as a list: 甲、乙 or A, B. */
    static Text list(Collection<String> words) {
        return join(Message.of("common.list.comma"), words.stream().map(Text::plain).toList());
    }
}
