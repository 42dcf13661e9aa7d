package org.swarchive.dashboard;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.swarchive.i18n.Language;
import org.swarchive.i18n.Message;

/**
 * Spring's messages ({@code #{dashboard.title}} in a template) read through the product's one
 * way of saying things, {@link Message}: any room's bundle ({@code i18n/ROOM.properties}) in the
 * page's language ({@link PageLanguage}), with the same placeholders and the same {@code [key]}
 * for a text a bundle lacks. No other bundle is read.
 */
final class BundleMessages implements MessageSource {

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        try {
            return say(code, args, locale);
        } catch (IllegalArgumentException notAKey) {
            return defaultMessage;
        }
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        try {
            return say(code, args, locale);
        } catch (IllegalArgumentException notAKey) {
            throw new NoSuchMessageException(code, locale);
        }
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        String[] codes = resolvable.getCodes();
        for (String code : codes == null ? new String[0] : codes) {
            try {
                return say(code, resolvable.getArguments(), locale);
            } catch (IllegalArgumentException notAKey) {
                // Spring's own codes (typeMismatch…) are no keys of ours: try the next one.
            }
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[codes.length - 1], locale);
    }

    private static String say(String code, Object[] args, Locale locale) {
        return new Message(code, args == null ? java.util.List.of() : Arrays.asList(args)).in(Language.of(locale));
    }
}
