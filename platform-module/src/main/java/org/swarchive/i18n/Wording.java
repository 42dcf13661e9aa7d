package org.swarchive.i18n;

import java.util.Locale;

/**
 * An enum whose constants each have their words in a bundle: the constant {@code PENDING_EVENT} of
 * an enum whose {@link #wording()} is {@code archive-disposition.status} says the text
 * {@code archive-disposition.status.pending-event}. BundlesTest checks that every constant has it.
 */
public interface Wording extends Text {

    /** The constant's name, as every enum has it. */
    String name();

    /** The beginning its constants' keys share, the room first: {@code alert}, {@code archive.category}. */
    String wording();

    /** This constant's text, with arguments for its placeholders ({@code {0}}, {@code {1,number,#}}). */
    default Message message(Object... args) {
        return Message.of(wording() + "." + name().toLowerCase(Locale.ROOT).replace('_', '-'), args);
    }

    @Override
    default String in(Language language) {
        return message().in(language);
    }

    /** The words with their arguments, e.g. {@code 3 件}. */
    default String format(Language language, Object... args) {
        return message(args).in(language);
    }
}
