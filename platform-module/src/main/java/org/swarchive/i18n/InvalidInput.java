package org.swarchive.i18n;

import java.util.Objects;

/**
 * Input refused for a reason the reader is told in their language: a bad option value, an id
 * that names nothing, a request the rules do not allow. An {@link IllegalArgumentException}, so
 * every place that already treats bad input as such (the CLI's exit 2) goes on doing so; the CLI
 * says {@link #reason()} in the language the command was asked for. The exception's own message
 * is the Chinese text, the product's default.
 */
public class InvalidInput extends IllegalArgumentException {

    private final transient Text reason;

    public InvalidInput(Text reason) {
        super(Objects.requireNonNull(reason, "reason").in(Language.ZH));
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }

    /** The reason in a reader's language. */
    public String in(Language language) {
        return reason.in(language);
    }
}
