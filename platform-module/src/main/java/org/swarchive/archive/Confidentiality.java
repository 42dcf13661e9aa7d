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
}
