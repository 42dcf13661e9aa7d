package org.swarchive.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * A text from the product's message bundles: a key and its arguments, put into words in the
 * reader's language when shown. The one way the code says something in two languages
 * (docs/architecture.md, "Two languages").
 *
 * <p>A key's first segment names its bundle: {@code filing.gone} is read from
 * {@code i18n/filing.properties} (Chinese, the default) or {@code i18n/filing_en.properties}, so
 * each room keeps its own pair of files. Arguments are placed with {@link MessageFormat}
 * ({@code {0}}, {@code {1,number,#}}); as in Spring's message sources, a text without arguments is
 * used as written, and one with arguments must double a literal apostrophe ({@code can''t}).
 * Arguments that are themselves {@link Text} are put into the same language first.
 */
public record Message(String key, List<Object> args) implements Text {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[A-Za-z0-9_-]+)+");

    public Message {
        Objects.requireNonNull(key, "key");
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a message key (room.name): " + key);
        }
        // A null argument shows as nothing rather than failing the whole text.
        args = args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** The bundle a key is read from: {@code i18n/} and the key's first segment. */
    public String bundle() {
        return "i18n/" + key.substring(0, key.indexOf('.'));
    }

    @Override
    public String in(Language language) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(bundle(), language.locale(), Message.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
        } catch (MissingResourceException e) {
            // A missing text is a defect the bundle test catches; the reader still sees which one.
            return "[" + key + "]";
        }
        if (args.isEmpty()) {
            return pattern;
        }
        Object[] values = args.stream().map(a -> a instanceof Text t ? t.in(language) : a).toArray();
        return new MessageFormat(pattern, language.locale()).format(values);
    }

    @Override
    public String toString() {
        return in(Language.ZH);
    }
}
