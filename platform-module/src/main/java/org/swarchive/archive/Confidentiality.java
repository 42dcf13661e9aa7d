package org.swarchive.archive;

import java.util.Arrays;
import java.util.Optional;
import org.swarchive.i18n.Message;
import org.swarchive.i18n.Wording;

/** {@code swa:confidentiality}: sensitive records are never shown to evaluators unredacted (PIPL art. 28). */
public enum Confidentiality implements Wording {
    PUBLIC("public"),
    INTERNAL("internal"),
    CONFIDENTIAL("confidential"),
    SENSITIVE("sensitive");

    private final String id;

    Confidentiality(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public Message label() {
        return message();
    }

    @Override
    public String wording() {
        return "archive.confidentiality";
    }

    public static Optional<Confidentiality> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /**
     * A value as a store holds it: null or blank is unmarked (empty); a value outside the model's
     * list ({@code Sensitive}, a typo) counts as {@link #SENSITIVE} (docs/domain.md §6.3), so a
     * mistake never opens a record. Both stores read the property through this.
     */
    public static Optional<Confidentiality> read(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(fromId(value.trim()).orElse(SENSITIVE));
    }

    /** The higher of the two levels: filing only ever raises the type's default. */
    public Confidentiality atLeast(Confidentiality other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /**
     * The level a document type has when its catalogue entry names none (docs/domain.md §6.3): case
     * and client records {@code confidential}, everything else {@code internal}.
     */
    public static Confidentiality defaultFor(Category category, Optional<SubjectKind> subject) {
        return subject.filter(s -> s == SubjectKind.CASE).isPresent() ? CONFIDENTIAL : INTERNAL;
    }
}
