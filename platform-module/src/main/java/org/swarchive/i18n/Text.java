package org.swarchive.i18n;

/**
 * Something a person reads, said in their language only when it is shown: a {@link Message} from
 * the product's bundles, or a label a data file gives in both languages ({@code LocalizedText}).
 */
public interface Text {

    String in(Language language);
}
